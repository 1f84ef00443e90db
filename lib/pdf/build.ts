import type { AnalysisResult, CoverageCell } from '../analysis';
import type { GapStatus } from '../domain';
import type { NetworkData } from '../domain/network';
import { computeHeadline, type HeadlineMetrics } from '../report/headline';
import type { CellPair, SnapshotMetrics } from '../report/snapshot';
import { figuresOf } from './figures';
import { computeLayout } from './layout';
import { RECOMMENDATION_STAGES } from '../domain/recommendation';
import { movedBetween, stagesAt, type PipelineStep } from '../report/recommendations';
import type {
  BriefingCoalition,
  BriefingData,
  BriefingGap,
  BriefingRecommendations,
  BriefingRequest,
  BriefingSurvey,
} from './model';
import { makeNameScrubber } from './scrub';

// Turns a snapshot, the network and its analysis into the BriefingData the PDF shows. Pure.
// What the snapshot froze (headline, coverage, ties, the ids of open gaps) wins over today's
// analysis, so a briefing of an older snapshot shows that moment; descriptions (names of
// organisations, gap explanations, coalition reviews up to the snapshot date) come from the data.

export const TOP_GAPS = 12;
/** Moves listed in the briefing's recommendations section (the newest). */
export const MAX_MOVES = 20;
const LABEL_CANDIDATES = 30;
const CLOSED: readonly GapStatus[] = ['opgelost', 'niet-van-toepassing'];

export interface BuildSnapshot {
  id: string;
  takenAt: string;
  asOf: string;
  authorName: string | null;
  note: string;
  headline: HeadlineMetrics | null;
  metrics: SnapshotMetrics | null;
}

export interface BuildInput {
  id: string;
  request: BriefingRequest;
  network: NetworkData;
  analysis: AnalysisResult;
  snapshot: BuildSnapshot;
  previous: { id: string; asOf: string; takenAt?: string; headline: HeadlineMetrics | null } | null;
  /** The recommendations' titles and dated history (their stand is reconstructed at the snapshot). */
  recommendations?: { titles: Record<string, string>; steps: PipelineStep[] };
  gapStatuses: Record<string, GapStatus>;
  savedLayout: Record<string, { x: number; y: number }> | null;
  generatedAt: string;
  /** The survey section's aggregates (lib/dal computes them, withheld below 3 respondents). */
  survey?: BriefingSurvey | null;
}

const cellOf = (p: CellPair | undefined): CoverageCell =>
  p
    ? { expected: p[0], realised: p[1], coverage: p[0] > 0 ? p[1] / p[0] : null }
    : { expected: 0, realised: 0, coverage: null };
const EMPTY: CoverageCell = { expected: 0, realised: 0, coverage: null };

function coverageFrom(input: BuildInput) {
  const m = input.snapshot.metrics;
  const a = input.analysis.coverage;
  if (!m) return { byRegion: a.byRegion, bySector: a.bySector, byRegionSector: a.byRegionSector };
  const map = (r: Record<string, CellPair>) =>
    Object.fromEntries(Object.entries(r).map(([k, v]) => [k, cellOf(v)]));
  return {
    byRegion: map(m.coverage.byRegion),
    bySector: map(m.coverage.bySector),
    byRegionSector: map(m.coverage.byRegionSector),
  };
}

