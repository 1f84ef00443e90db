import type { Chain, Contact, Koppelvlak, Organisation } from '../domain';
import {
  DIMENSION_INDICATORS,
  MIN_RESPONDENTS,
  RECENT_CONTACT_FREQUENCY,
  SCORE_DIMENSIONS,
  SURVEY_FREQUENCIES,
  frequencyRank,
  type Rating,
  type ScoreDimension,
  type StoredSurveyAnswer,
  type SurveyFrequency,
  type ReportedTie,
  type SurveyTaskFacts,
} from '../domain/survey';

export type { ReportedTie } from '../domain/survey';
import { AnalysisInputError } from './errors';
import { compareStrings, pairKey, sortedPair } from './facts';

// The analysis of a survey round (pure): reported ties and their reciprocity, trust and value
// scores as seen by others (with their distribution, and withheld below MIN_RESPONDENTS), response
// rates, the koppelvlakken nobody's answer covered, and round-to-round comparison.

type OrgFacts = Pick<Organisation, 'id' | 'chain' | 'regionCodes' | 'sectorId'>;

function assertAnswers(fn: string, answers: unknown): asserts answers is StoredSurveyAnswer[] {
  if (!Array.isArray(answers)) throw new AnalysisInputError(`survey.${fn}`, 'an array of answers', answers);
}

// ---------------------------------------------------------------------------------------------
// Reported ties

/**
 * The ties a round's answers report, one per unordered pair, sorted by id. An answer with
 * frequency `nooit` is a rating without a tie; an answer about one's own organisation is ignored.
 */
export function reportedTies(answers: StoredSurveyAnswer[]): ReportedTie[] {
  assertAnswers('reportedTies', answers);
  const byPair = new Map<string, ReportedTie>();
  for (const a of answers) {
    if (a.frequency === 'nooit' || a.respondentOrgId === a.orgId) continue;
    const [x, y] = sortedPair(a.respondentOrgId, a.orgId);
    const key = pairKey(x, y);
    let t = byPair.get(key);
    if (!t) {
      t = {
        id: `rt:${a.roundId}:${key}`,
        orgAId: x,
        orgBId: y,
        confirmed: false,
        frequencyFromA: null,
        frequencyFromB: null,
        frequency: a.frequency,
        kinds: [],
        agreementReported: false,
        respondentIds: [],
        roundId: a.roundId,
        date: a.date,
      };
      byPair.set(key, t);
    }
    const side = a.respondentOrgId === x ? 'frequencyFromA' : 'frequencyFromB';
    const prev = t[side];
    if (prev === null || frequencyRank(a.frequency) > frequencyRank(prev)) t[side] = a.frequency;
    for (const k of a.kinds) if (!t.kinds.includes(k)) t.kinds.push(k);
    t.agreementReported ||= a.agreement === 'ja';
    if (!t.respondentIds.includes(a.respondentId)) t.respondentIds.push(a.respondentId);
    if (a.date > t.date) t.date = a.date;
  }
  const out = [...byPair.values()];
  for (const t of out) {
    t.confirmed = t.frequencyFromA !== null && t.frequencyFromB !== null;
    const ranks = [t.frequencyFromA, t.frequencyFromB]
      .filter((f): f is SurveyFrequency => f !== null)
      .map(frequencyRank);
    t.frequency = SURVEY_FREQUENCIES[Math.min(...ranks)]!;
    t.kinds.sort(compareStrings);
    t.respondentIds.sort(compareStrings);
  }
  return out.sort((p, q) => compareStrings(p.id, q.id));
}

export interface Reciprocity {
  /** Unordered chain pair, e.g. 'algemeen|functioneel'. */
  key: string;
  chainA: Chain;
  chainB: Chain;
  ties: number;
  confirmed: number;
  /** confirmed / ties; null without ties. */
  rate: number | null;
}

