import type { ManagedTransaction } from 'neo4j-driver';
import { afterCommit, runQuery } from '../db/run';
import { forgetRevision } from '../db/revision';
import { defineCache, defineMemo, SHARED } from './cache';

// The project team's gap states (status, owner, due date) as stored: one read shared by the gap
// report, the analysis cache and the explorer, read again only when the gap-state change counter
// moved (bumped in the same transaction as every change: cypher/bump-gap-state-revision.cypher).
// This process's own changes show at once; other instances' within REVISION_CHECK_MS.

export type GapStateRow = Awaited<ReturnType<typeof runQuery<'get-gap-states'>>>[number];

/** Read again only when the gap-state counter moves (lib/dal/cache.ts). */
const states = defineCache<Map<string, GapStateRow>>('gap-states', { dependsOn: ['gapStates'], max: 1 });
const closedOf = defineMemo<Map<string, GapStateRow>, Set<string>>('closed-gaps');

/** Gap states by gap id (the same for every viewer: callers check gaps:read or reduce to ids). */
export function gapStates(): Promise<Map<string, GapStateRow>> {
  return states.get({ scope: SHARED }, () =>
    runQuery('get-gap-states', {}).then((rows) => new Map(rows.map((s) => [s.id, s]))),
  );
}

/** Gap ids the project team closed (opgelost, niet-van-toepassing): they do not count as open. */
export async function closedGapIds(): Promise<Set<string>> {
  const all = await gapStates();
  return closedOf.get(
    all,
    '',
    () =>
      new Set(
        [...all.values()]
          .filter((s) => s.status === 'opgelost' || s.status === 'niet-van-toepassing')
          .map((s) => s.id),
      ),
  );
}

/**
 * Counts a change to the gap states inside `tx` (the transaction that makes it); once it commits,
 * this process reads them again at once.
 */
export async function bumpGapStates(tx: ManagedTransaction): Promise<void> {
  await runQuery('bump-gap-state-revision', { at: new Date().toISOString() }, { tx });
  afterCommit(tx, forgetGapStates);
}

/** A change was committed here: the next read asks for the counters (and, as they moved, the states). */
export function forgetGapStates(): void {
  forgetRevision();
}
