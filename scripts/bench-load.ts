// `npm run bench:load -- --scale 1 --duration 60 --users 50 [--think 5000]`: load benchmark of the
// production build. Starts Neo4j (embedded in a temp folder on a free port, or NEO4J_URI),
// migrates, seeds the demo data at --scale, builds into .next-bench (skipped when that build is
// newer than the sources, or with --no-build), serves it on a free loopback port, signs in --users
// users (regisseur, projectteam, deelnemer and stuurgroep in turn, two-factor passed) and runs them
// (--processes N: N app processes behind the port, scripts/serve.ts)
// as virtual users for --duration seconds: each picks a route of the mix that their role may use,
// waits for the whole answer (revalidating with the ETags it was given, as a browser does), then
// thinks --think ms on average (uniform 0.5×–1.5×; 0 sends
// back-to-back and so measures saturation). Prints requests/s, p50/p95/p99 latency and errors per
// route and overall, with the load average. Loopback only.
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { listPages, listRouteHandlers, newestSource } from '../test/helpers/fuzz';
import { serve } from './serve';

interface Args {
  scale: number;
  duration: number;
  users: number;
  /** Mean think time between a user's requests, ms (0: back-to-back, measures saturation). */
  think: number;
  build: boolean;
  rebuild: boolean;
  /** App processes behind the one port (scripts/serve.ts). */
  processes: number;
}

