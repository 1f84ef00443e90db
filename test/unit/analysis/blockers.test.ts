import { describe, expect, it } from 'vitest';
import {
  blockerItems,
  facetBlockerGroups,
  groupBlockers,
  searchBlockerGroups,
  uncoveredRecurringGroups,
  type BlockerInput,
} from '../../../lib/analysis/blockers';
import { computeGaps } from '../../../lib/analysis/gaps';
import { emptyNetwork, type NetworkData, type Organisation, type ProgressReview } from '../../../lib/domain';

// A hand-made set of reviews: three coalitions, their blockers worded differently each time.
const review = (id: string, coalitionId: string, date: string, blockers: string): ProgressReview => ({
  id,
  coalitionId,
  date,
  achieved: '',
  direction: '',
  blockers,
});
const org = (
  id: string,
  kind: Organisation['kind'],
  regionCodes: string[],
  sectorId: string | null = null,
): Organisation => ({
  id,
  name: id.toUpperCase(),
  kind,
  chain: kind === 'vitale-aanbieder' ? 'functioneel' : 'algemeen',
  sectorId,
  regionCodes,
  processIds: [],
  description: '',
});
const coalition = (id: string, organisationIds: string[]) => ({
  id,
  name: `Coalitie ${id} (fictief)`,
  theme: '',
  form: 'leerarena' as const,
  startedAt: '2024-01-01',
  active: true,
  memberIds: [],
  organisationIds,
});

const input = (): BlockerInput => ({
  reviews: [
    review(
      'r1',
      'c1',
      '2025-01-10',
      'Geen actuele contactgegevens van de liaison. Te weinig budget voor oefeningen.',
    ),
    review('r2', 'c2', '2025-03-01', 'Contactgegevens liaison vitale partner ontbreken'),
    review('r3', 'c3', '2025-06-01', 'De liaison: contactgegevens niet actueel; noodstroom onbekend'),
    review('r4', 'c1', '2025-09-01', 'Budget voor oefeningen ontbreekt'),
    review('r5', 'c2', '2025-10-01', ''),
    review('r6', 'c3', '2025-11-01', 'Capaciteit voor gezamenlijke oefening is beperkt'),
  ],
  coalitions: [
    coalition('c1', ['vr-a', 'op-e']),
    coalition('c2', ['vr-b', 'op-w']),
    coalition('c3', ['vr-a']),
  ],
  organisations: [
    org('vr-a', 'veiligheidsregio', ['VR01']),
    org('vr-b', 'veiligheidsregio', ['VR02']),
    org('op-e', 'vitale-aanbieder', ['VR01', 'VR02'], 'energie'),
    org('op-w', 'vitale-aanbieder', ['VR02'], 'drinkwater'),
  ],
});

describe('blockerItems', () => {
  it('splits each review’s answer into numbered clauses and skips empty answers', () => {
    const items = blockerItems(input().reviews);
    expect(items.map((i) => i.id)).toEqual(['r1#1', 'r1#2', 'r2#1', 'r3#1', 'r3#2', 'r4#1', 'r6#1']);
    expect(items.find((i) => i.id === 'r3#2')?.text).toBe('noodstroom onbekend');
  });
});

describe('groupBlockers', () => {
  it('groups differently worded clauses of the same blocker across reviews', () => {
    const groups = groupBlockers(input());
    const liaison = groups[0]!;
    expect(liaison.id).toBe('r1#1');
    expect(liaison.reviewIds).toEqual(['r1', 'r2', 'r3']);
    expect(liaison.coalitionIds).toEqual(['c1', 'c2', 'c3']);
    expect(liaison.keywords).toEqual(expect.arrayContaining(['contactgegeven', 'liaison']));
    expect(groups.find((g) => g.id === 'r1#2')?.reviewIds).toEqual(['r1', 'r4']);
    // "Capaciteit voor gezamenlijke oefening" shares one keyword only: its own group.
    expect(groups.find((g) => g.id === 'r6#1')?.items).toHaveLength(1);
    expect(groups.map((g) => g.items.length).reduce((a, b) => a + b)).toBe(7);
  });
  it('takes region and sector from the organisations of the coalitions', () => {
    const liaison = groupBlockers(input())[0]!;
    expect(liaison.regionCodes).toEqual(['VR01', 'VR02']);
    expect(liaison.sectorIds).toEqual(['drinkwater', 'energie']);
  });
  it('joins groups the project team merged, whatever their text', () => {
    const merged = groupBlockers({ ...input(), blockerMerges: [{ a: 'r6#1', b: 'r1#2' }] });
    const budget = merged.find((g) => g.id === 'r1#2')!;
    expect(budget.reviewIds).toEqual(['r1', 'r4', 'r6']);
    expect(budget.merged).toBe(true);
    expect(merged.find((g) => g.id === 'r6#1')).toBeUndefined();
    // A merge naming an item that no longer exists changes nothing.
    expect(groupBlockers({ ...input(), blockerMerges: [{ a: 'gone#1', b: 'r1#2' }] })).toEqual(
      groupBlockers(input()),
    );
  });
  it('marks a group covered by a recommendation on one of its reviews, unless it was rejected', () => {
    const covered = groupBlockers({
      ...input(),
      recommendations: [{ id: 'ab-1', stage: 'voorgelegd', reviewIds: ['r2'] }],
    });
    expect(covered[0]).toMatchObject({ covered: true, recommendationIds: ['ab-1'] });
    const rejected = groupBlockers({
      ...input(),
      recommendations: [{ id: 'ab-1', stage: 'afgewezen', reviewIds: ['r2'] }],
    });
    expect(rejected[0]!.covered).toBe(false);
  });
  it('refuses a threshold that is not a whole number', () => {
    expect(() => groupBlockers(input(), { minShared: 0 })).toThrow(/groupBlockers.*minShared/);
  });
});

