import { PUBLIC_VIEWER } from '../auth/viewer';
import { getAnalysis } from './analysis';

/**
 * Starts computing today's analysis for the scope everyone with full or aggregate access shares
 * (lib/dal/cache.ts: ALL), without waiting for it: the server answers requests meanwhile. Runs
 * as the public viewer, so it can read no more than aggregate figures. A database that is not up
 * yet only means the first request computes it. KOPPELVLAK_WARMUP=off skips it.
 */
export function warmUp(): void {
  if (process.env.KOPPELVLAK_WARMUP === 'off') return;
  const t0 = Date.now();
  getAnalysis(PUBLIC_VIEWER).then(
    () => console.info(`[koppelvlak] analysis of today computed at start in ${Date.now() - t0} ms`),
    (e: unknown) =>
      console.warn(
        '[koppelvlak] no analysis at start (computed on the first request):',
        (e as Error).message,
      ),
  );
}
