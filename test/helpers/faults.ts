import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { resetEnvCache } from '../../lib/config/env';
import { closeDriver } from '../../lib/db/driver';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../lib/db/embedded';

// Helpers for the fault tests: a private Neo4j (so killing it disturbs no other test), pointing
// the app's one driver at it, and a `next start` from an existing build for HTTP-level checks.

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const addr = s.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

/** Starts (or restarts, same port + dir) a small private Neo4j. */
export function startPrivateNeo4j(dataDir: string, port = 0): Promise<EmbeddedNeo4j> {
  return startEmbeddedNeo4j({
    dataDir,
    port,
    password: 'fault-password-123',
    heap: '512m',
    pageCache: '64m',
    timeoutMs: 480_000, // the shared machine can be slow
  });
}

/** Points lib/db's cached driver at `db` (closes the old driver, resets the env cache). */
export async function pointAppAt(db: { uri: string; password: string }): Promise<void> {
  await closeDriver();
  process.env.NEO4J_URI = db.uri;
  process.env.NEO4J_USER = 'neo4j';
  process.env.NEO4J_PASSWORD = db.password;
  resetEnvCache();
}

/** Time in ms until `fn` settles; returns the outcome too. */
export async function timed<T>(
  fn: () => Promise<T>,
): Promise<{ ms: number; ok: true; value: T } | { ms: number; ok: false; error: unknown }> {
  const t0 = performance.now();
  try {
    const value = await fn();
    return { ms: Math.round(performance.now() - t0), ok: true, value };
  } catch (error) {
    return { ms: Math.round(performance.now() - t0), ok: false, error };
  }
}

/** Polls `probe` every `everyMs` until it returns true; the elapsed ms, or throws after `maxMs`. */
export async function waitUntil(
  probe: () => Promise<boolean>,
  maxMs: number,
  everyMs = 100,
): Promise<number> {
  const t0 = performance.now();
  for (;;) {
    if (await probe().catch(() => false)) return Math.round(performance.now() - t0);
    if (performance.now() - t0 > maxMs) throw new Error(`condition not reached within ${maxMs} ms`);
    await sleep(everyMs);
  }
}

/**
 * A production build to serve: FAULTS_NEXT_DIST_DIR, NEXT_DIST_DIR, else the newest `.next*`
 * folder with a BUILD_ID. Undefined when none exists (HTTP checks are then skipped).
 */
export function findBuildDir(root = process.cwd()): string | undefined {
  const named = [process.env.FAULTS_NEXT_DIST_DIR, process.env.NEXT_DIST_DIR].filter(
    (d): d is string => !!d && existsSync(path.join(root, d, 'BUILD_ID')),
  );
  if (named[0]) return named[0];
  const dirs = readdirSync(root)
    .filter((d) => d.startsWith('.next') && !d.endsWith('-dev') && existsSync(path.join(root, d, 'BUILD_ID')))
    .sort(
      (a, b) =>
        statSync(path.join(root, b, 'BUILD_ID')).mtimeMs - statSync(path.join(root, a, 'BUILD_ID')).mtimeMs,
    );
  return dirs[0];
}

export interface AppServer {
  base: string;
  pid: number;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** `next start` from `distDir` on a free loopback port, pointed at `db`; waits until it answers. */
export async function startAppServer(
  distDir: string,
  db: { uri: string; password: string },
): Promise<AppServer> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_DIST_DIR: distDir,
    NEO4J_URI: db.uri,
    NEO4J_USER: 'neo4j',
    NEO4J_PASSWORD: db.password,
    SECURE_COOKIES: 'false',
    PORT: String(port),
  };
  const nextBin = path.join(process.cwd(), 'node_modules', 'next', 'dist', 'bin', 'next');
  const child = spawn(process.execPath, [nextBin, 'start', '-H', '127.0.0.1', '-p', String(port)], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (b: Buffer) => (out = (out + b.toString()).slice(-4000)));
  child.stderr?.on('data', (b: Buffer) => (out = (out + b.toString()).slice(-4000)));
  // KOPPELVLAK_APP_LOG=1 passes the app's own output through, for diagnosing a failing run.
  if (process.env.KOPPELVLAK_APP_LOG) {
    child.stdout?.pipe(process.stdout);
    child.stderr?.pipe(process.stderr);
  }
  const base = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  try {
    await waitUntil(async () => (await fetch(`${base}/api/health`)).status > 0, 90_000, 300);
  } catch {
    child.kill('SIGKILL');
    throw new Error(`next start did not answer within 90 s:\n${out}`);
  }
  return {
    base,
    pid: child.pid ?? -1,
    child,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await Promise.race([exited, sleep(10_000)]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
}

/** Resident set size (KiB) of a process and all its descendants, from /proc (Linux). */
export function rssKiB(pid: number): number {
  const read = (p: number): { rss: number; ppid: number } | null => {
    try {
      const status = readFileSync(`/proc/${p}/status`, 'utf8');
      return {
        rss: Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0),
        ppid: Number(/PPid:\s+(\d+)/.exec(status)?.[1] ?? 0),
      };
    } catch {
      return null;
    }
  };
  const all = readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .map(Number);
  const children = new Map<number, number[]>();
  for (const p of all) {
    const s = read(p);
    if (s) children.set(s.ppid, [...(children.get(s.ppid) ?? []), p]);
  }
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop() as number;
    total += read(p)?.rss ?? 0;
    stack.push(...(children.get(p) ?? []));
  }
  return total;
}
