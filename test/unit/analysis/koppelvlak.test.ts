import { describe, expect, it } from 'vitest';
import { analyzeNetwork } from '@/lib/analysis/analyze';
import { buildCollaborationGraph, buildPeopleGraph } from '@/lib/analysis/collaboration';
import { computeCoverage } from '@/lib/analysis/coverage';
import { AnalysisInputError } from '@/lib/analysis/errors';
import { expectedLinks } from '@/lib/analysis/expected';
import { computeGaps } from '@/lib/analysis/gaps';
import { smallNetwork } from '../../fixtures/small-network';

// Expected values worked out by hand from test/fixtures/small-network.ts (asOf 2024-06-30,
// contact window 365 days: contacts from 2023-07-01 count).

describe('buildCollaborationGraph', () => {
  const g = buildCollaborationGraph(smallNetwork());
  it('keeps every organisation, isolated or not, and makes 20 ties', () => {
    expect(g.order).toBe(8);
    expect(g.size).toBe(20); // 10 pairs in coalition co1, 9 new pairs at meeting m1, agreement a4
    expect(g.type).toBe('undirected');
    expect(g.multi).toBe(false);
  });
  it('weighs a tie by its evidence and keeps the evidence', () => {
    const tie = g.getEdgeAttributes('vr01', 'tennet');
    expect(tie.weight).toBe(10.5); // a1 3 + c1 2 + c2 3 + co1 2 + m1 0.5
    expect(tie.evidence.map((e) => `${e.type}:${e.id}`)).toEqual([
      'agreement:a1',
      'contact:c1',
      'contact:c2',
      'coalition:co1',
      'meeting:m1',
    ]);
    expect(tie.personIds).toEqual(['anna', 'els', 'jan', 'piet']);
    expect(tie.crossChain).toBe(true);
    expect(g.getNodeAttributes('tennet')).toMatchObject({
      name: 'TenneT',
      chain: 'functioneel',
      sectorId: 'energie',
      processIds: ['p-elek'],
    });
  });
  it('leaves out expired agreements, agreements in preparation and contacts outside the window', () => {
    expect(g.getEdgeAttribute('kpn', 'vr02', 'evidence').map((e) => e.id)).toEqual(['a4']); // c4 is from 2023-01-10
    expect(g.getEdgeAttribute('vr01', 'wbg', 'evidence').map((e) => e.id)).toEqual(['c3', 'co1']); // a2 expired
    expect(
      buildCollaborationGraph(smallNetwork(), { contactWindowDays: null })
        .getEdgeAttribute('kpn', 'vr02', 'evidence')
        .map((e) => e.id),
    ).toEqual(['a4', 'c4']);
  });
  it('builds the people graph with organisation and chain on each person', () => {
    const p = buildPeopleGraph(smallNetwork());
    expect(p.order).toBe(10);
    expect(p.getNodeAttributes('piet')).toMatchObject({ organisationId: 'tennet', chain: 'functioneel' });
    expect(p.hasEdge('kees', 'tom')).toBe(true); // contact c6 and meeting m1; co2 is inactive
    expect(p.getEdgeAttribute('kees', 'tom', 'evidence').map((e) => e.id)).toEqual(['c6', 'm1']);
  });
  it('refuses a network without a valid asOf', () => {
    expect(() => buildCollaborationGraph({ ...smallNetwork(), asOf: '30-06-2024' })).toThrow(
      AnalysisInputError,
    );
  });
});

