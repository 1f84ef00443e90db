import { describe, expect, it } from 'vitest';
import { AnalysisInputError } from '../../../lib/analysis/errors';
import { expectedLinks } from '../../../lib/analysis/expected';
import { computeGaps } from '../../../lib/analysis/gaps';
import { computeScenario, missingPairs, type ScenarioInput } from '../../../lib/analysis/scenario';
import { scenarioReach, standardScenarios } from '../../../lib/analysis/scenario-reach';
import type { NetworkData } from '../../../lib/domain';
import { smallNetwork } from '../../fixtures/small-network';

// The small network (test/fixtures/small-network.ts) with two dependencies: telecom depends on
// electricity (felt after 2 hours), drinking water on electricity (after 240 hours).
function network(): NetworkData {
  const n = smallNetwork();
  n.processDependencies = [
    { fromId: 'p-tel', toId: 'p-elek', kind: 'elektriciteit', hours: 2, basis: '', source: 'test' },
    { fromId: 'p-water', toId: 'p-elek', kind: 'elektriciteit', hours: 240, basis: '', source: 'test' },
  ];
  return n;
}
const context = () => {
  const n = network();
  const links = expectedLinks(n);
  return { network: n, links, gaps: computeGaps(n, { links }) };
};
const elecInVr01 = (maxHours: number | null): ScenarioInput => ({
  failure: { kind: 'process', processIds: ['p-elek'], regionCodes: ['VR01'] },
  maxHours,
});

describe('computeScenario', () => {
  it('maps the cascade onto the operators in the region plus its VR and police unit', () => {
    const r = computeScenario(context(), elecInVr01(null));
    expect(r.cascade.reached.map((s) => [s.processId, s.step, s.hours])).toEqual([
      ['p-elek', 0, 0],
      ['p-tel', 1, 2],
      ['p-water', 1, 240],
    ]);
    // vr02, vr03 (other regions) and the NCTV (runs nothing) stay out.
    expect(r.organisations.map((o) => [o.id, o.role, o.step, o.hours])).toEqual([
      ['tennet', 'uitval', 0, 0],
      ['kpn', 'keten', 1, 2],
      ['wbg', 'keten', 1, 240],
      ['pol', 'hulpdienst', null, null],
      ['vr01', 'hulpdienst', null, null],
    ]);
  });

  it('lists the expected links among them, the gap engine’s gaps, agreements, single persons, coalitions', () => {
    const ctx = context();
    const r = computeScenario(ctx, elecInVr01(null));
    expect(r.expectedLinks.map((l) => [l.id, l.realised])).toEqual([
      ['exp:kpn|pol', false],
      ['exp:tennet|vr01', true],
      ['exp:vr01|wbg', false],
    ]);
    expect(r.gaps.map((g) => g.id)).toEqual([
      'gap:afspraak-verlopen:vr01|wbg',
      'gap:enkel-persoon:vr01|wbg',
      'gap:afspraak-verlopen:kpn|pol',
      'gap:enkel-persoon:kpn|pol',
    ]);
    // The same objects as the gap engine's: explanation and priority are its own.
    const engine = new Map(ctx.gaps.map((g) => [g.id, g]));
    for (const g of r.gaps) expect(g).toBe(engine.get(g.id));
    expect(r.agreements.map((a) => [a.id, a.current, a.expiresAt])).toEqual([
      ['a5', false, '2022-12-31'],
      ['a2', false, '2023-12-31'],
      ['a1', true, null],
    ]);
    expect(r.singlePersons.map((p) => p.personId)).toEqual(['kees', 'tom', 'wim']);
    expect(r.coalitions.map((c) => [c.id, c.organisationIds])).toEqual([
      ['co1', ['tennet', 'vr01', 'wbg']],
      ['co2', ['kpn', 'pol']],
    ]);
    expect(r.figures).toMatchObject({ organisations: 5, expected: 3, realised: 1, gaps: 4, ties: 8 });
    expect(r.figures.coverage).toBeCloseTo(1 / 3, 10);
    expect(r.figures.density).toBeCloseTo(8 / 10, 10);
    expect([...missingPairs(r)].sort()).toEqual(['kpn|pol', 'vr01|wbg']);
  });

  it('leaves out what is felt only after the duration', () => {
    const r = computeScenario(context(), elecInVr01(24));
    expect(r.cascade.reached.map((s) => s.processId)).toEqual(['p-elek', 'p-tel']);
    expect(r.cascade.later.map((s) => s.processId)).toEqual(['p-water']);
    expect(r.organisations.map((o) => o.id)).toEqual(['tennet', 'kpn', 'pol', 'vr01']);
    expect(r.gaps.map((g) => g.id)).toEqual(['gap:afspraak-verlopen:kpn|pol', 'gap:enkel-persoon:kpn|pol']);
  });

  it('fails one operator in the regions it serves; others running the same process keep running', () => {
    const n = network();
    n.organisations.push({
      id: 'odido',
      name: 'Odido',
      kind: 'vitale-aanbieder',
      chain: 'functioneel',
      sectorId: 'telecom',
      regionCodes: ['VR02'],
      processIds: ['p-tel'],
      description: '',
    });
    const r = computeScenario(
      { network: n },
      { failure: { kind: 'operator', organisationId: 'kpn' }, maxHours: null },
    );
    expect(r.regionCodes).toEqual(['VR01', 'VR02', 'VR03']);
    expect(r.organisations.map((o) => [o.id, o.role])).toEqual([
      ['kpn', 'uitval'],
      ['pol', 'hulpdienst'],
      ['vr03', 'hulpdienst'],
      ['vr02', 'hulpdienst'],
      ['vr01', 'hulpdienst'],
    ]);
  });

  it('refuses an unknown process, region or operator', () => {
    const ctx = context();
    const bad = (failure: Parameters<typeof computeScenario>[1]['failure']) => () =>
      computeScenario(ctx, { failure, maxHours: null });
    expect(bad({ kind: 'process', processIds: ['p-kern'], regionCodes: [] })).toThrow(AnalysisInputError);
    expect(bad({ kind: 'process', processIds: ['p-elek'], regionCodes: ['VR99'] })).toThrow(/region code/);
    expect(bad({ kind: 'operator', organisationId: 'vr01' })).toThrow(/runs a vital process/);
    expect(bad({ kind: 'process', processIds: [], regionCodes: [] })).toThrow(/failing process/);
  });

  it('does not hang on a dependency cycle', () => {
    const ctx = context();
    ctx.network.processDependencies!.push({
      fromId: 'p-elek',
      toId: 'p-tel',
      kind: 'telecom',
      hours: 1,
      basis: '',
      source: 'test',
    });
    const r = computeScenario(ctx, elecInVr01(null));
    expect(r.cascade.cycles).toEqual([['p-elek', 'p-tel']]);
    expect(r.cascade.reached).toHaveLength(3);
  });
});

