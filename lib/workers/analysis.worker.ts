// Worker-thread entry: computes analyses and explorer payloads off the server's event loop, so
// requests that only read a cached result keep answering while a new one is computed. Messages:
// { id, job } in, { id, ok, result | error } out. Data only — no database, no secrets — crosses
// the boundary.
import { parentPort } from 'node:worker_threads';
import { runThreadJob, type ThreadJob } from './analysis-job';

parentPort?.on('message', (job: { id: number; job: ThreadJob }) => {
  try {
    parentPort?.postMessage({ id: job.id, ok: true, result: runThreadJob(job.job) });
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    parentPort?.postMessage({ id: job.id, ok: false, error: { name: err.name, message: err.message } });
  }
});
