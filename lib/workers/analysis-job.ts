import {
  analyzeNetwork,
  buildCollaborationGraph,
  suggestIntroductions,
  type AnalysisResult,
} from '../analysis';
import type { NetworkData } from '../domain/network';
import { buildExplorerPayload, type BuildOptions } from '../explorer/build';
import type { ExplorerPayload } from '../explorer/payload';
import { toAggregate, type AggregateAnalysis } from '../report/aggregate';
import { computeHeadline, type HeadlineMetrics } from '../report/headline';

/** Everything computed from one network: the analysis, its numbers-only form and the headline. */
export interface AnalysisBundle {
  analysis: AnalysisResult;
  aggregate: AggregateAnalysis;
  headline: HeadlineMetrics;
  /** Best introducing organisation per unconnected expected pair, key `<orgAId>|<orgBId>`. */
  introducers: Map<string, { id: string; weight: number }>;
  /** Milliseconds the computation took (in whichever thread ran it). */
  ms: number;
}

/** Pure and synchronous: runs in the analysis worker thread, or inline where there is none. */
export function runAnalysisJob(network: NetworkData): AnalysisBundle {
  const t0 = performance.now();
  const analysis = analyzeNetwork(network);
  return {
    analysis,
    aggregate: toAggregate(analysis, network),
    headline: computeHeadline(analysis, network),
    introducers: suggestedIntroducers(analysis, network),
    ms: Math.round(performance.now() - t0),
  };
}

/** Introducing organisations per unconnected expected pair (lib/analysis suggestIntroductions). */
function suggestedIntroducers(analysis: AnalysisResult, network: NetworkData) {
  const list = suggestIntroductions(buildCollaborationGraph(network), network, {
    links: analysis.expectedLinks,
    limit: Number.MAX_SAFE_INTEGER,
  });
  return new Map(
    list.flatMap((s) =>
      s.introducer
        ? [[`${s.orgAId}|${s.orgBId}`, { id: s.introducer.id, weight: s.introducer.weight }] as const]
        : [],
    ),
  );
}

/** The jobs the worker thread runs: pure functions of data that crosses by structured clone. */
export type ThreadJob =
  | { kind: 'analysis'; network: NetworkData }
  | { kind: 'explorer'; network: NetworkData; options: BuildOptions };

export interface ThreadResult {
  analysis: AnalysisBundle;
  explorer: ExplorerPayload;
}

/** Runs one job (in the worker thread, or inline where there is none). */
export function runThreadJob(job: ThreadJob): ThreadResult[ThreadJob['kind']] {
  return job.kind === 'analysis'
    ? runAnalysisJob(job.network)
    : buildExplorerPayload(job.network, job.options);
}