describe('scenarioReach', () => {
  it('counts the standard scenarios (category A × region) a gap lies on', () => {
    const ctx = context();
    expect(standardScenarios(ctx.network)).toHaveLength(6); // p-elek, p-water × VR01–VR03
    const reach = scenarioReach(ctx.network, ctx.gaps);
    expect(reach.scenarios).toBe(6);
    // kpn–pol: every region when electricity fails (kpn runs telecom, pol serves all three), never for water.
    expect(reach.byGap.get('gap:afspraak-verlopen:kpn|pol')).toBe(3);
    // vr01–wbg: electricity in VR01 and water in VR01.
    expect(reach.byGap.get('gap:afspraak-verlopen:vr01|wbg')).toBe(2);
    expect(reach.byGap.get('gap:geen-afspraak:tennet|vr02')).toBe(1);
  });

  it('equals counting the gaps of every standard scenario one by one', () => {
    const ctx = context();
    const reach = scenarioReach(ctx.network, ctx.gaps);
    const counted = new Map<string, number>();
    for (const s of standardScenarios(ctx.network)) {
      const r = computeScenario(ctx, {
        failure: { kind: 'process', processIds: [s.processId], regionCodes: [s.regionCode] },
        maxHours: null,
      });
      for (const g of r.gaps) counted.set(g.id, (counted.get(g.id) ?? 0) + 1);
    }
    const nonZero = new Map([...reach.byGap].filter(([, v]) => v > 0));
    expect(nonZero).toEqual(counted);
  });
});
