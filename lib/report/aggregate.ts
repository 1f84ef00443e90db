import type { AnalysisResult, Gap } from '../analysis';
import type { NetworkData } from '../domain/network';

// Reducing an analysis to numbers only: what the public and steering bodies may see. Pure.

/** The parts of an analysis that are numbers only: safe for the public and steering bodies. */
export interface AggregateAnalysis {
  asOf: string;
  conventions: AnalysisResult['conventions'];
  counts: AnalysisResult['counts'];
  network: AnalysisResult['network'];
  crossChain: AnalysisResult['crossChain'];
  eiIndex: AnalysisResult['eiIndex'];
  coverage: AnalysisResult['coverage'];
  communities: Pick<AnalysisResult['communities'], 'count' | 'modularity'>;
  /** Computed gaps per region code / sector id and priority level. */
  gapsByRegion: Record<string, Record<Gap['priorityLevel'], number>>;
  gapsBySector: Record<string, Record<Gap['priorityLevel'], number>>;
  /** Progress reviews per quarter ('2026-Q3'): coalition activity over time. */
  reviewsPerQuarter: Array<{ quarter: string; reviews: number; coalitions: number }>;
  regions: Array<{ code: string; name: string }>;
  sectors: Array<{ id: string; name: string }>;
}

function levelTally(): Record<Gap['priorityLevel'], number> {
  return { hoog: 0, middel: 0, laag: 0 };
}

export function quarterOf(iso: string): string {
  const m = Number(iso.slice(5, 7));
  return `${iso.slice(0, 4)}-Q${Math.floor((m - 1) / 3) + 1}`;
}

/** Reduces an analysis to numbers. Pure. */
export function toAggregate(analysis: AnalysisResult, network: NetworkData): AggregateAnalysis {
  const gapsByRegion: AggregateAnalysis['gapsByRegion'] = {};
  const gapsBySector: AggregateAnalysis['gapsBySector'] = {};
  for (const g of analysis.gaps) {
    if (g.regionCode) (gapsByRegion[g.regionCode] ??= levelTally())[g.priorityLevel]++;
    if (g.sectorId) (gapsBySector[g.sectorId] ??= levelTally())[g.priorityLevel]++;
  }
  const quarters = new Map<string, { reviews: number; coalitions: Set<string> }>();
  for (const r of network.reviews) {
    if (r.date > network.asOf) continue;
    const q = quarterOf(r.date);
    const e = quarters.get(q) ?? { reviews: 0, coalitions: new Set<string>() };
    e.reviews++;
    e.coalitions.add(r.coalitionId);
    quarters.set(q, e);
  }
  return {
    asOf: analysis.asOf,
    conventions: analysis.conventions,
    counts: analysis.counts,
    network: analysis.network,
    crossChain: analysis.crossChain,
    eiIndex: analysis.eiIndex,
    coverage: analysis.coverage,
    communities: { count: analysis.communities.count, modularity: analysis.communities.modularity },
    gapsByRegion,
    gapsBySector,
    reviewsPerQuarter: [...quarters.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([quarter, e]) => ({ quarter, reviews: e.reviews, coalitions: e.coalitions.size })),
    regions: network.regions.map((r) => ({ code: r.code, name: r.name })),
    sectors: network.sectors.map((s) => ({ id: s.id, name: s.name })),
  };
}