describe('expectedLinks', () => {
  const links = expectedLinks(smallNetwork());
  const byId = Object.fromEntries(links.map((l) => [l.id, l]));
  it('has one link per koppelvlak pair and per VR–operator with a category-A process in its region', () => {
    expect(links.map((l) => l.id)).toEqual([
      'exp:kpn|pol',
      'exp:kpn|vr02',
      'exp:tennet|vr01',
      'exp:tennet|vr02',
      'exp:tennet|vr03',
      'exp:vr01|wbg',
    ]);
    expect(byId['exp:tennet|vr01']!.basis).toEqual(['koppelvlak', 'verzorgingsgebied']);
    expect(byId['exp:tennet|vr03']!.basis).toEqual(['verzorgingsgebied']);
  });
  it('takes the highest category and criticality and any confidentiality', () => {
    expect(byId['exp:kpn|pol']).toMatchObject({
      category: 'B',
      criticality: 'laag',
      confidential: true,
      regionCodes: ['VR01', 'VR02', 'VR03'],
      sectorIds: ['telecom'],
    });
    expect(byId['exp:tennet|vr02']).toMatchObject({
      category: 'A',
      criticality: 'hoog',
      regionCodes: ['VR02'],
      dependencyCount: 1,
      firstRecorded: null,
    });
  });
  it('is realised only with a signed current agreement and recent contact', () => {
    expect(links.filter((l) => l.realised).map((l) => l.id)).toEqual(['exp:tennet|vr01']);
    expect(byId['exp:kpn|vr02']).toMatchObject({
      realisedBy: { agreement: true, contact: false, coalition: false, meeting: false },
      reviewOverdueAgreementIds: ['a4'],
      lastContact: '2023-01-10',
    });
    expect(byId['exp:tennet|vr03']).toMatchObject({
      realised: false,
      realisedLoosely: true,
      realisedBy: { agreement: false, contact: false, meeting: true },
    });
    expect(byId['exp:vr01|wbg']).toMatchObject({
      agreementIds: [],
      expiredAgreementIds: ['a2'],
      contactIdsInWindow: ['c3'],
    });
    expect(byId['exp:tennet|vr02']!.pendingAgreementIds).toEqual(['a3']);
  });
  it('drops the served-region rule when asked', () => {
    expect(expectedLinks(smallNetwork(), { servedRegionCategories: [] }).map((l) => l.id)).toEqual([
      'exp:kpn|pol',
      'exp:kpn|vr02',
      'exp:tennet|vr01',
      'exp:vr01|wbg',
    ]);
  });
});

describe('computeCoverage', () => {
  const c = computeCoverage(smallNetwork());
  it('is realised / expected overall and per category', () => {
    expect(c.overall).toEqual({ expected: 6, realised: 1, coverage: 1 / 6 });
    expect(c.byCategory).toEqual({
      A: { expected: 4, realised: 1, coverage: 0.25 },
      B: { expected: 2, realised: 0, coverage: 0 },
    });
  });
  it('counts a link in every region and sector it touches, null where nothing is expected', () => {
    expect(c.byRegion).toEqual({
      VR01: { expected: 3, realised: 1, coverage: 1 / 3 },
      VR02: { expected: 3, realised: 0, coverage: 0 },
      VR03: { expected: 2, realised: 0, coverage: 0 },
    });
    expect(c.bySector.energie).toEqual({ expected: 3, realised: 1, coverage: 1 / 3 });
    expect(c.byRegionSector['VR01|energie']).toEqual({ expected: 1, realised: 1, coverage: 1 });
    expect(c.byRegionSector['VR02|telecom']).toEqual({ expected: 2, realised: 0, coverage: 0 });
    expect(c.byRegionSector['VR02|drinkwater']).toEqual({ expected: 0, realised: 0, coverage: null });
    expect(Object.keys(c.byRegionSector)).toHaveLength(9);
  });
});