function gapsFrom(input: BuildInput, scrub: (t: string) => string): BriefingGap[] {
  const { network: net, analysis: a, request: req } = input;
  const frozen = input.snapshot.metrics
    ? new Set(Object.values(input.snapshot.metrics.gaps).flatMap((byLevel) => Object.values(byLevel).flat()))
    : null;
  const orgName = new Map(net.organisations.map((o) => [o.id, o.name]));
  const regionName = new Map(net.regions.map((r) => [r.code, r.name]));
  return a.gaps
    .filter((g) => !frozen || frozen.has(g.id))
    .map((g) => ({ g, status: input.gapStatuses[g.id] ?? ('open' as GapStatus) }))
    .filter(({ status }) => !CLOSED.includes(status))
    .sort((x, y) => y.g.priority - x.g.priority || (x.g.id < y.g.id ? -1 : 1))
    .slice(0, TOP_GAPS)
    .map(({ g, status }) => ({
      id: g.id,
      type: g.type,
      priority: g.priority,
      level: g.priorityLevel,
      status,
      organisations: g.organisationIds.map((id) => orgName.get(id) ?? id),
      region: g.regionCode ? (regionName.get(g.regionCode) ?? g.regionCode) : null,
      openSince: g.openSince,
      explanation: scrub(g.explanation[req.locale]),
      confidential: g.confidential,
    }));
}

function coalitionsFrom(input: BuildInput, scrub: (t: string) => string): BriefingCoalition[] {
  const net = input.network;
  return net.coalitions
    .filter((c) => c.startedAt <= input.snapshot.asOf)
    .map((c) => {
      const latest = net.reviews
        .filter((r) => r.coalitionId === c.id && r.date <= input.snapshot.asOf)
        .sort((x, y) => (x.date < y.date ? 1 : x.date > y.date ? -1 : 0))[0];
      return {
        id: c.id,
        name: c.name,
        form: c.form,
        active: c.active,
        organisations: c.organisationIds.length,
        members: c.memberIds.length,
        latestReview: latest
          ? { date: latest.date, achieved: scrub(latest.achieved), blockers: scrub(latest.blockers) }
          : null,
      };
    })
    .sort((x, y) => Number(y.active) - Number(x.active) || x.name.localeCompare(y.name, 'nl'));
}

function networkFrom(input: BuildInput): BriefingData['network'] {
  const { network: net, analysis: a } = input;
  const ties = input.snapshot.metrics
    ? input.snapshot.metrics.ties.map(([source, target, weight, cross]) => ({
        source,
        target,
        weight,
        crossChain: cross === 1,
      }))
    : a.ties;
  const ids = net.organisations.map((o) => o.id).sort();
  const index = new Map(ids.map((id, i) => [id, i]));
  const known = ties.filter((t) => index.has(t.source) && index.has(t.target));
  const degree = new Map<string, number>();
  for (const t of known) for (const e of [t.source, t.target]) degree.set(e, (degree.get(e) ?? 0) + 1);
  const { positions, source } = computeLayout({
    nodes: net.organisations.map((o) => ({ id: o.id, chain: o.chain })),
    ties: known,
    saved: input.savedLayout,
  });
  const candidates = new Set(
    ids
      .slice()
      .sort(
        (x, y) =>
          (a.organisations[y]?.betweenness ?? 0) - (a.organisations[x]?.betweenness ?? 0) ||
          (degree.get(y) ?? 0) - (degree.get(x) ?? 0) ||
          (x < y ? -1 : 1),
      )
      .slice(0, LABEL_CANDIDATES),
  );
  const byId = new Map(net.organisations.map((o) => [o.id, o]));
  const nodes = ids.map((id) => {
    const o = byId.get(id)!;
    const p = positions.get(id) ?? { x: 0.5, y: 0.5 };
    return {
      id,
      name: o.name,
      chain: o.chain,
      x: p.x,
      y: p.y,
      degree: degree.get(id) ?? 0,
      labelled: candidates.has(id),
    };
  });
  const edges: Array<[number, number, boolean]> = known.map((t) => [
    index.get(t.source)!,
    index.get(t.target)!,
    t.crossChain,
  ]);
  return { nodes, edges, layout: source };
}

