import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { viewerFromToken } from '../../lib/auth/session';
import type { Viewer } from '../../lib/auth/viewer';
import { closeDriver, databaseName, getDriver } from '../../lib/db/driver';
import { getBlockerGroups, listBlockerMerges, mergeBlockerGroups } from '../../lib/dal/blockers';
import { getGapReport, parseGapFilters } from '../../lib/dal/gaps';
import { createRecommendation } from '../../lib/dal/recommendations';
import { ForbiddenError, ValidationError } from '../../lib/errors';
import { createTestSession } from '../helpers/session';

// Recurring blockers on the seeded reviews: grouped, searched, merged by the project team (stored,
// audited), and a group that recurs in three or more reviews without a recommendation shows up as a
// 'knelpunt zonder aanbeveling' gap, until a recommendation addresses it.
let team: Viewer;
let member: Viewer;
let stuurgroep: Viewer;
// A word of its own per run, so the suite also passes against a database it ran on before.
const word = `satelliet${randomUUID().slice(0, 6).replace(/-/g, '')}`;

async function rows<T>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const r = await getDriver().executeQuery(cypher, params, { database: databaseName() });
  return r.records.map((x) => x.toObject() as T);
}

beforeAll(async () => {
  team = await viewerFromToken((await createTestSession('projectteam')).token);
  member = await viewerFromToken((await createTestSession('deelnemer')).token);
  stuurgroep = await viewerFromToken((await createTestSession('stuurgroep')).token);
  // A review of our own with a blocker nobody else has: one more group, three times over.
  await rows(
    `MATCH (c:Coalition) WITH c ORDER BY c.id LIMIT 3
     MERGE (c)-[:HAS_REVIEW]->(r:ProgressReview {id: 'rv-test-blocker-' + $word + '-' + c.id})
     SET r.date = '2026-09-01', r.achieved = '', r.direction = '', r.version = 1,
         r.blockers = 'Zuiveringstelefoon' + $word + ' ' + $word + 'test'`,
    { word },
  );
});
afterAll(async () => {
  await closeDriver();
});

const gapsOfType = async () =>
  (await getGapReport(team, parseGapFilters({ type: 'knelpunt-zonder-aanbeveling', pageSize: '100' }))).rows;

describe('recurring blockers', () => {
  it('groups the reviews’ blockers, searchable and by region, for the project team only', async () => {
    const all = await getBlockerGroups(team, { by: 'regio' });
    expect(all.total).toBeGreaterThan(3);
    expect(all.facets.every((f) => f.key === '' || /^VR\d\d$/.test(f.key))).toBe(true);
    const found = await getBlockerGroups(team, { q: word });
    expect(found.total).toBe(1);
    const g = found.facets[0]!.groups[0]!;
    expect(g).toMatchObject({ covered: false, recurring: true });
    expect(g.reviewIds).toHaveLength(3);
    await expect(getBlockerGroups(member)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getBlockerGroups(stuurgroep)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getBlockerGroups(team, { by: 'kleur' })).rejects.toBeInstanceOf(ValidationError);
  });

  it('shows a recurring uncovered group as a gap, gone once a recommendation addresses it', async () => {
    const found = (await getBlockerGroups(team, { q: word })).facets[0]!.groups[0]!;
    const before = await gapsOfType();
    const gap = before.find((r) => r.id === `gap:knelpunt-zonder-aanbeveling:${found.id}`);
    expect(gap?.explanation.nl).toMatch(/kwam terug in 3 voortgangsgesprekken/);
    await createRecommendation(team, {
      title: 'Satelliettelefoons jaarlijks testen (fictief)',
      problem: 'Niet getest.',
      proposal: 'Een landelijke testdag.',
      reviewIds: [found.reviewIds[0]!],
    });
    const after = await gapsOfType();
    expect(after.find((r) => r.id === gap!.id && r.resolvedByData === null)).toBeUndefined();
    const covered = (await getBlockerGroups(team, { q: word })).facets[0]!.groups[0]!;
    expect(covered.covered).toBe(true);
    expect(covered.recommendationIds).toHaveLength(1);
  });

  it('merges two groups for the project team, stored and audited, and refuses a deelnemer', async () => {
    const groups = (await getBlockerGroups(team)).facets.flatMap((f) => f.groups);
    const distinct = [...new Map(groups.map((g) => [g.id, g])).values()];
    const [x, y] = distinct.slice(-2);
    await expect(mergeBlockerGroups(member, { a: x!.id, b: y!.id })).rejects.toBeInstanceOf(ForbiddenError);
    const { id, group } = await mergeBlockerGroups(
      team,
      { a: x!.items[0]!.id, b: y!.items[0]!.id },
      '10.0.0.2',
    );
    expect(group).toBe([x!.id, y!.id].sort()[0]);
    const merged = (await getBlockerGroups(team)).facets
      .flatMap((f) => f.groups)
      .find((g) => g.id === group)!;
    expect(merged.merged).toBe(true);
    expect(merged.items.length).toBe(x!.items.length + y!.items.length);
    expect((await listBlockerMerges(team)).map((m) => m.id)).toContain(id);
    await expect(mergeBlockerGroups(team, { a: x!.id, b: y!.id })).rejects.toBeInstanceOf(ValidationError);
    await expect(mergeBlockerGroups(team, { a: 'rv-none#1', b: y!.id })).rejects.toBeInstanceOf(
      ValidationError,
    );
    const [audit] = await rows<{ action: string; ip: string }>(
      'MATCH (a:AuditEvent {entityId: $id}) RETURN a.action AS action, a.ip AS ip',
      { id },
    );
    expect(audit).toEqual({ action: 'blocker-group.merge', ip: '10.0.0.2' });
  });
});
