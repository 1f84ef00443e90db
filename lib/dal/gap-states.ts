import { runQuery } from '../db/run';
import { REVISION_CHECK_MS } from '../db/revision';
import { processShared } from '../runtime/shared';

// The project team's gap states (status, owner, due date) as stored: one read shared by the gap
// report, the analysis cache and the explorer, renewed at most every REVISION_CHECK_MS (a status
// change made by this process renews it at once; other instances' changes show within that time).

export type GapStateRow = Awaited<ReturnType<typeof runQuery<'get-gap-states'>>>[number];

const state = processShared('gap-states', () => ({
  read: null as { at: number; value: Promise<Map<string, GapStateRow>> } | null,
  closed: new WeakMap<Map<string, GapStateRow>, Set<string>>(),
}));

/** Gap states by gap id. */
export function gapStates(): Promise<Map<string, GapStateRow>> {
  if (state.read && Date.now() - state.read.at < REVISION_CHECK_MS) return state.read.value;
  const value = runQuery('get-gap-states', {}).then((rows) => new Map(rows.map((s) => [s.id, s])));
  state.read = { at: Date.now(), value };
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

/** A status change or a sync was committed here: the next read goes to Neo4j. */
export function forgetGapStates(): void {
  state.read = null;
}
