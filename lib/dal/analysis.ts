import type { AnalysisResult } from '../analysis';
import type { Viewer } from '../auth/viewer';
import type { NetworkData } from '../domain/network';
import type { AggregateAnalysis } from '../report/aggregate';
import { computeHeadline, type HeadlineMetrics } from '../report/headline';
import type { AnalysisBundle } from '../workers/analysis-job';
import { computeAnalysis } from '../workers/analysis-thread';
import { currentRevision, forgetRevision } from '../db/revision';
import { processShared } from '../runtime/shared';
import { assertCan, can } from '../auth/permissions';
import { closedGapIds, forgetGapStates } from './gap-states';
import { scopeOf } from './scope';
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

interface Entry {
  /** The network revision the result was computed from (-1: invalidated here, recompute). */
  revision: number;
  value: Promise<Full>;
}
/** Key: `<scope>@<as-of date>`. Only today's entries are kept. */
const state = processShared('analysis', () => ({
  cache: new Map<string, Entry>(),
}));
const cache = state.cache;

function entry(value: Promise<Full>, revision: number): Entry {
  return { revision, value };
}

/** Write paths of this process call this after a commit so the next read recomputes. */
export function invalidateAnalysisCache(): void {
  for (const e of cache.values()) e.revision = -1;
  forgetRevision();
  forgetGapStates();
}

async function compute(viewer: Viewer, scope: string, asOf: string): Promise<Full> {
  const network = can(viewer, 'network:read')
    ? await getNetworkForViewer(viewer, asOf)
    : await getNetworkForAggregates(viewer, asOf);
  // Off the event loop (lib/workers): cached reads keep answering while this runs.
  const { analysis, aggregate, headline, introducers } = await computeAnalysis(network);
  return {
    level: 'full',
    scope,
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
 * numbers only. Cached per visibility scope (lib/dal/scope.ts) and as-of date until the network's
 * change counter moves (lib/db/revision.ts: at once after this process's own changes, within
 * REVISION_CHECK_MS after another instance's). Permission is checked on every call, cached or not.
 */
export async function getAnalysis(viewer: Viewer): Promise<ViewerAnalysis> {
  const full = can(viewer, 'network:read');
  // The guard runs before the cache so a cached result never skips the permission check.
  assertCan(viewer, full ? 'network:read' : 'aggregate:read');
  const asOf = today();
  const revision = await currentRevision();
  const scope = await scopeOf(viewer, revision);
  const key = `${scope}@${asOf}`;
  const hit = cache.get(key);
  let value: Promise<Full>;
  if (hit && hit.revision === revision) value = hit.value;
  else {
    // Changed data (or a new day): recompute. Requests of other scopes keep being answered from
    // their cached results meanwhile, because the computation runs in the worker thread.
    value = compute(viewer, scope, asOf);
    for (const k of cache.keys()) if (!k.endsWith(`@${asOf}`)) cache.delete(k);
    cache.set(key, entry(value, revision));
    value.catch(() => {
      if (cache.get(key)?.value === value) cache.delete(key);
    });
  }
  // Sequential on purpose: turning a large result into objects still takes the event loop a while,
  // and a query in flight meanwhile can be misread as a dead database by lib/db/liveness.ts.
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
