import type { AnalysisResult, Gap } from '../analysis';
import type { NetworkData } from '../domain/network';

/** The figures at the top of the overview and in every snapshot. Aggregate numbers only. */
export interface HeadlineMetrics {
  asOf: string;
  /** Ties between algemene and functionele keten / possible pairs; null without both chains. */
  crossChainDensity: number | null;
  /** Koppelvlak coverage (realised / expected), overall and for category A processes. */
  coverage: { all: number | null; A: number | null };
  /** E-I index of the algemene keten: +1 all its ties go outside the chain, −1 all stay inside. */
  eiAlgemeen: number | null;
  openGapsByPriority: Record<Gap['priorityLevel'], number>;
  activeCoalitions: number;
  /** Signed agreements whose expiry date falls in the 90 days after asOf. */
  agreementsExpiring90d: number;
}

export type HeadlineInput = Pick<
  AnalysisResult,
  'asOf' | 'crossChain' | 'coverage' | 'eiIndex' | 'counts'
> & {
  gaps?: readonly Pick<Gap, 'id' | 'priorityLevel'>[];
};

export const HEADLINE_KEYS = [
  'crossChainDensity',
  'coverageAll',
  'coverageA',
  'eiAlgemeen',
  'openGapsHoog',
  'openGapsMiddel',
  'openGapsLaag',
  'activeCoalitions',
  'agreementsExpiring90d',
] as const;
export type HeadlineKey = (typeof HEADLINE_KEYS)[number];

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * Headline figures from an analysis of `network`. Gaps the project team closed (opgelost,
 * niet-van-toepassing) are not counted as open when `closedGapIds` is given.
 */
export function computeHeadline(
  analysis: HeadlineInput,
  network: Pick<NetworkData, 'agreements' | 'coalitions'>,
  closedGapIds: ReadonlySet<string> = new Set(),
): HeadlineMetrics {
  const asOf = analysis.asOf;
  const open = { hoog: 0, middel: 0, laag: 0 };
  if (analysis.gaps) {
    for (const g of analysis.gaps) if (!closedGapIds.has(g.id)) open[g.priorityLevel]++;
  } else Object.assign(open, analysis.counts.gapsByLevel);
  const horizon = addDays(asOf, 90);
  const expiring = network.agreements.filter(
    (a) => a.status === 'getekend' && a.expiresAt !== null && a.expiresAt > asOf && a.expiresAt <= horizon,
  ).length;
  return {
    asOf,
    crossChainDensity: analysis.crossChain.density,
    coverage: { all: analysis.coverage.overall.coverage, A: analysis.coverage.byCategory.A.coverage },
    eiAlgemeen: analysis.eiIndex.byChain.algemeen?.index ?? null,
    openGapsByPriority: open,
    activeCoalitions: analysis.counts.activeCoalitions,
    agreementsExpiring90d: expiring,
  };
}

/** The headline as flat key → value, for tables, deltas and trend lines. */
export function flattenHeadline(h: HeadlineMetrics): Record<HeadlineKey, number | null> {
  return {
    crossChainDensity: h.crossChainDensity,
    coverageAll: h.coverage.all,
    coverageA: h.coverage.A,
    eiAlgemeen: h.eiAlgemeen,
    openGapsHoog: h.openGapsByPriority.hoog,
    openGapsMiddel: h.openGapsByPriority.middel,
    openGapsLaag: h.openGapsByPriority.laag,
    activeCoalitions: h.activeCoalitions,
    agreementsExpiring90d: h.agreementsExpiring90d,
  };
}

export interface HeadlineDelta {
  key: HeadlineKey;
  value: number | null;
  previous: number | null;
  change: number | null;
  direction: 'up' | 'down' | 'same' | 'unknown';
  /** Is the change good news? More gaps or expiring agreements is bad; more coverage is good. */
  good: boolean | null;
}

const LOWER_IS_BETTER: ReadonlySet<HeadlineKey> = new Set([
  'openGapsHoog',
  'openGapsMiddel',
  'openGapsLaag',
  'agreementsExpiring90d',
]);

export function headlineDeltas(now: HeadlineMetrics, before: HeadlineMetrics | null): HeadlineDelta[] {
  const a = flattenHeadline(now);
  const b = before ? flattenHeadline(before) : null;
  return HEADLINE_KEYS.map((key) => {
    const value = a[key];
    const previous = b ? b[key] : null;
    if (value === null || previous === null)
      return { key, value, previous, change: null, direction: 'unknown', good: null };
    const change = value - previous;
    const eps = 1e-9;
    const direction = change > eps ? 'up' : change < -eps ? 'down' : 'same';
    const good = direction === 'same' ? null : (direction === 'up') !== LOWER_IS_BETTER.has(key);
    return { key, value, previous, change, direction, good };
  });
}
