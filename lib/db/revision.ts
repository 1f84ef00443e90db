import { processShared } from '../runtime/shared';
import { runQuery } from './run';

// The network's change counter (cypher/get-network-revision.cypher), bumped in the same
// transaction as every audited change to the network's data (lib/audit/record.ts) and by the seed
// and restore scripts. Caches compare it to decide whether a result is still current: that is how
// a change made by another instance or a script reaches this one.

/**
 * How often (at most) this process asks Neo4j for the counter. A change committed by this process
 * makes the next read ask at once (forgetRevision); other instances' changes show within this time.
 */
export const REVISION_CHECK_MS = 2_000;

const state = processShared('revision', () => ({
  check: null as { at: number; value: Promise<number> } | null,
}));

/** The network's change counter, asked at most every REVISION_CHECK_MS (shared by all callers). */
export function currentRevision(): Promise<number> {
  if (state.check && Date.now() - state.check.at < REVISION_CHECK_MS) return state.check.value;
  const value = runQuery('get-network-revision', {}).then((rows) => rows[0]?.value ?? 0);
  state.check = { at: Date.now(), value };
  value.catch(() => (state.check = null));
  return value;
}

/** This process committed a change to the network: the next read asks Neo4j for the counter. */
export function forgetRevision(): void {
  state.check = null;
}
