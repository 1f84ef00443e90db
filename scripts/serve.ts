// Serves the production build with N app processes behind one port (`npm start`, `npm run demo`,
// `npm run bench:load -- --processes N`). N = KOPPELVLAK_PROCESSES (or WEB_CONCURRENCY, as on
// several platforms), default 1. With N > 1 Node's cluster module forks N `next start` processes
// that share the listening socket; the primary hands connections out in turn. The app keeps no
// state a user depends on in one process (sessions, rate limits, jobs live in Neo4j; files in
// KOPPELVLAK_SHARED_DIR), so any process may answer any request. A process that dies is replaced
// (at most RESTARTS times a minute); Ctrl-C / SIGTERM stops them all.
import { spawn, type ChildProcess } from 'node:child_process';
import cluster, { type Worker } from 'node:cluster';
import path from 'node:path';

const RESTARTS = 5;
const STOP_GRACE_MS = 10_000;
const KEEP_ALIVE_MS = 76_000;

/** How many app processes to run: KOPPELVLAK_PROCESSES, else WEB_CONCURRENCY, else 1. */
export function processCount(env: NodeJS.ProcessEnv = process.env): number {
  const raw = (env.KOPPELVLAK_PROCESSES || env.WEB_CONCURRENCY || '1').trim();
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 64)
    throw new Error(
      `KOPPELVLAK_PROCESSES: verwacht een geheel getal 1–64, gevonden "${raw}" / expected a whole number 1–64, got "${raw}"`,
    );
  return n;
}

export interface Served {
  /** Resolves with the exit code once every process has stopped. */
  exited: Promise<number>;
  stop(): Promise<number>;
  /** The operating-system process ids of the app processes now running. */
  pids(): number[];
}

function nextBin(root: string): string {
  return path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
}

/** Starts `processes` app processes on host:port; returns at once. */
export function serve(opts: {
  host: string;
  port: number;
  processes: number;
  env?: Record<string, string | undefined>;
  root?: string;
  stdio?: 'inherit' | 'pipe';
  onOutput?: (chunk: Buffer) => void;
  /** Node options for the app processes (e.g. --cpu-prof). */
  nodeArgs?: string[];
}): Served {
  const root = opts.root ?? process.cwd();
  // Idle keep-alive connections stay open longer than a load balancer's or client's idle timeout
  // (nginx upstream keep-alive and most cloud balancers: 60 s): otherwise the server may close a socket as the
  // other side sends the next request on it, which fails with a connection reset.
  const args = [
    'start',
    '-H',
    opts.host,
    '-p',
    String(opts.port),
    '--keepAliveTimeout',
    String(KEEP_ALIVE_MS),
  ];
  const env = { ...process.env, ...opts.env, NODE_ENV: 'production' } as NodeJS.ProcessEnv;
  const stdio = opts.stdio ?? 'inherit';
  const nodeArgs = opts.nodeArgs ?? [];
  if (opts.processes === 1) return single(root, args, env, stdio, nodeArgs, opts.onOutput);
  return clustered(root, args, env, opts.processes, stdio, nodeArgs, opts.onOutput);
}

function single(
  root: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  stdio: 'inherit' | 'pipe',
  nodeArgs: string[],
  onOutput?: (chunk: Buffer) => void,
): Served {
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, nextBin(root), ...args], {
    env,
    stdio: stdio === 'inherit' ? 'inherit' : ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (b: Buffer) => onOutput?.(b));
  child.stderr?.on('data', (b: Buffer) => onOutput?.(b));
  const exited = new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? 0)));
  return {
    exited,
    pids: () => (child.pid && child.exitCode === null ? [child.pid] : []),
    stop() {
      child.kill('SIGTERM');
      const force = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
      return exited.finally(() => clearTimeout(force));
    },
  };
}

function clustered(
  root: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  processes: number,
  stdio: 'inherit' | 'pipe',
  nodeArgs: string[],
  onOutput?: (chunk: Buffer) => void,
): Served {
  // The workers run Next's own CLI (plain Node: no TypeScript loader from this script's execArgv).
  cluster.setupPrimary({ exec: nextBin(root), args, execArgv: nodeArgs, silent: stdio === 'pipe' });
  let stopping = false;
  const restarts: number[] = [];
  let resolveExit: (code: number) => void = () => undefined;
  const exited = new Promise<number>((r) => (resolveExit = r));
  const fork = (index: number): Worker => {
    const w = cluster.fork({ ...env, KOPPELVLAK_PROCESS_INDEX: String(index) });
    w.process.stdout?.on('data', (b: Buffer) => onOutput?.(b));
    w.process.stderr?.on('data', (b: Buffer) => onOutput?.(b));
    w.on('exit', (code, signal) => {
      if (stopping) {
        if (Object.keys(cluster.workers ?? {}).length === 0) resolveExit(0);
        return;
      }
      const now = Date.now();
      restarts.push(now);
      while (restarts[0]! < now - 60_000) restarts.shift();
      if (restarts.length > RESTARTS) {
        console.error(
          `[koppelvlak] app-proces ${index} stopte ${restarts.length}× binnen een minuut; alles stopt / app process ${index} exited ${restarts.length} times within a minute; stopping`,
        );
        void stop().then(() => resolveExit(1));
        return;
      }
      console.warn(
        `[koppelvlak] app-proces ${index} (pid ${w.process.pid}) stopte (${signal ?? code}); nieuw proces / app process ${index} exited (${signal ?? code}); starting a new one`,
      );
      fork(index);
    });
    return w;
  };
  for (let i = 0; i < processes; i++) fork(i);
  const stop = (): Promise<number> => {
    stopping = true;
    const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w);
    if (workers.length === 0) resolveExit(0);
    for (const w of workers) w.process.kill('SIGTERM');
    const force = setTimeout(() => {
      for (const w of Object.values(cluster.workers ?? {})) w?.process.kill('SIGKILL');
    }, STOP_GRACE_MS);
    return exited.finally(() => clearTimeout(force));
  };
  return {
    exited,
    stop,
    pids: () =>
      Object.values(cluster.workers ?? {})
        .map((w) => w?.process.pid)
        .filter((p): p is number => typeof p === 'number'),
  };
}
