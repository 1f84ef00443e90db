import { compareStrings, pairKey } from './facts';
import type { AnalysisResult } from './analyze';
import type { AnyGraph } from './csr';
import type { Gap } from './types';

/** The parts of a snapshot that a diff needs; an AnalysisResult has them all. */
export interface Snapshot {
  asOf?: string | null;
  ties: Array<{ source: string; target: string; weight: number; crossChain: boolean }>;
  gaps: Array<Pick<Gap, 'id' | 'type' | 'priority' | 'priorityLevel'>>;
  metrics?: Record<string, number | null>;
}

export interface SnapshotDiff {
  from: string | null;
  to: string | null;
  tiesGained: Snapshot['ties'];
  tiesLost: Snapshot['ties'];
  tiesChanged: Array<{
    source: string;
    target: string;
    weightBefore: number;
    weightAfter: number;
    crossChain: boolean;
  }>;
  gapsOpened: Snapshot['gaps'];
  gapsClosed: Snapshot['gaps'];
  gapsPersisting: number;
  /** Metrics present in both snapshots: before, after, after − before (null when either is null). */
  metrics: Record<string, { before: number | null; after: number | null; delta: number | null }>;
}

/** A snapshot from a collaboration graph and its gap list (when there is no AnalysisResult). */
export function snapshotOf(graph: AnyGraph, gaps: Snapshot['gaps'], asOf: string | null = null): Snapshot {
  const ties: Snapshot['ties'] = [];
  let cross = 0;
  graph.forEachEdge((_e: string, a: { weight?: number; crossChain?: boolean }, s: string, t: string) => {
    ties.push({ source: s, target: t, weight: a.weight ?? 1, crossChain: a.crossChain ?? false });
    if (a.crossChain) cross++;
  });
  const n = graph.order;
  return {
    asOf,
    ties,
    gaps,
    metrics: {
      ties: graph.size,
      crossChainTies: cross,
      density: n < 2 ? 0 : (2 * graph.size) / (n * (n - 1)),
      gaps: gaps.length,
    },
  };
}

function metricsOf(s: Snapshot | AnalysisResult): Record<string, number | null> {
  if (!('network' in s)) return s.metrics ?? {};
  return {
    organisations: s.counts.organisations,
    ties: s.counts.ties,
    crossChainTies: s.counts.crossChainTies,
    density: s.network.density,
    crossChainDensity: s.crossChain.density,
    eiIndex: s.eiIndex.overall.index,
    components: s.network.components,
    diameter: s.network.diameter,
    modularity: s.communities.modularity,
    expectedLinks: s.counts.expectedLinks,
    realisedLinks: s.counts.realisedLinks,
    coverage: s.coverage.overall.coverage,
    coverageA: s.coverage.byCategory.A.coverage,
    coverageB: s.coverage.byCategory.B.coverage,
    gaps: s.gaps.length,
    gapsHoog: s.counts.gapsByLevel.hoog,
  };
}

/** What changed from snapshot a to snapshot b: ties gained and lost, gaps opened and closed, metric deltas. */
export function diffSnapshots(a: Snapshot | AnalysisResult, b: Snapshot | AnalysisResult): SnapshotDiff {
  const tieMap = (s: Snapshot | AnalysisResult) =>
    new Map(s.ties.map((t) => [pairKey(t.source, t.target), t]));
  const ta = tieMap(a);
  const tb = tieMap(b);
  const order = (x: { source: string; target: string }, y: { source: string; target: string }) =>
    compareStrings(pairKey(x.source, x.target), pairKey(y.source, y.target));
  const tiesChanged: SnapshotDiff['tiesChanged'] = [];
  for (const [key, t] of tb) {
    const old = ta.get(key);
    if (old && old.weight !== t.weight)
      tiesChanged.push({
        source: t.source,
        target: t.target,
        weightBefore: old.weight,
        weightAfter: t.weight,
        crossChain: t.crossChain,
      });
  }
  const ga = new Map(a.gaps.map((g) => [g.id, g]));
  const gb = new Map(b.gaps.map((g) => [g.id, g]));
  const slim = (g: Snapshot['gaps'][number]) => ({
    id: g.id,
    type: g.type,
    priority: g.priority,
    priorityLevel: g.priorityLevel,
  });
  const ma = metricsOf(a);
  const mb = metricsOf(b);
  const metrics: SnapshotDiff['metrics'] = {};
  for (const key of Object.keys(mb)) {
    if (!(key in ma)) continue;
    const before = ma[key] ?? null;
    const after = mb[key] ?? null;
    metrics[key] = { before, after, delta: before === null || after === null ? null : after - before };
  }
  return {
    from: a.asOf ?? null,
    to: b.asOf ?? null,
    tiesGained: [...tb.entries()]
      .filter(([k]) => !ta.has(k))
      .map(([, t]) => t)
      .sort(order),
    tiesLost: [...ta.entries()]
      .filter(([k]) => !tb.has(k))
      .map(([, t]) => t)
      .sort(order),
    tiesChanged: tiesChanged.sort(order),
    gapsOpened: b.gaps.filter((g) => !ga.has(g.id)).map(slim),
    gapsClosed: a.gaps.filter((g) => !gb.has(g.id)).map(slim),
    gapsPersisting: b.gaps.filter((g) => ga.has(g.id)).length,
    metrics,
  };
}
