import { daysBetween } from '../analysis/dates';
import { RECOMMENDATION_STAGES, type RecommendationStage } from '../domain/recommendation';

// Figures of the recommendation pipeline (pure): how many stand at each stage, how long they
// stayed in each, how many ever reached each step of the main road (the funnel), where they stood
// at a moment (a snapshot) and which moved between two moments (the briefing's "since last time").

export interface PipelineStep {
  recommendationId: string;
  at: string;
  fromStage: RecommendationStage | null;
  toStage: RecommendationStage;
  bodyIds: string[];
}

/** The main road, in order: what the funnel shows. */
export const FUNNEL_STAGES = [
  'idee',
  'aanbeveling',
  'voorgelegd',
  'overgenomen',
  'landelijke-afspraak',
  'wet-regelgeving',
] as const satisfies readonly RecommendationStage[];

export interface StageFigure {
  stage: RecommendationStage;
  /** Standing at this stage now. */
  count: number;
  /** Median whole days spent in this stage by the stays that ended; null without one. */
  medianDays: number | null;
  /** Stays that ended (the median's base). */
  stays: number;
}

function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : Math.round((s[mid - 1]! + s[mid]!) / 2);
}

const byRecommendation = (steps: readonly PipelineStep[]) => {
  const out = new Map<string, PipelineStep[]>();
  for (const s of [...steps].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)))
    out.set(s.recommendationId, [...(out.get(s.recommendationId) ?? []), s]);
  return out;
};

/** Where each recommendation stood at `at` (ISO time): its last step up to then; absent if it did not exist yet. */
export function stagesAt(steps: readonly PipelineStep[], at: string): Map<string, RecommendationStage> {
  const out = new Map<string, RecommendationStage>();
  for (const [id, list] of byRecommendation(steps)) {
    const last = list.filter((s) => s.at <= at).at(-1);
    if (last) out.set(id, last.toStage);
  }
  return out;
}

/** Counts per stage now and the median time spent in each (from the dated history). */
export function pipelineFigures(
  current: readonly { id: string; stage: RecommendationStage }[],
  steps: readonly PipelineStep[],
): { stages: StageFigure[]; funnel: { stage: RecommendationStage; reached: number }[]; total: number } {
  const durations = new Map<RecommendationStage, number[]>();
  const reached = new Map<RecommendationStage, Set<string>>();
  for (const [id, list] of byRecommendation(steps)) {
    // A stay starts with the first step into a stage (a second submission does not restart it).
    let start: PipelineStep | null = null;
    for (const s of list) {
      reached.set(s.toStage, (reached.get(s.toStage) ?? new Set()).add(id));
      if (start && start.toStage === s.toStage) continue;
      if (start)
        durations.set(start.toStage, [
          ...(durations.get(start.toStage) ?? []),
          daysBetween(start.at.slice(0, 10), s.at.slice(0, 10)),
        ]);
      start = s;
    }
  }
  // A recommendation that reached a later stage of the main road passed the earlier ones too.
  const funnel = FUNNEL_STAGES.map((stage, i) => {
    const ids = new Set<string>();
    for (const later of FUNNEL_STAGES.slice(i)) for (const id of reached.get(later) ?? []) ids.add(id);
    return { stage, reached: ids.size };
  });
  return {
    stages: RECOMMENDATION_STAGES.map((stage) => ({
      stage,
      count: current.filter((r) => r.stage === stage).length,
      medianDays: median(durations.get(stage) ?? []),
      stays: durations.get(stage)?.length ?? 0,
    })),
    funnel,
    total: current.length,
  };
}

export interface StageMove {
  recommendationId: string;
  at: string;
  fromStage: RecommendationStage | null;
  toStage: RecommendationStage;
  bodyIds: string[];
}

/** The steps after `since` (exclusive; null: from the start) up to `until` (inclusive), oldest first. */
export function movedBetween(
  steps: readonly PipelineStep[],
  since: string | null,
  until: string,
): StageMove[] {
  return [...steps]
    .filter((s) => (since === null || s.at > since) && s.at <= until)
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.recommendationId < b.recommendationId ? -1 : 1))
    .map((s) => ({
      recommendationId: s.recommendationId,
      at: s.at,
      fromStage: s.fromStage,
      toStage: s.toStage,
      bodyIds: s.bodyIds,
    }));
}
