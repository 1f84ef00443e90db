import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { appendFileSync, existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

// End-to-end tests run against the production build served by `next start` on a free loopback
// port, pointed at the test Neo4j that global-neo4j.ts prepared. The build is reused when it is
// newer than every source file (set E2E_REBUILD=1 to force one).
let app: ChildProcess | undefined;

function freePort(): Promise<number> {
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

function newestSource(dir: string): number {
  let newest = 0;
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const p = path.join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else newest = Math.max(newest, statSync(p).mtimeMs);
    }
  };
  for (const sub of ['app', 'lib', 'cypher', 'public'])
    if (existsSync(path.join(dir, sub))) walk(path.join(dir, sub));
  return newest;
}

export default async function setup() {
  const root = process.cwd();
  const buildId = path.join(root, process.env.NEXT_DIST_DIR || '.next', 'BUILD_ID');
  const stale =
    !existsSync(buildId) || statSync(buildId).mtimeMs < newestSource(root) || process.env.E2E_REBUILD === '1';
  if (stale) {
    console.log('[e2e] next build …');
    const r = spawnSync('npx', ['next', 'build'], {
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
    });
    if (r.status !== 0) throw new Error('next build failed');
  }
  const port = await freePort();
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(port),
    SECURE_COOKIES: 'false',
  } as NodeJS.ProcessEnv;
  // Run next directly (no npx wrapper) in its own process group so teardown can end the server
  // and anything it started (e.g. a PDF Chromium) together.
  app = spawn(
    process.execPath,
    [
      path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next'),
      'start',
      '-H',
      '127.0.0.1',
      '-p',
      String(port),
    ],
    {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  );
  // The server's own output goes to a log file that tests may read (E2E_APP_LOG).
  const log = path.join(os.tmpdir(), `koppelvlak-e2e-app-${process.pid}.log`);
  writeFileSync(log, '');
  process.env.E2E_APP_LOG = log;
  app.stdout?.on('data', (b: Buffer) => {
    appendFileSync(log, b);
    if (process.env.E2E_VERBOSE) process.stdout.write(b);
  });
  app.stderr?.on('data', (b: Buffer) => process.stderr.write(b));
  const base = `http://127.0.0.1:${port}`;
  const t0 = Date.now();
  for (;;) {
    try {
      const res = await fetch(`${base}/api/health`);
      if (res.status === 200) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() - t0 > 90_000) throw new Error(`[e2e] app did not answer on ${base} within 90 s`);
    await new Promise((r) => setTimeout(r, 500));
  }
  process.env.E2E_BASE_URL = base;
  return async () => {
    if (app?.pid) {
      try {
        process.kill(-app.pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
    }
  };
}
