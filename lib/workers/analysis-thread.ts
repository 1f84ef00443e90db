import { Worker } from 'node:worker_threads';
import type { NetworkData } from '../domain/network';
import type { BuildOptions } from '../explorer/build';
import type { ExplorerPayload } from '../explorer/payload';
import { processShared } from '../runtime/shared';
import { runThreadJob, type AnalysisBundle, type ThreadJob } from './analysis-job';

// One long-lived worker thread per server process runs the analyses and builds the explorer
// payloads (0.3 s on the demo data, seconds at scale 20), so the event loop stays free for
// requests answered from cache and for the liveness probe of lib/db/liveness.ts. Jobs queue in the worker; results come back
// by structured clone. Outside Next's server (vitest and tsx run the TypeScript sources) or with
// KOPPELVLAK_ANALYSIS_THREAD=off, the job runs inline; a worker that dies is replaced on the next
// job and the jobs it held are retried inline (after three deaths the process stays inline).

type Reply =
  | { id: number; ok: true; result: unknown }
  | { id: number; ok: false; error: { name: string; message: string } };

interface Pending {
  job: ThreadJob;
  resolve: (result: unknown) => void;
  reject: (e: Error) => void;
}

/** An analysis that failed inside the worker (its original name and message are kept). */
export class AnalysisThreadError extends Error {
  constructor(name: string, message: string) {
    super(message);
    this.name = name;
  }
}

/** After this many worker deaths the process stops trying and computes inline. */
const MAX_FAILURES = 3;
// One worker per process, not per bundle (lib/runtime/shared.ts).
const state = processShared('analysis-thread', () => ({
  worker: null as Worker | null,
  failures: 0,
  nextId: 1,
  pending: new Map<number, Pending>(),
}));
const pending = state.pending;

/**
 * Inside Next's server (NEXT_RUNTIME is set) the bundler has compiled the worker entry into its own
 * chunk. Anywhere else (vitest, tsx scripts) the sources are TypeScript, which a worker thread of
 * Node 20 cannot load, so the job runs inline.
 */
export function analysisThreadEnabled(): boolean {
  return (
    process.env.NEXT_RUNTIME === 'nodejs' &&
    process.env.KOPPELVLAK_ANALYSIS_THREAD !== 'off' &&
    state.failures < MAX_FAILURES
  );
}

function settleInline(p: Pending): void {
  try {
    p.resolve(runThreadJob(p.job));
  } catch (e) {
    p.reject(e instanceof Error ? e : new Error(String(e)));
  }
}

function drop(w: Worker): void {
  if (state.worker !== w) return;
  state.worker = null;
  state.failures++;
  const held = [...pending.values()];
  pending.clear();
  held.forEach(settleInline);
}

function getWorker(): Worker {
  if (state.worker) return state.worker;
  // The literal `new Worker(new URL(…, import.meta.url))` is what Next's bundler recognises and
  // compiles into its own chunk.
  const w = new Worker(new URL('./analysis.worker.ts', import.meta.url));
  w.unref(); // never keeps the process alive on its own
  w.on('message', (reply: Reply) => {
    const p = pending.get(reply.id);
    if (!p) return;
    pending.delete(reply.id);
    if (reply.ok) p.resolve(reply.result);
    else p.reject(new AnalysisThreadError(reply.error.name, reply.error.message));
  });
  w.on('error', (err) => {
    console.error('[koppelvlak] analysis worker failed; jobs run inline until it is replaced:', err.message);
    drop(w);
  });
  w.on('exit', () => drop(w));
  w.once('online', () => console.info('[koppelvlak] analysis worker thread started'));
  state.worker = w;
  return w;
}

function runInThread(job: ThreadJob): Promise<unknown> {
  if (!analysisThreadEnabled()) return Promise.resolve().then(() => runThreadJob(job));
  return new Promise<unknown>((resolve, reject) => {
    const id = state.nextId++;
    const p: Pending = { job, resolve, reject };
    pending.set(id, p);
    try {
      getWorker().postMessage({ id, job });
    } catch {
      pending.delete(id);
      settleInline(p);
    }
  });
}

/** Computes the analysis bundle of a network in the worker thread (inline where there is none). */
export function computeAnalysis(network: NetworkData): Promise<AnalysisBundle> {
  return runInThread({ kind: 'analysis', network }) as Promise<AnalysisBundle>;
}

/** Builds the explorer payload of a network in the worker thread (inline where there is none). */
export function buildExplorerInThread(network: NetworkData, options: BuildOptions): Promise<ExplorerPayload> {
  return runInThread({ kind: 'explorer', network, options }) as Promise<ExplorerPayload>;
}
