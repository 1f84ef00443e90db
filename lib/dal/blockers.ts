import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import {
  BLOCKER_FACETS,
  facetBlockerGroups,
  groupBlockers,
  searchBlockerGroups,
  type BlockerFacet,
  type BlockerGroup,
} from '../analysis/blockers';
import { RECURRING_BLOCKER_REVIEWS } from '../analysis/gaps-blockers';
import { recordAudit } from '../audit/record';
import { assertCan } from '../auth/permissions';
import type { Viewer } from '../auth/viewer';
import { runQuery, withWriteTransaction } from '../db/run';
import { ValidationError, zodIssuesToText } from '../errors';
import { ruleText } from '../i18n/messages/recommendation-rules';
import { getNetworkForViewer } from './network';

// The recurring blockers of the coalitions' progress reviews, grouped (lib/analysis/blockers.ts),
// for the project team: by theme, sector or region, searchable, with whether a recommendation
// covers each group; and the project team's merges of groups that are one blocker.

export const blockerQuery = z
  .object({
    q: z
      .string()
      .trim()
      .max(200, { message: 'zoektekst max 200 tekens / search text max 200 characters' })
      .default(''),
    by: z
      .enum(BLOCKER_FACETS, {
        message: `indeling: verwacht / grouping: expected ${BLOCKER_FACETS.join(', ')}`,
      })
      .default('thema'),
  })
  .strict();

export interface BlockerGroupView extends BlockerGroup {
  coalitionNames: string[];
  recurring: boolean;
}

export async function getBlockerGroups(
  viewer: Viewer,
  input: unknown = {},
): Promise<{
  by: BlockerFacet;
  q: string;
  facets: { key: string; groups: BlockerGroupView[] }[];
  total: number;
}> {
  assertCan(viewer, 'gaps:read');
  const parsed = blockerQuery.safeParse(input);
  if (!parsed.success) throw new ValidationError(zodIssuesToText(parsed.error.issues));
  const { q, by } = parsed.data;
  const net = await getNetworkForViewer(viewer);
  const name = new Map(net.coalitions.map((c) => [c.id, c.name]));
  const groups: BlockerGroupView[] = searchBlockerGroups(groupBlockers(net), q).map((g) => ({
    ...g,
    coalitionNames: g.coalitionIds.map((c) => name.get(c) ?? c),
    recurring: g.reviewIds.length >= RECURRING_BLOCKER_REVIEWS,
  }));
  return {
    by,
    q,
    facets: facetBlockerGroups(groups, by) as { key: string; groups: BlockerGroupView[] }[],
    total: groups.length,
  };
}

export const mergeInput = z
  .object({
    a: z.string().min(1).max(200),
    b: z.string().min(1).max(200),
  })
  .strict();

/** The project team says two groups are one blocker (by one item of each); stored and audited. */
export async function mergeBlockerGroups(viewer: Viewer, input: unknown, ip: string | null = null) {
  assertCan(viewer, 'recommendation:decide');
  const parsed = mergeInput.safeParse(input);
  if (!parsed.success) throw new ValidationError(zodIssuesToText(parsed.error.issues));
  const net = await getNetworkForViewer(viewer);
  const groups = groupBlockers(net);
  const groupOf = (item: string) => groups.find((g) => g.items.some((it) => it.id === item));
  const [ga, gb] = [groupOf(parsed.data.a), groupOf(parsed.data.b)];
  if (!ga) throw new ValidationError(ruleText('unknownItem', { id: parsed.data.a }));
  if (!gb) throw new ValidationError(ruleText('unknownItem', { id: parsed.data.b }));
  if (ga.id === gb.id) throw new ValidationError(ruleText('sameGroup'));
  // Stored by the groups' own ids (their smallest items), in order: the same merge twice is one.
  const [a, b] = [ga.id, gb.id].sort();
  return withWriteTransaction(async (tx) => {
    const [res] = await runQuery(
      'create-blocker-merge',
      {
        id: randomUUID(),
        a: a!,
        b: b!,
        now: new Date().toISOString(),
        actorId: viewer.userId,
        actorName: viewer.name,
      },
      { tx },
    );
    await recordAudit(
      viewer,
      { action: 'blocker-group.merge', entityType: 'BlockerMerge', entityId: res!.id, after: { a, b }, ip },
      tx,
    );
    return { id: res!.id, group: a! };
  });
}

export async function listBlockerMerges(viewer: Viewer) {
  assertCan(viewer, 'gaps:read');
  return runQuery('get-blocker-merges', {});
}