describe('facets, search and the recurrence rule', () => {
  it('puts groups under their theme, sector and region', () => {
    const groups = groupBlockers(input());
    const byRegion = facetBlockerGroups(groups, 'regio');
    expect(byRegion.map((f) => f.key)).toEqual(['VR01', 'VR02']);
    expect(byRegion[1]!.groups.map((g) => g.id)).toEqual(['r1#1']);
    const bySector = facetBlockerGroups(groups, 'sector');
    expect(bySector.at(-1)).toMatchObject({ key: '' });
    expect(facetBlockerGroups(groups, 'thema').map((f) => f.key)).toContain('budget');
  });
  it('finds groups by words in any of their clauses, accents and case ignored', () => {
    const groups = groupBlockers(input());
    expect(searchBlockerGroups(groups, 'NOODSTROOM').map((g) => g.id)).toEqual(['r3#2']);
    expect(searchBlockerGroups(groups, 'actuéle LIAISON').map((g) => g.id)).toEqual(['r1#1']);
    expect(searchBlockerGroups(groups, 'budget oefening').map((g) => g.id)).toEqual(['r1#2']);
    expect(searchBlockerGroups(groups, '  ')).toHaveLength(groups.length);
  });
  it('counts a group as a gap from three reviews without a recommendation', () => {
    const groups = groupBlockers(input());
    expect(uncoveredRecurringGroups(groups).map((g) => g.id)).toEqual(['r1#1']);
    expect(uncoveredRecurringGroups(groups, 2).map((g) => g.id)).toEqual(['r1#1', 'r1#2']);
  });
});

describe('knelpunt zonder aanbeveling in computeGaps', () => {
  const network = (extra: Partial<NetworkData> = {}): NetworkData => ({
    ...emptyNetwork('2026-10-01'),
    ...input(),
    ...extra,
  });
  it('is a gap with its own explanation, and disappears once a recommendation addresses it', () => {
    const gaps = computeGaps(network(), { types: ['knelpunt-zonder-aanbeveling'] });
    expect(gaps).toHaveLength(1);
    const g = gaps[0]!;
    expect(g.id).toBe('gap:knelpunt-zonder-aanbeveling:r1#1');
    expect(g.explanation.nl).toMatch(
      /^Het knelpunt ‘Geen actuele contactgegevens van de liaison’ kwam terug in 3 voortgangsgesprekken \(coalities ‘Coalitie c1 \(fictief\)’, ‘Coalitie c2 \(fictief\)’ en ‘Coalitie c3 \(fictief\)’\), maar geen aanbeveling van het netwerk pakt het op/,
    );
    expect(g.explanation.en).toMatch(/no recommendation of the network takes it up/);
    expect(g).toMatchObject({
      openSince: '2025-01-10',
      regionCode: null,
      evidence: { coalitionIds: ['c1', 'c2', 'c3'] },
    });
    expect(g.factors.map((f) => f.key)).toEqual(['type', 'reviews', 'coalitions', 'age']);
    const after = computeGaps(
      network({ recommendations: [{ id: 'ab-1', stage: 'idee', reviewIds: ['r3'] }] }),
      {
        types: ['knelpunt-zonder-aanbeveling'],
      },
    );
    expect(after).toEqual([]);
  });
});
