import {
  compareRounds,
  networkScores,
  reciprocity,
  reportedTies,
  responseRates,
  scoresByChainPair,
  scoresByOrganisation,
  contactsWithoutRound,
  isEvidenceOfRound,
  roundEffect,
  summariseReflections,
  type EffectFigures,
  type OrgScores,
  type ReflectionSummary,
  type RoundEffect,
  type Score,
} from '../analysis/survey';
import type { AnalysisResult } from '../analysis';
import type { HeadlineMetrics } from '../report/headline';
import { computeAnalysis } from '../workers/analysis-thread';
import { getFullAnalysis } from './analysis';
import { defineCache, defineMemo, SHARED } from './cache';
import { assertCan } from '../auth/permissions';
import type { Viewer } from '../auth/viewer';
import { runQuery } from '../db/run';
import { NotFoundError } from '../errors';
import type { BriefingSurvey } from '../pdf/model';
import { answersOfRounds, listSurveyRounds, reflectionsOfRound, type SurveyRoundSummary } from './survey';

// The figures of survey rounds. Every trust/value figure leaves this module already reduced by
// lib/analysis/survey (withheld below MIN_RESPONDENTS); no answer leaves it with its respondent.

export interface RoundResults {
  round: SurveyRoundSummary;
  responseRates: ReturnType<typeof responseRates>;
  ties: { total: number; confirmed: number };
  reciprocity: ReturnType<typeof reciprocity>;
  network: { trust: Score; value: Score };
  chainPairs: ReturnType<typeof scoresByChainPair>;
  organisations: (OrgScores & { name: string })[];
  comparison: (ReturnType<typeof compareRounds> & { previousRoundId: string; previousTitle: string }) | null;
  reflections: {
    uncovered: number;
    notWorkingWith: number;
    /** Per partner organisation named in step 3: counts and texts, never who wrote them. */
    byPartner: (ReflectionSummary & { name: string })[];
  };
  /** Names of the organisations in the comparison and the reflections. */
  names: Record<string, string>;
}

/** The closed rounds, newest first (closing date and time). */
async function closedRounds() {
  return (await runQuery('get-survey-rounds', {}))
    .filter((r): r is typeof r & { closedAt: string } => r.status === 'gesloten' && r.closedAt !== null)
    .sort((a, b) => (a.closedAt < b.closedAt ? 1 : a.closedAt > b.closedAt ? -1 : 0));
}

async function orgFacts() {
  return runQuery('get-organisations', {});
}

/** The results of one round (open rounds too: the regisseur follows them). Right: survey:results. */
export async function getRoundResults(viewer: Viewer, roundId: string): Promise<RoundResults> {
  assertCan(viewer, 'survey:results');
  const rounds = await listSurveyRounds(viewer);
  const round = rounds.find((r) => r.id === roundId);
  if (!round) throw new NotFoundError();
  const previous = rounds
    .filter((r) => r.status === 'gesloten' && r.id !== roundId && r.opensAt <= round.opensAt)
    .sort((a, b) => (a.opensAt < b.opensAt ? 1 : -1))[0];
  const [orgs, tasks, answers, before, reflections] = await Promise.all([
    orgFacts(),
    runQuery('get-survey-tasks', { roundId }),
    answersOfRounds([roundId]),
    previous ? answersOfRounds([previous.id]) : Promise.resolve([]),
    reflectionsOfRound(roundId),
  ]);
  const names = new Map(orgs.map((o) => [o.id, o.name]));
  const ties = reportedTies(answers);
  const flat = reflections.flatMap((r) => r.reflections);
  return {
    round,
    responseRates: responseRates(
      tasks.map((t) => ({
        id: t.id,
        roundId,
        personId: t.personId,
        orgId: t.orgId,
        status: t.status,
        submittedAt: t.submittedAt,
      })),
      orgs,
    ),
    ties: { total: ties.length, confirmed: ties.filter((t) => t.confirmed).length },
    reciprocity: reciprocity(ties, orgs),
    network: networkScores(answers),
    chainPairs: scoresByChainPair(answers, orgs),
    organisations: scoresByOrganisation(answers).map((s) => ({ ...s, name: names.get(s.orgId) ?? s.orgId })),
    comparison: previous
      ? {
          ...compareRounds(reportedTies(before), ties),
          previousRoundId: previous.id,
          previousTitle: previous.title,
        }
      : null,
    reflections: {
      uncovered: flat.length,
      notWorkingWith: flat.filter((r) => r.worksWith === 'nee').length,
      byPartner: summariseReflections(flat).map((x) => ({ ...x, name: names.get(x.orgId) ?? x.orgId })),
    },
    names: Object.fromEntries(names),
  };
}

