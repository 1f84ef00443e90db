import { describe, expect, it } from 'vitest';
import { analyzeNetwork } from '../../../lib/analysis';
import { introducerFinder } from '../../../lib/report/introducer';
import { buildMatrix } from '../../../lib/report/matrix';
import { smallNetwork } from '../../fixtures/small-network';

describe('buildMatrix', () => {
  const network = smallNetwork();
  const analysis = analyzeNetwork(network);

  it('has every region, only sectors with expected links, and the coverage cells of the analysis', () => {
    const m = buildMatrix(analysis.coverage, network.regions, network.sectors);
    expect(m.regions.map((r) => r.code)).toEqual([...network.regions.map((r) => r.code)].sort());
    for (const s of m.sectors) expect(analysis.coverage.bySector[s.id]!.expected).toBeGreaterThan(0);
    expect(m.cells).toHaveLength(m.regions.length * m.sectors.length);
    for (const c of m.cells) {
      const a = analysis.coverage.byRegionSector[`${c.regionCode}|${c.sectorId}`]!;
      expect(c.expected).toBe(a.expected);
      expect(c.coverage).toBe(a.expected > 0 ? a.coverage : null);
    }
  });
});

describe('introducerFinder', () => {
  const people = [
    {
      id: 'p1',
      name: 'Anna Voorbeeldstra',
      role: 'adviseur',
      level: 'tactisch' as const,
      organisationId: 'c',
      email: null,
    },
    {
      id: 'p2',
      name: 'Bert Proefmans',
      role: 'directeur',
      level: 'strategisch' as const,
      organisationId: 'c',
      email: null,
    },
    {
      id: 'p3',
      name: 'Carla Testveld',
      role: 'adviseur',
      level: 'tactisch' as const,
      organisationId: 'd',
      email: null,
    },
  ];
  const orgs = ['a', 'b', 'c', 'd'].map((id) => ({ id, name: `Org ${id}` })) as never;
  const ties = [
    {
      source: 'a',
      target: 'c',
      weight: 3,
      crossChain: true,
      evidence: { agreement: 1, contact: 0, coalition: 0, meeting: 0 },
    },
    {
      source: 'c',
      target: 'b',
      weight: 2,
      crossChain: true,
      evidence: { agreement: 0, contact: 2, coalition: 0, meeting: 0 },
    },
    {
      source: 'a',
      target: 'd',
      weight: 1,
      crossChain: true,
      evidence: { agreement: 0, contact: 1, coalition: 0, meeting: 0 },
    },
    {
      source: 'd',
      target: 'b',
      weight: 1,
      crossChain: true,
      evidence: { agreement: 0, contact: 1, coalition: 0, meeting: 0 },
    },
  ];

  it('picks the shared partner with the strongest weakest tie, and its most senior person', () => {
    const find = introducerFinder({ ties }, { people, organisations: orgs });
    expect(find('a', 'b')).toMatchObject({ organisationId: 'c', personId: 'p2', strength: 2 });
    expect(find('a', 'x')).toBeNull();
  });

  it('prefers the introducing organisation suggested by lib/analysis', () => {
    const find = introducerFinder(
      { ties },
      { people, organisations: orgs },
      new Map([['a|b', { id: 'd', weight: 2 }]]),
    );
    expect(find('b', 'a')).toMatchObject({ organisationId: 'd', personId: 'p3' });
  });
});