function recommendationsFrom(
  input: BuildInput,
  scrub: (t: string) => string,
): BriefingRecommendations | undefined {
  const rec = input.recommendations;
  if (!rec) return undefined;
  const until = input.snapshot.takenAt;
  const stand = stagesAt(rec.steps, until);
  const orgName = new Map(input.network.organisations.map((o) => [o.id, o.name]));
  const moved = movedBetween(rec.steps, input.previous?.takenAt ?? null, until).slice(-MAX_MOVES);
  return {
    since: input.previous?.takenAt ? input.previous.asOf : null,
    byStage: RECOMMENDATION_STAGES.map((stage) => ({
      stage,
      count: [...stand.values()].filter((s) => s === stage).length,
    })),
    moved: moved.map((m) => ({
      title: scrub(rec.titles[m.recommendationId] ?? m.recommendationId),
      fromStage: m.fromStage,
      toStage: m.toStage,
      date: m.at.slice(0, 10),
      bodies: m.bodyIds.map((b) => orgName.get(b) ?? b),
    })),
    total: stand.size,
  };
}

export function buildBriefingData(input: BuildInput): BriefingData {
  const { network: net, analysis: a, request: req } = input;
  const scrub = req.includeNames
    ? (t: string) => t
    : makeNameScrubber(
        net.people.map((p) => p.name),
        req.locale === 'nl' ? '[naam weggelaten]' : '[name withheld]',
      );
  const headline = input.snapshot.headline ?? computeHeadline(a, net);
  const m = input.snapshot.metrics;
  const counts = m?.counts ?? a.counts;
  const cov = coverageFrom(input);
  const gaps = gapsFrom(input, scrub);
  const n = counts.organisations;
  return {
    id: input.id,
    snapshot: {
      id: input.snapshot.id,
      takenAt: input.snapshot.takenAt,
      asOf: input.snapshot.asOf,
      takenBy: req.includeNames ? input.snapshot.authorName : null,
      note: scrub(input.snapshot.note),
    },
    previous: input.previous?.headline
      ? { id: input.previous.id, asOf: input.previous.asOf, figures: figuresOf(input.previous.headline) }
      : null,
    audience: req.audience,
    locale: req.locale,
    includeNames: req.includeNames,
    confidential: req.markConfidential || req.includeNames || gaps.some((g) => g.confidential),
    generatedAt: input.generatedAt,
    asOf: input.snapshot.asOf,
    figures: figuresOf(headline),
    counts: {
      organisations: n,
      algemeen: a.counts.organisationsByChain.algemeen,
      functioneel: a.counts.organisationsByChain.functioneel,
      overig: a.counts.organisationsByChain.overig,
      expectedLinks: counts.expectedLinks,
      realisedLinks: counts.realisedLinks,
      ties: counts.ties,
      crossChainTies: counts.crossChainTies,
      gaps: m
        ? Object.values(m.gaps).reduce(
            (s, byLevel) => s + Object.values(byLevel).reduce((t, l) => t + l.length, 0),
            0,
          )
        : a.gaps.length,
      coalitions: counts.coalitions,
    },
    measures: {
      density: n > 1 ? (2 * counts.ties) / (n * (n - 1)) : 0,
      crossChainDensity: headline.crossChainDensity,
      eiIndex: headline.eiAlgemeen,
      modularity: a.communities.modularity,
      communities: a.communities.count,
      diameter: a.network.diameter ?? null,
    },
    regions: net.regions
      .map((r) => ({ code: r.code, name: r.name, coverage: cov.byRegion[r.code] ?? EMPTY }))
      .sort((x, y) => (x.code < y.code ? -1 : 1)),
    sectors: net.sectors.map((s) => ({ id: s.id, name: s.name, coverage: cov.bySector[s.id] ?? EMPTY })),
    matrix: cov.byRegionSector,
    network: networkFrom(input),
    gaps,
    gapsByLevel: headline.openGapsByPriority,
    coalitions: coalitionsFrom(input, scrub),
    recommendations: recommendationsFrom(input, scrub),
    topBrokers: a.topBrokers
      .slice(0, 8)
      .map((b) => ({ name: b.name, chain: b.chain, betweenness: b.betweenness })),
    survey: input.survey ?? null,
  };
}