const figuresOf = (h: HeadlineMetrics, gaps: number): EffectFigures => ({
  coverageAll: h.coverage.all,
  coverageA: h.coverage.A,
  crossChainDensity: h.crossChainDensity,
  gaps,
});

export type RoundEffectView = RoundEffect & { closedGaps: { id: string; type: string; names: string[] }[] };

/** One counterfactual analysis per round and analysis result (recomputed when the network moves). */
const effects = defineMemo<AnalysisResult, Promise<RoundEffectView>>('round-effect', { maxVariants: 8 });

/**
 * What a closed round does to today's analysis: the figures of the network without the round's
 * contact evidence against the figures with it, and the gaps its confirmed ties close. Both are
 * the regisseur's full view (like snapshots). Null for an open round. Right: survey:results and
 * network:read.
 */
export async function getRoundEffect(viewer: Viewer, roundId: string): Promise<RoundEffectView | null> {
  assertCan(viewer, 'survey:results');
  assertCan(viewer, 'network:read');
  const round = (await listSurveyRounds(viewer)).find((r) => r.id === roundId);
  if (!round) throw new NotFoundError();
  if (round.status !== 'gesloten') return null;
  const full = await getFullAnalysis(viewer);
  return effects.get(full.analysis, roundId, async () => {
    const evidence = full.network.contacts.filter((c) => isEvidenceOfRound(c, roundId)).length;
    const without = await computeAnalysis({
      ...full.network,
      contacts: contactsWithoutRound(full.network.contacts, roundId),
    });
    const effect = roundEffect(
      evidence,
      {
        figures: figuresOf(without.headline, without.analysis.gaps.length),
        gapIds: without.analysis.gaps.map((g) => g.id),
      },
      {
        figures: figuresOf(full.headline, full.analysis.gaps.length),
        gapIds: full.analysis.gaps.map((g) => g.id),
      },
    );
    const names = new Map(full.network.organisations.map((o) => [o.id, o.name]));
    const gapById = new Map(without.analysis.gaps.map((g) => [g.id, g]));
    return {
      ...effect,
      closedGaps: effect.closedGapIds.map((id) => {
        const g = gapById.get(id)!;
        return { id, type: g.type, names: g.organisationIds.map((o) => names.get(o) ?? o) };
      }),
    };
  });
}

export interface SurveyTrendPoint {
  roundId: string;
  title: string;
  closedAt: string;
  responseRate: number | null;
  reciprocity: number | null;
  trust: Score;
  value: Score;
}

/**
 * One point per closed round (oldest first): response rate, reciprocity and the network's trust and
 * value. Aggregates only, so anybody who may see aggregate figures may see these. Right: aggregate:read.
 */
export async function getSurveyTrend(viewer: Viewer): Promise<SurveyTrendPoint[]> {
  assertCan(viewer, 'aggregate:read');
  return trends.get({ scope: SHARED }, surveyTrend);
}

/**
 * The survey aggregates of closed rounds are the same for every viewer and change only when a
 * round closes or a person is erased, which both move the network's counter (lib/audit/record.ts).
 */
const trends = defineCache<SurveyTrendPoint[]>('survey-trend', { dependsOn: ['network'], max: 1 });

