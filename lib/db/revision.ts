import { processShared } from '../runtime/shared';
import { runQuery } from './run';

// The change counters (cypher/get-revisions.cypher). The network's is bumped in the same
// transaction as every audited change to the network's data (lib/audit/record.ts) and by the seed
// and restore scripts; the gap states' with every status change or sync (lib/dal/gap-states.ts).
// Caches compare them to decide whether a result is still current: that is how a change made by
// another instance or a script reaches this one.

/**
 * How often (at most) this process asks Neo4j for the counter. A change committed by this process
 * makes the next read ask at once (forgetRevision); other instances' changes show within this time.
 */
export const REVISION_CHECK_MS = 2_000;

export interface Revisions {
  /** Changes to the network's data. */
  network: number;
  /** Changes to the project team's gap states (lib/dal/gap-states.ts). */
  gapStates: number;
}

const state = processShared('revision', () => ({
  check: null as { at: number; value: Promise<Revisions> } | null,
}));

/** Both change counters, asked at most every REVISION_CHECK_MS (one query, shared by all callers). */
export function currentRevisions(): Promise<Revisions> {
  if (state.check && Date.now() - state.check.at < REVISION_CHECK_MS) return state.check.value;
  const value = runQuery('get-revisions', {}).then((rows) => rows[0] ?? { network: 0, gapStates: 0 });
  state.check = { at: Date.now(), value };
  value.catch(() => {
    if (state.check?.value === value) state.check = null;
  });
  return value;
}

/** The network's change counter. */
export function currentRevision(): Promise<number> {
  return currentRevisions().then((r) => r.network);
}

/** This process committed a change: the next read asks Neo4j for the counters. */
export function forgetRevision(): void {
  state.check = null;
}