function parseArgs(argv: string[]): Args {
  const val = (name: string, dflt: number): number => {
    const i = argv.indexOf(`--${name}`);
    if (i < 0) return dflt;
    const n = Number(argv[i + 1]);
    if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} expects a positive number`);
    return n;
  };
  return {
    scale: val('scale', 1),
    duration: val('duration', 60),
    users: Math.round(val('users', 50)),
    think: argv.includes('--think') ? Math.max(0, Number(argv[argv.indexOf('--think') + 1]) || 0) : 5_000,
    build: !argv.includes('--no-build'),
    rebuild: argv.includes('--rebuild'),
    processes: Math.round(val('processes', 1)),
  };
}

interface LoadRoute {
  label: string;
  method: 'GET' | 'POST' | 'PATCH' | 'PUT';
  weight: number;
  path: () => string;
  body?: () => string;
  /** Only regisseur sessions may do this (the users are spread over roles). */
  regisseurOnly?: boolean;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
    s.on('error', reject);
  });
}

const SEARCH_TERMS = ['gron', 'water', 'energie', 'politie', 'drinkwater', 'VR0', 'net', 'zorg'];
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(Math.random() * xs.length)] as T;

/**
 * The realistic mix, from what exists in app/: overview, explorer graph data, gap report,
 * search and an occasional write. Each candidate is probed once; only answering routes are kept.
 */
async function discoverRoutes(
  root: string,
  base: string,
  cookieByRole: Record<string, string>,
): Promise<Array<LoadRoute & { roles: string[] }>> {
  const pages = new Set(listPages(root).map((p) => p.pattern));
  const handlers = listRouteHandlers(root);
  const cands: LoadRoute[] = [{ label: 'GET / (overview)', method: 'GET', weight: 14, path: () => '/' }];
  if (pages.has('/gaps')) cands.push({ label: 'GET /gaps', method: 'GET', weight: 10, path: () => '/gaps' });
  if (pages.has('/verkenner'))
    cands.push({ label: 'GET /verkenner', method: 'GET', weight: 3, path: () => '/verkenner' });
  for (const h of handlers) {
    if (!h.methods.includes('GET')) continue;
    if (h.pattern.startsWith('/api/graph') && !/search|zoek/.test(h.pattern))
      cands.push({ label: `GET ${h.pattern}`, method: 'GET', weight: 10, path: () => h.url });
    else if (h.pattern.startsWith('/api/gaps'))
      cands.push({ label: `GET ${h.pattern}`, method: 'GET', weight: 4, path: () => h.url });
    if (h.pattern === '/api/gaps')
      cands.push({
        label: 'GET /api/gaps?page=… (paging)',
        method: 'GET',
        weight: 4,
        path: () => `${h.url}?page=${1 + Math.floor(Math.random() * 40)}&pageSize=25`,
      });
    if (h.pattern === '/api/gaps')
      cands.push({
        label: 'GET /api/gaps?q=… (search)',
        method: 'GET',
        weight: 6,
        path: () => `${h.url}?q=${encodeURIComponent(pick(SEARCH_TERMS))}`,
      });
  }
  cands.push(...writeRoutes(handlers));
  // Each route is probed once per role: a user only requests what their role may (a deelnemer
  // does not ask for the project team's gap export), so a 403 in the run is a real error.
  const kept: Array<LoadRoute & { roles: string[] }> = [];
  for (const c of cands) {
    const roles: string[] = [];
    const seen: string[] = [];
    for (const [role, cookie] of Object.entries(cookieByRole)) {
      if (c.regisseurOnly && role !== 'regisseur') continue;
      const body = c.body?.();
      const t = Date.now();
      const res = await fetch(base + c.path(), {
        method: c.method,
        headers: { cookie, origin: base, ...(body ? { 'content-type': 'application/json' } : {}) },
        body,
        redirect: 'manual',
      }).catch(() => null);
      await res?.arrayBuffer().catch(() => null);
      seen.push(`${role} ${res ? res.status : 'no answer'} ${secs(Date.now() - t)}`);
      if (res && res.status < 400) roles.push(role);
    }
    console.log(`  probe ${c.label}: ${seen.join(', ')}`);
    if (roles.length) kept.push({ ...c, roles });
  }
  return kept;
}

/**
 * The occasional write: a regisseur saving an explorer layout (POST /api/graph/layout, one write
 * transaction + audit record). Gap status changes need the current version per gap and would
 * mostly measure 409 conflicts under load, so they are not used here.
 */
function writeRoutes(handlers: ReturnType<typeof listRouteHandlers>): LoadRoute[] {
  if (!handlers.some((h) => h.pattern === '/api/graph/layout' && h.methods.includes('POST'))) return [];
  const ids = ['vr-vr01', 'vr-vr02', 'vr-vr03', 'vr-vr04', 'vr-vr05'];
  return [
    {
      label: 'POST /api/graph/layout (write)',
      method: 'POST',
      weight: 2,
      regisseurOnly: true,
      path: () => '/api/graph/layout',
      body: () =>
        JSON.stringify({
          view: 'organisaties',
          ids,
          xs: ids.map(() => Math.round(Math.random() * 1000)),
          ys: ids.map(() => Math.round(Math.random() * 1000)),
        }),
    },
  ];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function pct(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const root = process.cwd();
  const distDir = process.env.NEXT_DIST_DIR || '.next-bench';
  const cleanups: (() => Promise<void> | void)[] = [];
  const cleanup = async () => {
    for (const c of cleanups.reverse()) await c();
  };
  process.on('SIGINT', () => void cleanup().then(() => process.exit(130)));

  try {
    // 1) Neo4j
    let uri = process.env.NEO4J_URI;
    let password = process.env.NEO4J_PASSWORD ?? '';
    if (!uri) {
      const { startEmbeddedNeo4j } = await import('../lib/db/embedded');
      const tmp = mkdtempSync(path.join(os.tmpdir(), 'koppelvlak-bench-'));
      cleanups.push(() => rmSync(tmp, { recursive: true, force: true }));
      const t0 = Date.now();
      const db = await startEmbeddedNeo4j({
        dataDir: tmp,
        port: 0,
        password: 'bench-password-123',
        heap: '1g',
      });
      console.log(`Neo4j ${db.version} on ${db.uri} ready in ${secs(Date.now() - t0)}`);
      cleanups.push(async () => {
        await db.stop();
        rmSync(tmp, { recursive: true, force: true });
      });
      uri = db.uri;
      password = db.password;
    }
    Object.assign(process.env, {
      NEO4J_URI: uri,
      NEO4J_USER: process.env.NEO4J_USER ?? 'neo4j',
      NEO4J_PASSWORD: password,
    });

    // 2) migrate + seed + users
    const { migrate } = await import('../lib/db/migrate');
    const { seedDatabase } = await import('../lib/seed');
    const { runQuery } = await import('../lib/db/run');
    const { createSession, SESSION_COOKIE } = await import('../lib/auth/session');
    const { hashPassword } = await import('../lib/auth/password');
    const { closeDriver } = await import('../lib/db/driver');
    await migrate();
    let t0 = Date.now();
    let lastLog = 0;
    const seeded = await seedDatabase({
      scale: args.scale,
      onProgress: (step, done, total) => {
        if (Date.now() - lastLog > 5_000 || done === total) {
          lastLog = Date.now();
          process.stdout.write(`  seed ${step} ${done}/${total}\n`);
        }
      },
    });
    const seedMs = Date.now() - t0;
    const size = (await runQuery('get-graph-size', {}))[0];
    console.log(
      `Seeded scale ${args.scale} in ${secs(seedMs)}: ${size?.nodes} nodes, ${size?.relationships} relationships`,
    );
    void seeded;
    const people = await runQuery('get-people', {});
    const roles = ['regisseur', 'projectteam', 'deelnemer', 'stuurgroep'] as const;
    const hash = await hashPassword(`bench-${randomUUID()}`);
    const cookies: string[] = [];
    for (let i = 0; i < args.users; i++) {
      const role = roles[i % roles.length] as (typeof roles)[number];
      const person = role === 'deelnemer' ? (people[(i * 7) % people.length]?.id ?? null) : null;
      const [u] = await runQuery('upsert-user', {
        id: randomUUID(),
        email: `bench-${i}-${role}@bench.invalid`,
        name: `Bench ${role} ${i} (fictief)`,
        role,
        passwordHash: hash,
        personId: person,
        now: new Date().toISOString(),
      });
      if (!u) throw new Error('user not created');
      const { token } = await createSession(u.userId, { mfaPassed: true, ip: '127.0.0.1' });
      cookies.push(`${SESSION_COOKIE}=${token}`);
    }
    console.log(
      `${cookies.length} signed-in users (regisseur/projectteam/deelnemer/stuurgroep, two-factor passed)`,
    );
    await closeDriver();

    // 3) build
    const buildId = path.join(root, distDir, 'BUILD_ID');
    const stale = !existsSync(buildId) || statSync(buildId).mtimeMs < newestSource(root);
    if (args.rebuild || (args.build && stale)) {
      t0 = Date.now();
      console.log(`next build → ${distDir} …`);
      const r = spawnSync(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'build'], {
        stdio: 'inherit',
        env: { ...process.env, NODE_ENV: 'production', NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1' },
      });
      if (r.status !== 0) throw new Error('next build failed');
      console.log(`built in ${secs(Date.now() - t0)}`);
    } else if (!existsSync(buildId)) {
      throw new Error(`no build in ${distDir}; run without --no-build`);
    } else console.log(`using existing build ${distDir}${stale ? ' (older than the sources!)' : ''}`);

    // 4) serve
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const app = serve({
      host: '127.0.0.1',
      port,
      processes: args.processes,
      // e.g. BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" to profile the server
      nodeArgs: process.env.BENCH_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? [],
      env: { NEXT_DIST_DIR: distDir, SECURE_COOKIES: 'false' },
      stdio: 'pipe',
      onOutput: (b) => {
        if (/error/i.test(b.toString())) process.stderr.write(b);
      },
    });
    cleanups.push(() => {
      void app.stop();
    });
    t0 = Date.now();
    for (;;) {
      const ok = await fetch(`${base}/api/health`).then(
        (r) => r.status === 200,
        () => false,
      );
      if (ok) break;
      if (Date.now() - t0 > 90_000) throw new Error('next start did not answer within 90 s');
      await new Promise((r) => setTimeout(r, 300));
    }

    // 5) routes that exist, probed per role (this also warms the caches: first requests are cold)
    const roleOf = (i: number) => roles[i % roles.length] as string;
    const cookieByRole = Object.fromEntries(roles.map((r) => [r, cookies[roles.indexOf(r)] as string]));
    t0 = Date.now();
    const routes = await discoverRoutes(root, base, cookieByRole);
    console.log(`warm-up (every route once per role, cold caches): ${secs(Date.now() - t0)}`);
    if (!routes.some((r) => r.method !== 'GET')) console.log('  (no write route found: GET-only mix)');

    // 5b) one user alone, warm caches: what a single page view costs (median of 5 per route and role)
    console.log('\nSingle user, warm (median of 5 sequential requests):');
    for (const r of routes.filter((x) => x.method === 'GET'))
      for (const role of r.roles) {
        const times: number[] = [];
        for (let k = 0; k < 5; k++) {
          const t = performance.now();
          const res = await fetch(base + r.path(), { headers: { cookie: cookieByRole[role] as string } });
          await res.arrayBuffer();
          times.push(performance.now() - t);
        }
        times.sort((a, b) => a - b);
        console.log(
          `  ${r.label.padEnd(34)} ${role.padEnd(12)} ${(times[2] as number).toFixed(0).padStart(6)} ms`,
        );
      }

    // 6) drive: every user loops — pick a route their role may use (by weight), request it, think
    console.log(
      `\nRunning ${args.duration} s with ${args.users} users, think time ${args.think ? `${secs(args.think * 0.5)}–${secs(args.think * 1.5)}` : '0 (back-to-back)'} …`,
    );
    const stats = new Map(
      routes.map((r) => [
        r.label,
        { lat: [] as number[], codes: new Map<string, number>(), users: new Set<number>() },
      ]),
    );
    const until = Date.now() + args.duration * 1000;
    const user = async (i: number) => {
      const role = roleOf(i);
      const mine = routes.filter((r) => r.roles.includes(role));
      const total = mine.reduce((a, r) => a + r.weight, 0);
      // Users start spread over the first think period instead of all at once.
      await sleep(Math.random() * args.think);
      // Like a browser, each user keeps the entity tags it was given and revalidates with them
      // (GET /api/graph answers 304 without a body while nothing changed).
      const etags = new Map<string, string>();
      while (Date.now() < until) {
        let x = Math.random() * total;
        const r = mine.find((c) => (x -= c.weight) < 0) ?? (mine[0] as (typeof mine)[number]);
        const s = stats.get(r.label)!;
        s.users.add(i);
        const body = r.body?.();
        const url = base + r.path();
        const tag = r.method === 'GET' ? etags.get(url) : undefined;
        const t = performance.now();
        let code: string;
        try {
          const res = await fetch(url, {
            method: r.method,
            headers: {
              cookie: cookies[i] as string,
              origin: base,
              ...(body ? { 'content-type': 'application/json' } : {}),
              ...(tag ? { 'if-none-match': tag } : {}),
            },
            body,
            redirect: 'manual',
            signal: AbortSignal.timeout(30_000),
          });
          await res.arrayBuffer();
          code = String(res.status);
          const etag = res.headers.get('etag');
          if (r.method === 'GET' && etag && res.status === 200) etags.set(url, etag);
        } catch (e) {
          code = e instanceof Error && e.name === 'TimeoutError' ? 'timeout' : 'error';
        }
        s.lat.push(performance.now() - t);
        s.codes.set(code, (s.codes.get(code) ?? 0) + 1);
        if (args.think) await sleep(args.think * (0.5 + Math.random()));
      }
    };
    await Promise.all(cookies.map((_, i) => user(i)));
    const rssKiB = app
      .pids()
      .reduce(
        (sum, pid) =>
          sum + Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0),
        0,
      );

    // 7) report
    const summarise = (label: string, lat: number[], codes: Map<string, number>, users: number) => {
      const sorted = [...lat].sort((a, b) => a - b);
      const bad = [...codes.entries()].filter(([c]) => !/^[23]/.test(c)).reduce((a, [, n]) => a + n, 0);
      return {
        route: label,
        users,
        requests: sorted.length,
        'req/s': (sorted.length / args.duration).toFixed(1),
        'p50 ms': pct(sorted, 50).toFixed(0),
        'p95 ms': pct(sorted, 95).toFixed(0),
        'p99 ms': pct(sorted, 99).toFixed(0),
        'max ms': (sorted[sorted.length - 1] ?? NaN).toFixed(0),
        errors: bad,
        statuses: [...codes.entries()].map(([c, n]) => `${c}×${n}`).join(' '),
      };
    };
    const rows = [...stats.entries()].map(([label, s]) => summarise(label, s.lat, s.codes, s.users.size));
    const allLat = [...stats.values()].flatMap((s) => s.lat);
    const allCodes = new Map<string, number>();
    for (const s of stats.values()) for (const [c, n] of s.codes) allCodes.set(c, (allCodes.get(c) ?? 0) + n);
    rows.push(summarise('ALL', allLat, allCodes, args.users));
    console.log(
      `\nScale ${args.scale}, ${args.users} users, ${args.processes} app process(es), ${args.duration} s, think ${args.think} ms, seed ${secs(seedMs)}, ${size?.nodes} nodes, load average ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
    console.table(rows);
    console.log(`next-server RSS after run ${(rssKiB / 1024).toFixed(0)} MiB (all app processes)`);
  } finally {
    await cleanup();
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
