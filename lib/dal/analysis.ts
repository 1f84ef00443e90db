import { analyzeNetwork, type AnalysisResult, type Gap } from '../analysis';
import type { Viewer } from '../auth/viewer';
import { runQuery } from '../db/run';
import type { NetworkData } from '../domain/network';
import { computeHeadline, type HeadlineMetrics } from '../report/headline';
import { assertCan, can } from './guard';
import { getNetworkForAggregates, getNetworkForViewer, today } from './network';

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

export type ViewerAnalysis =
  | {
      level: 'full';
      /** Cache key: 'all' (sees confidential) or 'member:<org ids>'. */
      scope: string;
      analysis: AnalysisResult;
      aggregate: AggregateAnalysis;
      network: NetworkData;
      headline: HeadlineMetrics;
      computedAt: number;
    }
  | {
      level: 'aggregate';
      scope: string;
      aggregate: AggregateAnalysis;
      headline: HeadlineMetrics;
      computedAt: number;
    };

type Full = Extract<ViewerAnalysis, { level: 'full' }>;

export const ANALYSIS_TTL_MS = 15_000;
/** After the TTL a result is still served (while a fresh one is computed) for this long. */
export const ANALYSIS_STALE_MS = 5 * 60_000;

interface Entry {
  at: number;
  value: Promise<Full>;
  settled: boolean;
  refreshing: boolean;
}
const cache = new Map<string, Entry>();
/** Bumped by every invalidation: a background refresh started before it must not be stored. */
let generation = 0;

function entry(value: Promise<Full>): Entry {
  const e: Entry = { at: Date.now(), value, settled: false, refreshing: false };
  value.then(
    () => (e.settled = true),
    () => undefined,
  );
  return e;
}

/** Write paths call this after a commit so the next read recomputes. */
export function invalidateAnalysisCache(): void {
  generation++;
  cache.clear();
  closedCache = null;
}

let closedCache: { at: number; value: Promise<Set<string>> } | null = null;

/** Gap ids the project team closed (opgelost, niet-van-toepassing): they do not count as open. */
function closedGapIds(): Promise<Set<string>> {
  if (closedCache && Date.now() - closedCache.at < ANALYSIS_TTL_MS) return closedCache.value;
  const value = runQuery('get-gap-states', {}).then(
    (rows) =>
      new Set(
        rows.filter((s) => s.status === 'opgelost' || s.status === 'niet-van-toepassing').map((s) => s.id),
      ),
  );
  closedCache = { at: Date.now(), value };
  value.catch(() => (closedCache = null));
  return value;
}

/** Gap states changed (not the network): only the headline's open-gap counts need refreshing. */
export function invalidateGapStateCache(): void {
  closedCache = null;
}

/** Members see a filtered network (confidential koppelvlakken of others removed): their own key. */
function scopeOf(viewer: Viewer): string {
  if (!can(viewer, 'network:read') || can(viewer, 'confidential:read')) return 'all';
  return `member:${[...viewer.organisationIds].sort().join(',')}`;
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

async function compute(viewer: Viewer, scope: string, asOf: string): Promise<Full> {
  const network = can(viewer, 'network:read')
    ? await getNetworkForViewer(viewer, asOf)
    : await getNetworkForAggregates(viewer, asOf);
  const analysis = analyzeNetwork(network);
  return {
    level: 'full',
    scope,
    analysis,
    aggregate: toAggregate(analysis, network),
    network,
    headline: computeHeadline(analysis, network),
    computedAt: Date.now(),
  };
}

/**
 * The analysis of today's network as this viewer may see it. Roles with network:read get the full
 * result and the network it was computed from; aggregate-only roles (publiek, stuurgroep) get
 * numbers only. Cached per scope for ANALYSIS_TTL_MS (a safety net when several instances write);
 * writes call invalidateAnalysisCache(). Permission is checked on every call, cached or not.
 */
export async function getAnalysis(viewer: Viewer): Promise<ViewerAnalysis> {
  const full = can(viewer, 'network:read');
  // The guard runs before the cache so a cached result never skips the permission check.
  assertCan(viewer, full ? 'network:read' : 'aggregate:read');
  const asOf = today();
  const scope = scopeOf(viewer);
  const key = `${scope}@${asOf}`;
  const hit = cache.get(key);
  let value: Promise<Full>;
  const age = hit ? Date.now() - hit.at : Infinity;
  if (hit && age < ANALYSIS_TTL_MS) value = hit.value;
  else if (hit && age < ANALYSIS_STALE_MS && hit.settled) {
    // Stale-while-revalidate: answer from the previous result and recompute once in the background
    // (this process's own writes clear the cache, so staleness only concerns other instances).
    value = hit.value;
    if (!hit.refreshing) {
      hit.refreshing = true;
      const startedIn = generation;
      const next = compute(viewer, scope, asOf);
      next.then(
        () => {
          if (generation === startedIn) cache.set(key, entry(next));
        },
        () => (hit.refreshing = false),
      );
    }
  } else {
    value = compute(viewer, scope, asOf);
    cache.set(key, entry(value));
    value.catch(() => cache.delete(key));
  }
  // Sequential on purpose: analyzeNetwork blocks the event loop for a while, and a query in flight
  // meanwhile can be misread as a dead database by lib/db/liveness.ts (its probe timer fires first).
  const computed = await value;
  const closed = await closedGapIds();
  // The headline is cheap: recomputed per call with the current gap states (ids stay on the server).
  const headline = closed.size
    ? computeHeadline(computed.analysis, computed.network, closed)
    : computed.headline;
  if (full) return { ...computed, headline };
  return {
    level: 'aggregate',
    scope,
    aggregate: computed.aggregate,
    headline,
    computedAt: computed.computedAt,
  };
}

/** The full analysis, for pages that need organisations, links or gaps (network:read roles). */
export async function getFullAnalysis(viewer: Viewer): Promise<Full> {
  assertCan(viewer, 'network:read');
  const a = await getAnalysis(viewer);
  if (a.level !== 'full') throw new Error('getFullAnalysis: unreachable for network:read roles');
  return a;
}