/** Reciprocity (share of reported ties that both sides reported) per unordered chain pair and overall ('*'). */
export function reciprocity(ties: ReportedTie[], organisations: OrgFacts[]): Reciprocity[] {
  const chainOf = new Map(organisations.map((o) => [o.id, o.chain]));
  const rows = new Map<string, Reciprocity>();
  const add = (key: string, chainA: Chain, chainB: Chain, confirmed: boolean) => {
    let r = rows.get(key);
    if (!r) {
      r = { key, chainA, chainB, ties: 0, confirmed: 0, rate: null };
      rows.set(key, r);
    }
    r.ties++;
    if (confirmed) r.confirmed++;
  };
  let all = 0;
  let allConfirmed = 0;
  for (const t of ties) {
    const a = chainOf.get(t.orgAId);
    const b = chainOf.get(t.orgBId);
    if (!a || !b) continue;
    const [x, y] = sortedPair(a, b) as [Chain, Chain];
    add(`${x}|${y}`, x, y, t.confirmed);
    all++;
    if (t.confirmed) allConfirmed++;
  }
  const out = [...rows.values()].sort((p, q) => compareStrings(p.key, q.key));
  for (const r of out) r.rate = r.ties > 0 ? r.confirmed / r.ties : null;
  return [
    ...out,
    {
      key: '*',
      chainA: 'algemeen',
      chainB: 'functioneel',
      ties: all,
      confirmed: allConfirmed,
      rate: all > 0 ? allConfirmed / all : null,
    },
  ];
}

/**
 * The contact evidence a closed round gives the gap engine: one Contact per confirmed tie at least
 * monthly (id `enq:<tie id>`, dated the round's closing date). Unconfirmed ties give none.
 */
/** Contact evidence derived from a survey round (not a recorded contact: exports leave it out). */
export function isSurveyEvidence(contact: Pick<Contact, 'id'>): boolean {
  return contact.id.startsWith('enq:');
}

export function contactsFromTies(ties: ReportedTie[], date: string): Contact[] {
  const min = frequencyRank(RECENT_CONTACT_FREQUENCY);
  return ties
    .filter((t) => t.confirmed && frequencyRank(t.frequency) >= min)
    .map((t) => ({
      id: `enq:${t.id}`,
      orgAId: t.orgAId,
      orgBId: t.orgBId,
      date,
      kind: t.kinds[0] ?? 'overleg',
      strength: t.frequency === 'wekelijks' ? 3 : 2,
      personIds: [],
      note: `netwerkenquête ${t.roundId}`,
    }));
}

// ---------------------------------------------------------------------------------------------
// Trust and value scores

/** A summary of ratings, or `withheld` when fewer than MIN_RESPONDENTS distinct respondents rated. */
export type Score =
  | { withheld: true; respondents: number }
  | {
      withheld: false;
      /** Distinct respondents whose answer had at least one rating on this dimension. */
      respondents: number;
      /** Answers that rated (one respondent may rate the same organisation only once per round). */
      ratings: number;
      /** Mean of the per-answer composite (mean of the answer's rated indicators), 1–4. */
      mean: number;
      min: number;
      q1: number;
      median: number;
      q3: number;
      max: number;
      /** How many indicator ratings were 1, 2, 3 and 4 (index 0 = 1), and how many "weet ik niet". */
      counts: [number, number, number, number];
      dontKnow: number;
      /** Mean per indicator (null: nobody rated it). */
      indicators: Record<string, number | null>;
    };

export interface ScoreOptions {
  /** Withhold below this many respondents (default MIN_RESPONDENTS = 3). */
  minRespondents?: number;
}

