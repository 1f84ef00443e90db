import { describe, expect, it } from 'vitest';
import { analyzeNetwork } from '@/lib/analysis/analyze';
import { buildCollaborationGraph } from '@/lib/analysis/collaboration';
import { diffSnapshots, snapshotOf } from '@/lib/analysis/diff';
import { AnalysisInputError } from '@/lib/analysis/errors';
import { computeGaps } from '@/lib/analysis/gaps';
import { suggestIntroductions } from '@/lib/analysis/suggestions';
import { vulnerability } from '@/lib/analysis/vulnerability';
import { smallNetwork } from '../../fixtures/small-network';

// Hand-worked on test/fixtures/small-network.ts. Cross-chain pairs without a tie: pol–wbg and
// vr03–wbg; both share TenneT and Veiligheidsregio Groningen (degree 7 each) as neighbours.

describe('suggestIntroductions', () => {
  it('scores the untied cross-chain pairs by Adamic–Adar and resource allocation', () => {
    const network = smallNetwork();
    const s = suggestIntroductions(buildCollaborationGraph(network), network);
    expect(s.map((x) => x.id)).toEqual(['sug:pol|wbg', 'sug:vr03|wbg']);
    expect(s[0]!.adamicAdar).toBeCloseTo(2 / Math.log(7), 12);
    expect(s[0]!.resourceAllocation).toBeCloseTo(2 / 7, 12);
    expect(s[0]!.commonNeighbours).toEqual(['vr01', 'tennet']); // 0.5 + 3 beats 0.5 + 2
    expect(s[0]!.introducer).toEqual({ id: 'vr01', name: 'Veiligheidsregio Groningen', weight: 3.5 });
    expect(s[0]!.explanation.nl).toBe(
      'Politie Noord-Nederland en Waterbedrijf Groningen werken nog niet samen, maar hebben 2 gemeenschappelijke partners (Veiligheidsregio Groningen en TenneT). Veiligheidsregio Groningen kan hen met elkaar in contact brengen.',
    );
  });
  it('puts an expected link without a tie first, even without shared partners', () => {
    const network = smallNetwork();
    network.meetings = []; // vr03 loses its only ties
    const s = suggestIntroductions(buildCollaborationGraph(network), network);
    expect(s[0]).toMatchObject({
      id: 'sug:tennet|vr03',
      expectedLinkId: 'exp:tennet|vr03',
      category: 'A',
      introducer: null,
      adamicAdar: 0,
    });
    expect(s[0]!.explanation.nl).toBe(
      'Veiligheidsregio Drenthe en TenneT werken nog niet samen en hebben geen gemeenschappelijke partners. De koppeling wordt verwacht (vitaal proces van categorie A).',
    );
  });
  it('refuses a chain pair that is not two different chains', () => {
    const network = smallNetwork();
    expect(() =>
      suggestIntroductions(buildCollaborationGraph(network), network, { chains: ['algemeen', 'algemeen'] }),
    ).toThrow(AnalysisInputError);
  });
});

describe('vulnerability', () => {
  const network = smallNetwork();
  const graph = buildCollaborationGraph(network);
  it('reports what an organisation takes with it', () => {
    const r = vulnerability(graph, network, 'tennet');
    expect(r.subject).toEqual({
      kind: 'organisation',
      id: 'tennet',
      name: 'TenneT',
      organisationId: 'tennet',
    });
    expect(r.tiesLost).toHaveLength(7);
    expect(r.tiesLost.filter((t) => t.crossChain)).toHaveLength(4);
    expect(r.before).toEqual({
      ties: 20,
      crossChainTies: 10,
      crossChainReach: 12,
      components: 1,
      largestComponent: 8,
    });
    expect(r.after).toEqual({
      ties: 13,
      crossChainTies: 6,
      crossChainReach: 8,
      components: 1,
      largestComponent: 7,
    });
    expect(r.realisedLinksLost).toEqual(['exp:tennet|vr01']);
    expect(r.coverage.after).toEqual({ expected: 6, realised: 0, coverage: 0 });
    expect(r.explanation.nl).toBe(
      'Zonder TenneT verdwijnen 7 samenwerkingsrelaties, waarvan 4 tussen de algemene en de functionele keten; 4 paren uit beide ketens kunnen elkaar dan niet meer bereiken. De dekking van verwachte koppelingen gaat van 17% naar 0%.',
    );
  });
  it('reports the ties that hang on a person', () => {
    const r = vulnerability(graph, network, 'wim');
    expect(r.subject.kind).toBe('person');
    expect(r.tiesLost.map((t) => `${t.source}|${t.target}`)).toEqual(['nctv|wbg', 'tennet|wbg', 'vr02|wbg']);
    expect(r.tiesWeakened).toEqual([
      { source: 'vr01', target: 'wbg', weightBefore: 3, weightAfter: 1, crossChain: true },
    ]);
    expect(r.realisedLinksLost).toEqual([]);
  });
  it('refuses an unknown id', () => {
    expect(() => vulnerability(graph, network, 'niemand')).toThrow(
      /vulnerability: expected an organisation id of the graph or a person id/,
    );
  });
});

describe('diffSnapshots', () => {
  const before = analyzeNetwork(smallNetwork());
  const later = smallNetwork();
  later.asOf = '2024-07-01';
  later.contacts.push({
    id: 'c7',
    orgAId: 'kpn',
    orgBId: 'vr02',
    date: '2024-06-15',
    kind: 'overleg',
    strength: 1,
    personIds: ['kees', 'sara'],
    note: '',
  });
  const after = analyzeNetwork(later);
  it('finds gaps closed and opened and ties strengthened', () => {
    const d = diffSnapshots(before, after);
    expect([d.from, d.to]).toEqual(['2024-06-30', '2024-07-01']);
    expect(d.gapsClosed.map((g) => g.id)).toEqual(['gap:geen-recent-contact:kpn|vr02']);
    expect(d.gapsOpened.map((g) => g.id)).toEqual(['gap:enkel-persoon:kpn|vr02']);
    expect(d.tiesGained).toEqual([]);
    expect(d.tiesChanged).toEqual([
      { source: 'kpn', target: 'vr02', weightBefore: 3, weightAfter: 4, crossChain: true },
    ]);
    expect(d.metrics.realisedLinks).toEqual({ before: 1, after: 2, delta: 1 });
    expect(d.metrics.coverage!.delta).toBeCloseTo(1 / 6, 12);
  });
  it('works on a graph and its gap list too', () => {
    const network = smallNetwork();
    const g1 = buildCollaborationGraph(network);
    network.meetings = [];
    const g2 = buildCollaborationGraph(network);
    const d = diffSnapshots(
      snapshotOf(g1, computeGaps(smallNetwork())),
      snapshotOf(g2, computeGaps(network)),
    );
    expect(d.tiesLost.map((t) => `${t.source}|${t.target}`)).toEqual(
      [
        'kpn|pol',
        'kpn|tennet',
        'kpn|vr01',
        'kpn|vr03',
        'pol|tennet',
        'pol|vr01',
        'pol|vr03',
        'tennet|vr03',
        'vr01|vr03',
      ].filter((k) => k !== 'kpn|pol'),
    );
    expect(d.metrics.ties).toEqual({ before: 20, after: 12, delta: -8 });
  });
});
