import type { AnalysisResult } from '../analysis';
import type { Viewer } from '../auth/viewer';
import type { NetworkData } from '../domain/network';
import type { AggregateAnalysis } from '../report/aggregate';
import { computeHeadline, type HeadlineMetrics } from '../report/headline';
import type { AnalysisBundle } from '../workers/analysis-job';
import { computeAnalysis } from '../workers/analysis-thread';
import { assertCan, can } from '../auth/permissions';
import { defineCache, invalidateCaches, restrictToScope, scopeOf, type VisibilityScope } from './cache';
import { closedGapIds } from './gap-states';
import { getNetworkForAggregates, getNetworkForViewer, today } from './network';

export { closedGapIds } from './gap-states';
export { quarterOf, toAggregate, type AggregateAnalysis } from '../report/aggregate';

export type ViewerAnalysis =
  | {
      level: 'full';
      /** Cache scope: 'all', or 'member:' + the confidential koppelvlakken the member may see. */
      scope: string;
      analysis: AnalysisResult;
      aggregate: AggregateAnalysis;
      network: NetworkData;
      headline: HeadlineMetrics;
      /** Best introducer per unconnected expected pair (for the gap report), `<orgA>|<orgB>`. */
      introducers: AnalysisBundle['introducers'];
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

/** Today's analysis per visibility scope and as-of date, until the network's counter moves. */
const analyses = defineCache<Full>('analysis', { dependsOn: ['network'], max: 64 });

/** Write paths and tests call this after a commit so the next read recomputes (lib/dal/cache.ts). */
export function invalidateAnalysisCache(): void {
  invalidateCaches();
}

async function compute(viewer: Viewer, scope: VisibilityScope, asOf: string): Promise<Full> {
  const network = can(viewer, 'network:read')
    ? restrictToScope(await getNetworkForViewer(viewer, asOf), scope)
    : await getNetworkForAggregates(viewer, asOf);
  // Off the event loop (lib/workers): cached reads keep answering while this runs.
  const { analysis, aggregate, headline, introducers } = await computeAnalysis(network);
  return {
    level: 'full',
    scope: scope.key,
    analysis,
    aggregate,
    network,
    headline,
    introducers,
    computedAt: Date.now(),
  };
}

/**
 * The analysis of today's network as this viewer may see it. Roles with network:read get the full
 * result and the network it was computed from; aggregate-only roles (publiek, stuurgroep) get
 * numbers only. Cached per visibility scope and as-of date until the network's change counter
 * moves (lib/dal/cache.ts). Permission is checked on every call, cached or not.
 */
export async function getAnalysis(viewer: Viewer): Promise<ViewerAnalysis> {
  const full = can(viewer, 'network:read');
  // The guard runs before the cache so a cached result never skips the permission check.
  assertCan(viewer, full ? 'network:read' : 'aggregate:read');
  // Sequential on purpose: turning a large result into objects still takes the event loop a while,
  // and a query in flight meanwhile can be misread as a dead database by lib/db/liveness.ts.
  const computed = await cachedFull(viewer);
  const closed = await closedGapIds();
  // The headline is cheap: recomputed per call with the current gap states (ids stay on the server).
  const headline = closed.size
    ? computeHeadline(computed.analysis, computed.network, closed)
    : computed.headline;
  if (full) return { ...computed, headline };
  return {
    level: 'aggregate',
    scope: computed.scope,
    aggregate: computed.aggregate,
    headline,
    computedAt: computed.computedAt,
  };
}

/**
 * The full result an aggregate-only viewer's figures are computed from (stuurgroep scenarios):
 * callers must reduce it to numbers and organisation names before anything leaves the server.
 */
export async function getAnalysisForFigures(viewer: Viewer): Promise<Full> {
  assertCan(viewer, 'aggregate:read');
  return cachedFull(viewer);
}

/** The cached full result for the viewer's scope (no permission check: callers check). */
async function cachedFull(viewer: Viewer): Promise<Full> {
  const asOf = today();
  const scope = await scopeOf(viewer);
  // Changed data (or a new day): recomputed. Requests of other scopes keep being answered from
  // their cached results meanwhile, because the computation runs in the worker thread.
  return analyses.get({ scope: scope.key, asOf }, () => compute(viewer, scope, asOf));
}

/** The full analysis, for pages that need organisations, links or gaps (network:read roles). */
export async function getFullAnalysis(viewer: Viewer): Promise<Full> {
  assertCan(viewer, 'network:read');
  const a = await getAnalysis(viewer);
  if (a.level !== 'full') throw new Error('getFullAnalysis: unreachable for network:read roles');
  return a;
}