/** Quantile by linear interpolation between closest ranks (type 7, as R and numpy default). */
export function quantile(sorted: number[], p: number): number {
  if (sorted.length === 0) throw new AnalysisInputError('survey.quantile', 'at least one value', sorted);
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/** The composite of one answer on a dimension: the mean of its rated indicators (null if none rated). */
export function composite(
  a: Pick<
    StoredSurveyAnswer,
    'openness' | 'reliability' | 'mission' | 'influence' | 'resources' | 'involvement'
  >,
  dim: ScoreDimension,
): number | null {
  const vals = DIMENSION_INDICATORS[dim].map((k) => a[k]).filter((v): v is number => v !== null);
  return vals.length === 0 ? null : vals.reduce((s, v) => s + v, 0) / vals.length;
}

/** Summarises the answers on one dimension (the caller has chosen which answers count). */
export function summarise(
  answers: StoredSurveyAnswer[],
  dim: ScoreDimension,
  options: ScoreOptions = {},
): Score {
  const min = options.minRespondents ?? MIN_RESPONDENTS;
  const comps: number[] = [];
  const respondents = new Set<string>();
  const counts: [number, number, number, number] = [0, 0, 0, 0];
  let dontKnow = 0;
  const sums = new Map<string, { s: number; n: number }>();
  for (const a of answers) {
    const c = composite(a, dim);
    for (const k of DIMENSION_INDICATORS[dim]) {
      const v: Rating = a[k];
      if (v === null) {
        dontKnow++;
        continue;
      }
      counts[v - 1]!++;
      const e = sums.get(k) ?? { s: 0, n: 0 };
      e.s += v;
      e.n++;
      sums.set(k, e);
    }
    if (c === null) continue;
    comps.push(c);
    respondents.add(a.respondentId);
  }
  if (respondents.size < min) return { withheld: true, respondents: respondents.size };
  comps.sort((x, y) => x - y);
  return {
    withheld: false,
    respondents: respondents.size,
    ratings: comps.length,
    mean: comps.reduce((s, v) => s + v, 0) / comps.length,
    min: comps[0]!,
    q1: quantile(comps, 0.25),
    median: quantile(comps, 0.5),
    q3: quantile(comps, 0.75),
    max: comps[comps.length - 1]!,
    counts,
    dontKnow,
    indicators: Object.fromEntries(
      DIMENSION_INDICATORS[dim].map((k) => {
        const e = sums.get(k);
        return [k, e ? e.s / e.n : null];
      }),
    ),
  };
}

export interface OrgScores {
  orgId: string;
  trust: Score;
  value: Score;
}

/**
 * Trust and value per organisation as seen by others: the answers about it given by respondents of
 * other organisations. Only organisations somebody rated; sorted by id.
 */
export function scoresByOrganisation(answers: StoredSurveyAnswer[], options: ScoreOptions = {}): OrgScores[] {
  assertAnswers('scoresByOrganisation', answers);
  const about = new Map<string, StoredSurveyAnswer[]>();
  for (const a of answers) {
    if (a.orgId === a.respondentOrgId) continue;
    const list = about.get(a.orgId);
    if (list) list.push(a);
    else about.set(a.orgId, [a]);
  }
  return [...about.entries()]
    .sort(([x], [y]) => compareStrings(x, y))
    .map(([orgId, list]) => ({
      orgId,
      trust: summarise(list, 'trust', options),
      value: summarise(list, 'value', options),
    }));
}

export interface ChainPairScores {
  /** Directed: how organisations of `raterChain` rate those of `ratedChain`. */
  raterChain: Chain;
  ratedChain: Chain;
  trust: Score;
  value: Score;
}

/** Trust and value per directed chain pair (how the functionele keten rates the algemene and vice versa). */
export function scoresByChainPair(
  answers: StoredSurveyAnswer[],
  organisations: OrgFacts[],
  options: ScoreOptions = {},
): ChainPairScores[] {
  const chainOf = new Map(organisations.map((o) => [o.id, o.chain]));
  const groups = new Map<string, { rater: Chain; rated: Chain; list: StoredSurveyAnswer[] }>();
  for (const a of answers) {
    if (a.orgId === a.respondentOrgId) continue;
    const rater = chainOf.get(a.respondentOrgId);
    const rated = chainOf.get(a.orgId);
    if (!rater || !rated) continue;
    const key = `${rater}>${rated}`;
    const g = groups.get(key) ?? { rater, rated, list: [] };
    g.list.push(a);
    groups.set(key, g);
  }
  return [...groups.entries()]
    .sort(([x], [y]) => compareStrings(x, y))
    .map(([, g]) => ({
      raterChain: g.rater,
      ratedChain: g.rated,
      trust: summarise(g.list, 'trust', options),
      value: summarise(g.list, 'value', options),
    }));
}

/** Trust and value of the whole network (every answer about another organisation). */
export function networkScores(
  answers: StoredSurveyAnswer[],
  options: ScoreOptions = {},
): Record<ScoreDimension, Score> {
  const others = answers.filter((a) => a.orgId !== a.respondentOrgId);
  return Object.fromEntries(SCORE_DIMENSIONS.map((d) => [d, summarise(others, d, options)])) as Record<
    ScoreDimension,
    Score
  >;
}

// ---------------------------------------------------------------------------------------------
// Response rate

export interface ResponseRate {
  dimension: 'keten' | 'regio' | 'sector' | 'totaal';
  key: string;
  asked: number;
  answered: number;
  /** answered / asked; null when nobody was asked. */
  rate: number | null;
}

/**
 * Response rate per chain, region and sector of the respondent's organisation, and in total.
 * Answered = submitted (a draft is not an answer). An organisation in several regions counts in each.
 */
export function responseRates(tasks: SurveyTaskFacts[], organisations: OrgFacts[]): ResponseRate[] {
  const orgs = new Map(organisations.map((o) => [o.id, o]));
  const rows = new Map<string, ResponseRate>();
  const add = (dimension: ResponseRate['dimension'], key: string, answered: boolean) => {
    const k = `${dimension}:${key}`;
    const r = rows.get(k) ?? { dimension, key, asked: 0, answered: 0, rate: null };
    r.asked++;
    if (answered) r.answered++;
    rows.set(k, r);
  };
  for (const t of tasks) {
    const done = t.status === 'ingediend';
    add('totaal', '*', done);
    const o = orgs.get(t.orgId);
    if (!o) continue;
    add('keten', o.chain, done);
    for (const r of new Set(o.regionCodes)) add('regio', r, done);
    add('sector', o.sectorId ?? '-', done);
  }
  const order = { totaal: 0, keten: 1, regio: 2, sector: 3 } as const;
  return [...rows.values()]
    .map((r) => ({ ...r, rate: r.asked > 0 ? r.answered / r.asked : null }))
    .sort((p, q) => order[p.dimension] - order[q.dimension] || compareStrings(p.key, q.key));
}

// ---------------------------------------------------------------------------------------------
// Step 3: expected koppelvlakken no answer covered

export interface UncoveredPartner {
  orgId: string;
  koppelvlakIds: string[];
  processIds: string[];
}

/**
 * The organisations that `orgId` has a koppelvlak with (either direction) and that the respondent
 * did not name. Confidential koppelvlakken are never listed (the form may be open on an
 * invitation link, and a respondent's answers are no place to learn of them). Sorted by org id.
 */
export function uncoveredKoppelvlakken(
  orgId: string,
  koppelvlakken: Pick<Koppelvlak, 'id' | 'fromId' | 'toId' | 'processId' | 'confidential'>[],
  namedOrgIds: Iterable<string>,
): UncoveredPartner[] {
  const named = new Set(namedOrgIds);
  const out = new Map<string, UncoveredPartner>();
  for (const k of koppelvlakken) {
    if (k.confidential) continue;
    const other = k.fromId === orgId ? k.toId : k.toId === orgId ? k.fromId : null;
    if (other === null || other === orgId || named.has(other)) continue;
    const u = out.get(other) ?? { orgId: other, koppelvlakIds: [], processIds: [] };
    u.koppelvlakIds.push(k.id);
    if (!u.processIds.includes(k.processId)) u.processIds.push(k.processId);
    out.set(other, u);
  }
  return [...out.values()]
    .map((u) => ({
      ...u,
      koppelvlakIds: u.koppelvlakIds.sort(compareStrings),
      processIds: u.processIds.sort(compareStrings),
    }))
    .sort((p, q) => compareStrings(p.orgId, q.orgId));
}

// ---------------------------------------------------------------------------------------------
// Round-to-round comparison

export interface TieChange {
  orgAId: string;
  orgBId: string;
  before: SurveyFrequency | null;
  after: SurveyFrequency | null;
  confirmedBefore: boolean;
  confirmedAfter: boolean;
}

export interface RoundComparison {
  appeared: TieChange[];
  disappeared: TieChange[];
  strengthened: TieChange[];
  weakened: TieChange[];
  unchanged: number;
}

/** Which ties appeared, disappeared, strengthened or weakened (by frequency) between two rounds. */
export function compareRounds(before: ReportedTie[], after: ReportedTie[]): RoundComparison {
  const key = (t: ReportedTie) => pairKey(t.orgAId, t.orgBId);
  const b = new Map(before.map((t) => [key(t), t]));
  const a = new Map(after.map((t) => [key(t), t]));
  const out: RoundComparison = {
    appeared: [],
    disappeared: [],
    strengthened: [],
    weakened: [],
    unchanged: 0,
  };
  const change = (x: ReportedTie | undefined, y: ReportedTie | undefined): TieChange => {
    const t = (y ?? x)!;
    return {
      orgAId: t.orgAId,
      orgBId: t.orgBId,
      before: x?.frequency ?? null,
      after: y?.frequency ?? null,
      confirmedBefore: x?.confirmed ?? false,
      confirmedAfter: y?.confirmed ?? false,
    };
  };
  for (const k of [...new Set([...b.keys(), ...a.keys()])].sort(compareStrings)) {
    const x = b.get(k);
    const y = a.get(k);
    if (!x) out.appeared.push(change(x, y));
    else if (!y) out.disappeared.push(change(x, y));
    else {
      const d = frequencyRank(y.frequency) - frequencyRank(x.frequency);
      if (d > 0) out.strengthened.push(change(x, y));
      else if (d < 0) out.weakened.push(change(x, y));
      else out.unchanged++;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// What a round did to the analysis: the figures without its contact evidence and with it

/** Contact evidence of one round (ids `enq:rt:<roundId>:<pair>`, see contactsFromTies). */
export function isEvidenceOfRound(contact: Pick<Contact, 'id'>, roundId: string): boolean {
  return contact.id.startsWith(`enq:rt:${roundId}:`);
}

/** The contacts without one round's evidence: the network as it would be had the round not closed. */
export function contactsWithoutRound<C extends Pick<Contact, 'id'>>(
  contacts: readonly C[],
  roundId: string,
): C[] {
  return contacts.filter((c) => !isEvidenceOfRound(c, roundId));
}

export interface EffectFigures {
  coverageAll: number | null;
  coverageA: number | null;
  crossChainDensity: number | null;
  gaps: number;
}

export interface RoundEffect {
  /** Evidence contacts the round gives the gap engine (confirmed, at least monthly). */
  evidence: number;
  without: EffectFigures;
  with: EffectFigures;
  /** Gaps that exist without the round and not with it (sorted), and the other way round. */
  closedGapIds: string[];
  openedGapIds: string[];
}

/**
 * Compares two analyses of the same network, one without the round's evidence and one with it.
 * Pure: the caller computes both (the dal does it in the analysis worker).
 */
export function roundEffect(
  evidence: number,
  without: { figures: EffectFigures; gapIds: readonly string[] },
  withRound: { figures: EffectFigures; gapIds: readonly string[] },
): RoundEffect {
  const before = new Set(without.gapIds);
  const after = new Set(withRound.gapIds);
  return {
    evidence,
    without: without.figures,
    with: withRound.figures,
    closedGapIds: [...before].filter((id) => !after.has(id)).sort(compareStrings),
    openedGapIds: [...after].filter((id) => !before.has(id)).sort(compareStrings),
  };
}

// ---------------------------------------------------------------------------------------------
// Step 3 answers, gathered per partner organisation without the respondent

export interface ReflectionSummary {
  orgId: string;
  yes: number;
  no: number;
  dontKnow: number;
  /** The free texts ("why not", "what blocks you"), trimmed, empty ones left out, sorted. */
  texts: string[];
}

/**
 * The "do you work with them? why not? what blocks you?" answers per partner organisation named in
 * them: counts and the texts, never who wrote them or from which organisation (a respondent is the
 * only one of their organisation more often than not). Sorted by the number of "no" answers.
 */
export function summariseReflections(
  reflections: ReadonlyArray<{
    orgId: string;
    worksWith: 'ja' | 'nee' | 'weet-niet';
    whyNot: string;
    blockers: string;
  }>,
): ReflectionSummary[] {
  const by = new Map<string, ReflectionSummary>();
  for (const r of reflections) {
    const s = by.get(r.orgId) ?? { orgId: r.orgId, yes: 0, no: 0, dontKnow: 0, texts: [] };
    if (r.worksWith === 'ja') s.yes++;
    else if (r.worksWith === 'nee') s.no++;
    else s.dontKnow++;
    for (const t of [r.whyNot, r.blockers]) {
      const v = t.trim();
      if (v) s.texts.push(v);
    }
    by.set(r.orgId, s);
  }
  return [...by.values()]
    .map((s) => ({ ...s, texts: s.texts.sort(compareStrings) }))
    .sort((a, b) => b.no - a.no || compareStrings(a.orgId, b.orgId));
}