describe('computeGaps', () => {
  const gaps = computeGaps(smallNetwork());
  it('finds every gap, ordered by priority, with stable ids', () => {
    expect(gaps.map((g) => `${g.priority} ${g.id}`)).toEqual([
      '78 gap:geen-afspraak:tennet|vr02',
      '78 gap:geen-afspraak:tennet|vr03',
      '76 gap:afspraak-verlopen:vr01|wbg',
      '68 gap:geen-recent-contact:tennet|vr03',
      '63 gap:enkel-persoon:tennet|vr02',
      '63 gap:enkel-persoon:tennet|vr03',
      '63 gap:enkel-persoon:vr01|wbg',
      '53 gap:sector-zonder-coalitie:telecom',
      '49 gap:afspraak-verlopen:kpn|pol',
      '46 gap:geen-recent-contact:kpn|vr02',
      '44 gap:regio-zonder-coalitie:VR03', // 40 + 2 × 2 expected links in VR03 (kpn|pol, tennet|vr03)
      '39 gap:afspraak-verlopen:kpn|vr02',
      '33 gap:enkel-persoon:kpn|pol',
      '28 gap:lid-zonder-activiteit:lot',
    ]);
    expect(computeGaps(smallNetwork()).map((g) => g.id)).toEqual(gaps.map((g) => g.id));
  });
  const get = (id: string) => gaps.find((g) => g.id === id)!;
  it('builds the priority from named factors and explains it in Dutch and English', () => {
    const g = get('gap:afspraak-verlopen:vr01|wbg');
    expect(g.factors.map((f) => [f.key, f.points])).toEqual([
      ['type', 30],
      ['category', 25],
      ['dependencies', 3],
      ['criticality', 15],
      ['age', 3],
    ]);
    expect(g.priorityLevel).toBe('hoog');
    expect(g.openSince).toBe('2023-12-31');
    expect(g.explanation.nl).toBe(
      'De samenwerkingsafspraak tussen Veiligheidsregio Groningen en Waterbedrijf Groningen is verlopen op 31 december 2023 en er is geen geldige afspraak voor in de plaats gekomen. ' +
        'Prioriteit hoog (76 van 100): vitaal proces van categorie A, 1 afhankelijkheid, kritikaliteit hoog en al 6 maanden open (sinds 31 december 2023).',
    );
    expect(g.explanation.en).toBe(
      'The collaboration agreement between Veiligheidsregio Groningen and Waterbedrijf Groningen expired on 31 December 2023 and no valid agreement has replaced it. ' +
        'High priority (76 of 100): category A vital process, 1 dependency, high criticality and open for 6 months (since 31 December 2023).',
    );
    expect(g.evidence).toMatchObject({
      expectedLinkId: 'exp:vr01|wbg',
      koppelvlakIds: ['k4'],
      expiredAgreementIds: ['a2'],
      coalitionIds: ['co1'],
      contactIds: ['c3'],
    });
  });
  it('dates an overdue review and a lost contact from the data', () => {
    expect(get('gap:afspraak-verlopen:kpn|vr02')).toMatchObject({
      openSince: '2024-01-01',
      priorityLevel: 'laag',
    });
    expect(get('gap:afspraak-verlopen:kpn|vr02').explanation.nl).toMatch(
      /^De samenwerkingsafspraak tussen KPN en Veiligheidsregio Fryslân had op 1 januari 2024 herzien moeten worden\./,
    );
    expect(get('gap:geen-recent-contact:kpn|vr02')).toMatchObject({
      openSince: '2024-01-11',
      regionCode: 'VR02',
      sectorId: 'telecom',
      category: 'B',
    });
    expect(get('gap:geen-recent-contact:tennet|vr03').explanation.nl).toMatch(
      /^Er is geen contact tussen TenneT en Veiligheidsregio Drenthe vastgelegd\./,
    );
  });
  it('names the people a tie hangs on', () => {
    expect(get('gap:enkel-persoon:vr01|wbg').personIds).toEqual(['wim']);
    expect(get('gap:enkel-persoon:vr01|wbg').explanation.nl).toMatch(
      /hangt aan één persoon: Wim Smit \(Waterbedrijf Groningen\)\./,
    );
    expect(get('gap:enkel-persoon:kpn|pol').personIds).toEqual(['kees', 'tom']);
    expect(get('gap:enkel-persoon:kpn|pol').confidential).toBe(true);
  });
  it('finds sectors, regions and members that take part nowhere', () => {
    expect(get('gap:sector-zonder-coalitie:telecom')).toMatchObject({
      organisationIds: ['kpn'],
      processIds: ['p-tel'],
      category: 'B',
    });
    expect(get('gap:sector-zonder-coalitie:telecom').explanation.nl).toMatch(
      /^De enige vitale aanbieder in de sector Telecom neemt aan geen actieve coalitie deel\./,
    );
    expect(get('gap:regio-zonder-coalitie:VR03')).toMatchObject({
      organisationIds: ['vr03'],
      regionCode: 'VR03',
      category: 'A',
    });
    expect(get('gap:lid-zonder-activiteit:lot')).toMatchObject({
      personIds: ['lot'],
      organisationIds: ['nctv'],
      openSince: '2022-02-01',
    });
    expect(get('gap:lid-zonder-activiteit:lot').explanation.nl).toMatch(
      /^Lot Bos \(NCTV\) is lid van de coalitie ‘Stroomuitval Noord’, maar was in de afgelopen 365 dagen bij geen netwerkbijeenkomst en had geen vastgelegd contact\./,
    );
  });
  it('closes a gap when the fact arrives', () => {
    const n = smallNetwork();
    n.contacts.push({
      id: 'c7',
      orgAId: 'kpn',
      orgBId: 'vr02',
      date: '2024-06-01',
      kind: 'overleg',
      strength: 1,
      personIds: ['kees'],
      note: '',
    });
    expect(computeGaps(n).some((g) => g.id === 'gap:geen-recent-contact:kpn|vr02')).toBe(false);
  });
  it('filters kinds and refuses unknown ones', () => {
    expect(computeGaps(smallNetwork(), { types: ['regio-zonder-coalitie'] }).map((g) => g.id)).toEqual([
      'gap:regio-zonder-coalitie:VR03',
    ]);
    // @ts-expect-error a kind that does not exist
    expect(() => computeGaps(smallNetwork(), { types: ['geen-idee'] })).toThrow(
      /computeGaps: expected types from/,
    );
  });
});

