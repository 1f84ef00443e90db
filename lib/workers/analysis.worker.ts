// Worker-thread entry: computes analyses off the server's event loop, so requests that only read a
// cached result keep answering while a new one is computed. Messages: { id, network } in,
// { id, ok, bundle | error } out. Data only — no database, no secrets — crosses the boundary.
import { parentPort } from 'node:worker_threads';
import type { NetworkData } from '../domain/network';
import { runAnalysisJob } from './analysis-job';

interface Job {
  id: number;
  network: NetworkData;
}

parentPort?.on('message', (job: Job) => {
  try {
    parentPort?.postMessage({ id: job.id, ok: true, bundle: runAnalysisJob(job.network) });
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    parentPort?.postMessage({ id: job.id, ok: false, error: { name: err.name, message: err.message } });
  }
});