async function surveyTrend(): Promise<SurveyTrendPoint[]> {
  const closed = (await closedRounds()).reverse();
  if (closed.length === 0) return [];
  const [orgs, answers] = await Promise.all([orgFacts(), answersOfRounds(closed.map((r) => r.id))]);
  return closed.map((r) => {
    const mine = answers.filter((a) => a.roundId === r.id);
    const n = networkScores(mine);
    const rec = reciprocity(reportedTies(mine), orgs).find((x) => x.key === '*');
    return {
      roundId: r.id,
      title: r.title,
      closedAt: r.closedAt,
      responseRate: r.asked > 0 ? r.answered / r.asked : null,
      reciprocity: rec?.rate ?? null,
      trust: n.trust,
      value: n.value,
    };
  });
}

/** The latest closed round's chain-pair scores (aggregates only). Right: aggregate:read. */
export async function getLatestChainPairScores(viewer: Viewer) {
  assertCan(viewer, 'aggregate:read');
  return chainPairs.get({ scope: SHARED }, latestChainPairScores);
}

/** Same lifetime as the trend: a round closing or an erasure moves the network's counter. */
const chainPairs = defineCache<Awaited<ReturnType<typeof latestChainPairScores>>>('survey-chain-pairs', {
  dependsOn: ['network'],
  max: 1,
});

async function latestChainPairScores() {
  const latest = (await closedRounds())[0];
  if (!latest) return null;
  const [orgs, answers] = await Promise.all([orgFacts(), answersOfRounds([latest.id])]);
  return {
    roundId: latest.id,
    title: latest.title,
    closedAt: latest.closedAt,
    pairs: scoresByChainPair(answers, orgs),
  };
}

/**
 * How others rated one organisation in the latest closed round that has answers about it
 * (withheld below 3 respondents). Right: network:read.
 */
export async function getOrganisationSurveyScores(viewer: Viewer, orgId: string) {
  assertCan(viewer, 'network:read');
  const closed = await closedRounds();
  for (const r of closed) {
    const answers = await answersOfRounds([r.id]);
    const s = scoresByOrganisation(answers).find((x) => x.orgId === orgId);
    if (s) return { roundId: r.id, title: r.title, closedAt: r.closedAt, trust: s.trust, value: s.value };
  }
  return null;
}

/**
 * Trust and value of every organisation in the latest closed round, for the explorer's colour and
 * size (only the shown ones; withheld scores come back as null). Right: network:read.
 */
export async function getExplorerSurveyScores(
  viewer: Viewer,
): Promise<Record<string, { trust: number | null; value: number | null }>> {
  assertCan(viewer, 'network:read');
  const latest = (await closedRounds())[0];
  if (!latest) return {};
  const answers = await answersOfRounds([latest.id]);
  return Object.fromEntries(
    scoresByOrganisation(answers).map((s) => [
      s.orgId,
      { trust: s.trust.withheld ? null : s.trust.mean, value: s.value.withheld ? null : s.value.mean },
    ]),
  );
}

/**
 * The PDF briefing's survey section: the latest round closed on or before `asOf`, as aggregates
 * (network and chain pairs; no organisation or person names). Right: aggregate:read.
 */
export async function getBriefingSurvey(viewer: Viewer, asOf: string): Promise<BriefingSurvey | null> {
  assertCan(viewer, 'aggregate:read');
  const latest = (await closedRounds()).find((r) => r.closedAt.slice(0, 10) <= asOf);
  if (!latest) return null;
  const [orgs, answers] = await Promise.all([orgFacts(), answersOfRounds([latest.id])]);
  const ties = reportedTies(answers);
  const n = networkScores(answers);
  return {
    title: latest.title,
    closedAt: latest.closedAt,
    responseRate: latest.asked > 0 ? latest.answered / latest.asked : null,
    ties: ties.length,
    confirmed: ties.filter((t) => t.confirmed).length,
    reciprocity: reciprocity(ties, orgs).find((x) => x.key === '*')?.rate ?? null,
    trust: n.trust,
    value: n.value,
    chainPairs: scoresByChainPair(answers, orgs),
  };
}