describe('analyzeNetwork', () => {
  const r = analyzeNetwork(smallNetwork());
  it('reports cross-chain density and E-I index of the chains', () => {
    expect(r.crossChain).toEqual({ algemeen: 4, functioneel: 3, ties: 10, possible: 12, density: 10 / 12 });
    expect(r.counts.crossChainTies).toBe(10);
    expect(r.counts.expectedLinks).toBe(6);
    expect(r.counts.realisedLinks).toBe(1);
    expect(r.gaps).toHaveLength(14);
    expect(r.coverage.overall.coverage).toBeCloseTo(1 / 6, 12);
  });
  it('names brokers and single points of failure of the collaboration graph', () => {
    expect(r.topBrokers.length).toBeGreaterThan(0);
    expect(r.topBrokers[0]!.betweenness).toBeGreaterThanOrEqual(r.topBrokers.at(-1)!.betweenness);
    expect(r.organisations.tennet!.brokerage.total).toBeGreaterThan(0);
    expect(r.singlePointsOfFailure.articulationPoints).toEqual([]); // every organisation has two or more ties
    expect(r.eiIndex.byChain.algemeen!.size).toBe(4);
  });
  it('is plain data that survives JSON', () => {
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    expect(r.conventions.betweenness).toMatch(/networkx/);
  });
  it('gives the same result on every run', () => {
    expect(analyzeNetwork(smallNetwork())).toEqual(r);
  });
});

describe('analyzeNetwork at demo size', { timeout: 30_000 }, () => {
  // The 1-second budget itself is measured by `npm run bench` (a timed unit test would be flaky on a
  // busy machine); this guard only catches a blow-up, e.g. an accidental quadratic loop.
  it('handles ~160 organisations, ~600 people and 2000 contacts without blowing up', async () => {
    const { demoNetwork } = await import('../../fixtures/demo-network');
    const network = demoNetwork();
    expect(network.organisations).toHaveLength(160);
    expect(network.contacts).toHaveLength(2000);
    let ms = Infinity;
    let r = analyzeNetwork(network);
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      r = analyzeNetwork(network);
      ms = Math.min(ms, performance.now() - start);
    }
    expect(r.counts.expectedLinks).toBeGreaterThan(100);
    expect(r.gaps.length).toBeGreaterThan(0);
    expect(ms).toBeLessThan(3000);
  });
});
