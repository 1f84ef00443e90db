/**
 * Two app processes (the production build, `next start` on two ports) against one Neo4j: nothing a
 * user depends on lives in one of them. Signed in on A is signed in on B; an import started on A is
 * followed on B and its result read on B; a PDF briefing requested on A is downloaded from B; and
 * when A is killed in the middle of an import, B reports the job failed and nothing was written.
 * Builds the app first when the build is older than the sources (like the e2e tier).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDriver, databaseName, getDriver } from '../../lib/db/driver';
import { runQuery } from '../../lib/db/run';
import { newestSource } from '../helpers/fuzz';
import { createTestSession, TEST_PASSWORD } from '../helpers/session';

const root = process.cwd();
const distDir = process.env.NEXT_DIST_DIR || '.next';
const sharedDir = mkdtempSync(path.join(os.tmpdir(), 'kv-shared-'));
const TIMEOUT_MS = 3_000;

interface App {
  base: string;
  proc: ChildProcess;
  log: string[];
}
let a: App;
let b: App;
let regisseur: string;
let orgs: string[];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const addr = s.address();
      s.close(() => resolve(typeof addr === 'object' && addr ? addr.port : 0));
    });
    s.on('error', reject);
  });
}

async function startApp(): Promise<App> {
  const port = await freePort();
  const log: string[] = [];
  const proc = spawn(
    process.execPath,
    [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-H', '127.0.0.1', '-p', String(port)],
    {
      env: {
        ...process.env,
        NODE_ENV: 'production',
        NEXT_DIST_DIR: distDir,
        SECURE_COOKIES: 'false',
        KOPPELVLAK_SHARED_DIR: sharedDir,
        KOPPELVLAK_JOB_TIMEOUT_MS: String(TIMEOUT_MS),
        KOPPELVLAK_WARMUP: 'off',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  proc.stdout?.on('data', (x: Buffer) => log.push(x.toString()));
  proc.stderr?.on('data', (x: Buffer) => log.push(x.toString()));
  const base = `http://127.0.0.1:${port}`;
  const t0 = Date.now();
  for (;;) {
    const ok = await fetch(`${base}/api/health`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) return { base, proc, log };
    if (Date.now() - t0 > 90_000) throw new Error(`app on ${base} did not start: ${log.join('')}`);
    await sleep(300);
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `read` until `done` holds (or fails after `ms`). */
async function until<T>(read: () => Promise<T>, done: (v: T) => boolean, ms = 60_000): Promise<T> {
  const t0 = Date.now();
  for (;;) {
    const v = await read();
    if (done(v)) return v;
    if (Date.now() - t0 > ms) throw new Error(`timed out; last: ${JSON.stringify(v).slice(0, 500)}`);
    await sleep(100);
  }
}

const people = (n: number, prefix: string) =>
  new Blob([
    '\uFEFF' +
      [
        'id;naam;functie;niveau;organisatie;e-mail',
        ...Array.from(
          { length: n },
          (_, i) => `${prefix}${i};Procespersoon ${i} (fictief);Adviseur;tactisch;${orgs[i % orgs.length]};`,
        ),
      ].join('\r\n') +
      '\r\n',
  ]);

function importRequest(app: App, file: Blob, mode: 'dry-run' | 'apply', jobId: string) {
  const form = new FormData();
  form.set('file', file, 'personen.csv');
  form.set('mode', mode);
  form.set('jobId', jobId);
  return fetch(`${app.base}/api/import`, {
    method: 'POST',
    headers: { cookie: regisseur, origin: app.base },
    body: form,
  });
}

interface Progress {
  phase: string;
  status: string;
  done: number;
  total: number;
  error: string | null;
  report: { counts: Record<string, unknown>; rows: number } | null;
}
async function progressOn(app: App, jobId: string): Promise<Progress | null> {
  const r = await fetch(`${app.base}/api/import/progress?job=${jobId}`, { headers: { cookie: regisseur } });
  return ((await r.json()) as { progress: Progress | null }).progress;
}

async function countPeople(prefix: string): Promise<number> {
  const r = await getDriver().executeQuery(
    'MATCH (p:Person) WHERE p.id STARTS WITH $prefix RETURN count(p) AS n',
    { prefix },
    { database: databaseName() },
  );
  return r.records[0]?.get('n') as number;
}

beforeAll(async () => {
  const buildId = path.join(root, distDir, 'BUILD_ID');
  if (!existsSync(buildId) || statSync(buildId).mtimeMs < newestSource(root)) {
    const r = spawnSync(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'build'], {
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production', NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1' },
    });
    if (r.status !== 0) throw new Error('next build failed');
  }
  [a, b] = await Promise.all([startApp(), startApp()]);
  regisseur = (await createTestSession('regisseur')).cookie;
  orgs = (await runQuery('get-organisations', {})).slice(0, 5).map((o) => o.id);
}, 600_000);

