import type { ManagedTransaction } from 'neo4j-driver';
import { afterCommit, runQuery } from '../db/run';
import { currentRevisions, forgetRevision } from '../db/revision';
import { processShared } from '../runtime/shared';

// The project team's gap states (status, owner, due date) as stored: one read shared by the gap
// report, the analysis cache and the explorer, read again only when the gap-state change counter
// moved (bumped in the same transaction as every change: cypher/bump-gap-state-revision.cypher).
// This process's own changes show at once; other instances' within REVISION_CHECK_MS.

export type GapStateRow = Awaited<ReturnType<typeof runQuery<'get-gap-states'>>>[number];

const state = processShared('gap-states', () => ({
  read: null as { revision: number; value: Promise<Map<string, GapStateRow>> } | null,
  closed: new WeakMap<Map<string, GapStateRow>, Set<string>>(),
}));

/** Gap states by gap id. */
export async function gapStates(): Promise<Map<string, GapStateRow>> {
  const revision = (await currentRevisions()).gapStates;
  if (state.read && state.read.revision === revision) return state.read.value;
  const value = runQuery('get-gap-states', {}).then((rows) => new Map(rows.map((s) => [s.id, s])));
  state.read = { revision, value };
  value.catch(() => {
    if (state.read?.value === value) state.read = null;
  });
  return value;
}

/** Gap ids the project team closed (opgelost, niet-van-toepassing): they do not count as open. */
export async function closedGapIds(): Promise<Set<string>> {
  const states = await gapStates();
  let closed = state.closed.get(states);
  if (!closed) {
    closed = new Set(
      [...states.values()]
        .filter((s) => s.status === 'opgelost' || s.status === 'niet-van-toepassing')
        .map((s) => s.id),
    );
    state.closed.set(states, closed);
  }
  return closed;
}

/**
 * Counts a change to the gap states inside `tx` (the transaction that makes it); once it commits,
 * this process reads them again at once.
 */
export async function bumpGapStates(tx: ManagedTransaction): Promise<void> {
  await runQuery('bump-gap-state-revision', { at: new Date().toISOString() }, { tx });
  afterCommit(tx, forgetGapStates);
}

/** A change was committed here: the next read asks for the counters and the states. */
export function forgetGapStates(): void {
  state.read = null;
  forgetRevision();
}
