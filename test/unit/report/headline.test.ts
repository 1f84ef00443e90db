import { describe, expect, it } from 'vitest';
import { analyzeNetwork } from '../../../lib/analysis';
import { networkAsOf } from '../../../lib/report/asof';
import { computeHeadline, headlineDeltas, type HeadlineMetrics } from '../../../lib/report/headline';
import { smallNetwork } from '../../fixtures/small-network';

describe('computeHeadline', () => {
  const network = smallNetwork();
  const analysis = analyzeNetwork(network);

  it('takes density, coverage, E-I and coalitions from the analysis', () => {
    const h = computeHeadline(analysis, network);
    expect(h.asOf).toBe(network.asOf);
    expect(h.crossChainDensity).toBe(analysis.crossChain.density);
    expect(h.coverage).toEqual({
      all: analysis.coverage.overall.coverage,
      A: analysis.coverage.byCategory.A.coverage,
    });
    expect(h.eiAlgemeen).toBe(analysis.eiIndex.byChain.algemeen?.index ?? null);
    expect(h.activeCoalitions).toBe(network.coalitions.filter((c) => c.active).length);
    expect(h.openGapsByPriority).toEqual(analysis.counts.gapsByLevel);
  });

  it('does not count gaps the project team closed', () => {
    const closed = analysis.gaps.filter((g) => g.priorityLevel === 'hoog').slice(0, 1);
    expect(closed).toHaveLength(1);
    const h = computeHeadline(analysis, network, new Set(closed.map((g) => g.id)));
    expect(h.openGapsByPriority.hoog).toBe(analysis.counts.gapsByLevel.hoog - 1);
  });

  it('counts signed agreements expiring in the 90 days after asOf, not before or later', () => {
    const base = network.agreements[0]!;
    const mk = (id: string, expiresAt: string, status: 'getekend' | 'verlopen' = 'getekend') => ({
      ...base,
      id,
      status,
      expiresAt,
    });
    const n = {
      ...network,
      agreements: [
        mk('a1', '2024-07-01'),
        mk('a2', '2024-09-28'),
        mk('a3', '2024-09-29'),
        mk('a4', '2024-06-30'),
        mk('a5', '2024-08-01', 'verlopen'),
      ],
    };
    expect(computeHeadline(analysis, n).agreementsExpiring90d).toBe(2);
  });
});

describe('headlineDeltas', () => {
  const h = (over: Partial<HeadlineMetrics>): HeadlineMetrics => ({
    asOf: '2026-01-01',
    crossChainDensity: 0.2,
    coverage: { all: 0.5, A: 0.4 },
    eiAlgemeen: 0.1,
    openGapsByPriority: { hoog: 10, middel: 5, laag: 1 },
    activeCoalitions: 3,
    agreementsExpiring90d: 2,
    ...over,
  });

  it('says up/down and whether that is good news', () => {
    const d = headlineDeltas(
      h({ coverage: { all: 0.6, A: 0.4 }, openGapsByPriority: { hoog: 12, middel: 5, laag: 0 } }),
      h({}),
    );
    const by = Object.fromEntries(d.map((x) => [x.key, x]));
    expect(by.coverageAll).toMatchObject({ direction: 'up', good: true });
    expect(by.coverageAll!.change).toBeCloseTo(0.1);
    expect(by.coverageA).toMatchObject({ direction: 'same', good: null, change: 0 });
    expect(by.openGapsHoog).toMatchObject({ direction: 'up', good: false, change: 2 });
    expect(by.openGapsLaag).toMatchObject({ direction: 'down', good: true });
  });

  it('has no change without a previous snapshot or with a missing value', () => {
    expect(headlineDeltas(h({}), null).every((d) => d.direction === 'unknown' && d.change === null)).toBe(
      true,
    );
    const d = headlineDeltas(h({ crossChainDensity: null }), h({}));
    expect(d.find((x) => x.key === 'crossChainDensity')?.direction).toBe('unknown');
  });
});

describe('networkAsOf', () => {
  it('drops facts after the date and restores agreements that expired later', () => {
    const n = smallNetwork();
    const asOf = '2023-06-30';
    const past = networkAsOf(n, asOf);
    expect(past.asOf).toBe(asOf);
    expect(past.contacts.every((c) => c.date <= asOf)).toBe(true);
    expect(past.koppelvlakken.every((k) => k.date <= asOf)).toBe(true);
    expect(past.agreements.every((a) => a.signedAt === null || a.signedAt <= asOf)).toBe(true);
    for (const a of past.agreements)
      if (a.expiresAt && a.expiresAt >= asOf && a.signedAt) expect(a.status).not.toBe('verlopen');
    expect(past.organisations).toEqual(n.organisations);
    expect(() => analyzeNetwork(past)).not.toThrow();
  });
});