afterAll(async () => {
  for (const app of [a, b]) app?.proc.kill('SIGTERM');
  await getDriver().executeQuery(
    "MATCH (p:Person) WHERE p.id STARTS WITH 'tp-' DETACH DELETE p",
    {},
    {
      database: databaseName(),
    },
  );
  await closeDriver();
  rmSync(sharedDir, { recursive: true, force: true });
});

describe('two app processes, one Neo4j', () => {
  it('signs in on A and is signed in on B', async () => {
    const { email } = await createTestSession('deelnemer', { personId: 'p-ggd-vr01-1' });
    const res = await fetch(`${a.base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: a.base },
      body: new URLSearchParams({ email, password: TEST_PASSWORD, next: '/verkenner' }),
      redirect: 'manual',
    });
    expect(res.status).toBe(303);
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
    expect(cookie).toMatch(/^kv_session=./);
    const onB = await fetch(`${b.base}/api/graph`, { headers: { cookie } });
    expect(onB.status).toBe(200);
    await onB.arrayBuffer();
    const signedOut = await fetch(`${b.base}/api/graph`);
    expect(signedOut.status).toBe(401);
  });

  it('starts an import on A, follows its progress on B and sees the result on B', async () => {
    const file = people(300, 'tp-ok-');
    const dry = await importRequest(a, file, 'dry-run', `tp-dry-${Date.now()}`);
    expect(dry.status).toBe(200);
    const jobId = `tp-apply-${Date.now()}`;
    // Applied through A (its dry run was on A too; B could have applied it just as well).
    const applied = importRequest(a, file, 'apply', jobId);
    const seen = await until(
      () => progressOn(b, jobId),
      (p) => p?.status === 'done',
    );
    expect((await applied).status).toBe(200);
    expect(seen?.phase).toBe('klaar');
    expect(seen?.report?.counts).toMatchObject({ personen: { create: 300, update: 0, unchanged: 0 } });
    // The data itself, through B (within its change-counter check).
    await until(
      async () => {
        const r = await fetch(`${b.base}/api/graph`, { headers: { cookie: regisseur } });
        return (await r.text()).includes('tp-ok-299');
      },
      (found) => found,
      15_000,
    );
  });

  it('makes a PDF briefing on A and downloads it from B', async () => {
    const snap = await fetch(`${a.base}/api/snapshots`, {
      method: 'POST',
      headers: { cookie: regisseur, origin: a.base, 'content-type': 'application/json' },
      body: JSON.stringify({ note: 'Twee processen (test)' }),
    });
    expect(snap.status).toBe(201);
    const { snapshot } = (await snap.json()) as { snapshot: { id: string } };
    const started = await fetch(`${a.base}/api/snapshots/${snapshot.id}/briefings`, {
      method: 'POST',
      headers: { cookie: regisseur, origin: a.base, 'content-type': 'application/json' },
      body: JSON.stringify({ audience: 'veiligheidsberaad' }),
    });
    expect(started.status).toBe(202);
    const { status, pdf } = (await started.json()) as { status: string; pdf: string };
    const done = await until(
      async () =>
        (await (await fetch(`${b.base}${status}`, { headers: { cookie: regisseur } })).json()) as {
          status: string;
          progress: { step: string } | null;
        },
      (s) => s.status !== 'bezig',
      120_000,
    );
    expect(done.status).toBe('klaar');
    const file = await fetch(`${b.base}${pdf}`, { headers: { cookie: regisseur } });
    expect(file.status).toBe(200);
    expect(
      Buffer.from(await file.arrayBuffer())
        .subarray(0, 5)
        .toString('latin1'),
    ).toBe('%PDF-');
  });

  it('kills A in the middle of an import: B reports the job failed, and nothing was written', async () => {
    const file = people(40_000, 'tp-kill-');
    const dry = await importRequest(a, file, 'dry-run', `tp-kdry-${Date.now()}`);
    expect(dry.status).toBe(200);
    const jobId = `tp-kill-${Date.now()}`;
    const applying = importRequest(a, file, 'apply', jobId).catch((e: unknown) => e);
    const running = await until(
      () => progressOn(b, jobId),
      (p) => p?.status === 'running' && (p.phase === 'controleren' || p.phase === 'schrijven'),
    );
    a.proc.kill('SIGKILL');
    expect(await applying).toBeInstanceOf(Error); // A's connection broke
    const failed = await until(
      () => progressOn(b, jobId),
      (p) => p?.status !== 'running',
      TIMEOUT_MS * 5,
    );
    expect(failed).toMatchObject({ status: 'failed', phase: 'fout' });
    expect(failed?.error).toMatch(/serverproces.*gestopt/i);
    expect(failed?.error).toMatch(/process running this job stopped/i);
    expect(await countPeople('tp-kill-')).toBe(0);
    console.log(
      `killed A in phase ${running?.phase} (${running?.done}/${running?.total}); B: ${failed?.error}`,
    );
  });
});
