import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { recordAudit } from '../audit/record';
import { assertCan, can } from '../auth/permissions';
import type { Viewer } from '../auth/viewer';
import { runQuery, withWriteTransaction, type RowOf } from '../db/run';
import {
  ADOPTED_STAGES,
  STAGE_TRANSITIONS,
  recommendationEdit,
  recommendationInput,
  stageChangeInput,
  stageChangeProblems,
  type RecommendationStage,
} from '../domain/recommendation';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError, zodIssuesToText } from '../errors';
import { ruleText, type RuleKey } from '../i18n/messages/recommendation-rules';
import { pipelineFigures } from '../report/recommendations';
import { defineCache, SHARED } from './cache';
import { today } from './network';

// Recommendations (aanbevelingen): deelnemers propose them from a blocker of their own coalition's
// progress review, the project team decides, moves them through the stages and records the bodies'
// answers; the regisseur may do all of it; the stuurgroep reads them without names. Every write is
// audited in its own transaction; every edit and stage change checks the version it was loaded with.

type Row = RowOf<'get-recommendations'>;
type Step = RowOf<'get-recommendation-steps'>;

const BODY_KINDS = new Set(['gremium', 'kennisinstituut']);

function invalid(key: RuleKey, values: Record<string, string> = {}): ValidationError {
  return new ValidationError(ruleText(key, values));
}

function parse<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new ValidationError(zodIssuesToText(parsed.error.issues));
  return parsed.data;
}

/** What the pages need to name things: coalitions, reviews, bodies, agreements, documents. */
async function references() {
  const [coalitions, reviews, organisations, agreements, documents] = await Promise.all([
    runQuery('get-coalitions', {}),
    runQuery('get-reviews', {}),
    runQuery('get-organisations', {}),
    runQuery('get-agreements', {}),
    runQuery('get-documents', {}),
  ]);
  return {
    coalitions: new Map(coalitions.map((c) => [c.id, c])),
    reviews: new Map(reviews.map((r) => [r.id, r])),
    bodies: new Map(organisations.filter((o) => BODY_KINDS.has(o.kind)).map((o) => [o.id, o])),
    agreements: new Map(agreements.map((a) => [a.id, a])),
    documents: new Map(documents.map((d) => [d.id, d])),
  };
}
type Refs = Awaited<ReturnType<typeof references>>;

export interface RecommendationView {
  id: string;
  title: string;
  problem: string;
  proposal: string;
  /** null for the stuurgroep and the public (no names). */
  owner: string | null;
  proposedBy: string | null;
  stage: RecommendationStage;
  stageSince: string;
  reference: string | null;
  version: number;
  createdAt: string;
  coalitions: { id: string; name: string }[];
  /** The progress reviews it addresses; `blockers` only when the viewer may read that review. */
  reviews: {
    id: string;
    coalitionId: string;
    coalitionName: string;
    date: string;
    blockers: string | null;
  }[];
  submissions: {
    bodyId: string;
    bodyName: string;
    date: string;
    answer: string | null;
    answerStage: RecommendationStage | null;
    answeredAt: string | null;
  }[];
  agreement: { id: string; title: string } | null;
  document: { id: string; title: string; type: string } | null;
}

/** May this viewer read the text of this coalition's progress reviews? */
function readsReviewsOf(viewer: Viewer, coalitionId: string): boolean {
  if (can(viewer, 'network:write')) return true;
  return viewer.role === 'deelnemer' && viewer.coalitionIds.includes(coalitionId);
}

function toView(r: Row, refs: Refs, viewer: Viewer): RecommendationView {
  const names = can(viewer, 'network:read');
  const coalitionName = (id: string) => refs.coalitions.get(id)?.name ?? id;
  const agreement = r.agreementId ? refs.agreements.get(r.agreementId) : undefined;
  const document = r.documentId ? refs.documents.get(r.documentId) : undefined;
  return {
    id: r.id,
    title: r.title,
    problem: r.problem,
    proposal: r.proposal,
    owner: names ? r.owner : null,
    proposedBy: names ? r.createdByName : null,
    stage: r.stage,
    stageSince: r.stageSince,
    reference: r.reference,
    version: r.version,
    createdAt: r.createdAt,
    coalitions: r.coalitionIds
      .map((id) => ({ id, name: coalitionName(id) }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    reviews: r.reviewIds
      .map((id) => refs.reviews.get(id))
      .filter((v) => v !== undefined)
      .map((v) => ({
        id: v.id,
        coalitionId: v.coalitionId,
        coalitionName: coalitionName(v.coalitionId),
        date: v.date,
        blockers: readsReviewsOf(viewer, v.coalitionId) ? v.blockers : null,
      }))
      .sort((a, b) => b.date.localeCompare(a.date)),
    submissions: r.submissions.map((s) => ({ ...s, bodyName: refs.bodies.get(s.bodyId)?.name ?? s.bodyId })),
    agreement: agreement ? { id: agreement.id, title: agreement.title } : null,
    document: document ? { id: document.id, title: document.title, type: document.type } : null,
  };
}

export interface RecommendationFilters {
  stage?: RecommendationStage | null;
  coalitionId?: string | null;
  bodyId?: string | null;
  q?: string | null;
}

/** Every recommendation this viewer may read, newest first, filtered. */
export async function listRecommendations(
  viewer: Viewer,
  filters: RecommendationFilters = {},
): Promise<RecommendationView[]> {
  assertCan(viewer, 'recommendation:read');
  const [rows, refs] = await Promise.all([runQuery('get-recommendations', {}), references()]);
  const q = filters.q?.trim().toLowerCase() ?? '';
  return rows
    .filter((r) => !filters.stage || r.stage === filters.stage)
    .filter((r) => !filters.coalitionId || r.coalitionIds.includes(filters.coalitionId))
    .filter((r) => !filters.bodyId || r.submissions.some((s) => s.bodyId === filters.bodyId))
    .filter((r) => !q || `${r.title} ${r.problem} ${r.proposal}`.toLowerCase().includes(q))
    .map((r) => toView(r, refs, viewer));
}

export interface StepView {
  id: string;
  at: string;
  date: string;
  fromStage: RecommendationStage | null;
  toStage: RecommendationStage;
  /** null for the stuurgroep. */
  actorName: string | null;
  bodies: { id: string; name: string }[];
  answer: string | null;
  agreementId: string | null;
  documentId: string | null;
  reference: string | null;
  note: string | null;
}

function stepView(s: Step, refs: Refs, viewer: Viewer): StepView {
  return {
    id: s.id,
    at: s.at,
    date: s.date,
    fromStage: s.fromStage,
    toStage: s.toStage,
    actorName: can(viewer, 'network:read') ? s.actorName : null,
    bodies: s.bodyIds.map((id) => ({ id, name: refs.bodies.get(id)?.name ?? id })),
    answer: s.answer,
    agreementId: s.agreementId,
    documentId: s.documentId,
    reference: s.reference,
    note: s.note,
  };
}

/** One recommendation with its dated history and the stages it may go to next (for this viewer). */
export async function getRecommendation(viewer: Viewer, id: string) {
  assertCan(viewer, 'recommendation:read');
  const [rows, steps, refs] = await Promise.all([
    runQuery('get-recommendations', {}),
    runQuery('get-recommendation-steps', { id }),
    references(),
  ]);
  const row = rows.find((r) => r.id === id);
  if (!row) throw new NotFoundError(ruleText('notFound', { id }));
  return {
    recommendation: toView(row, refs, viewer),
    steps: steps.map((s) => stepView(s, refs, viewer)),
    next: can(viewer, 'recommendation:decide') ? STAGE_TRANSITIONS[row.stage] : [],
    mayEdit: mayEdit(viewer, row),
  };
}

function mayEdit(viewer: Viewer, row: Pick<Row, 'stage' | 'createdById'>): boolean {
  if (can(viewer, 'recommendation:decide')) return true;
  return (
    can(viewer, 'recommendation:propose') &&
    row.stage === 'idee' &&
    viewer.userId !== null &&
    row.createdById === viewer.userId
  );
}

/** The bodies (gremia, knowledge institutes) a recommendation can go to. */
export async function listBodies(viewer: Viewer): Promise<{ id: string; name: string; kind: string }[]> {
  assertCan(viewer, 'recommendation:read');
  const orgs = await runQuery('get-organisations', {});
  return orgs
    .filter((o) => BODY_KINDS.has(o.kind))
    .map((o) => ({ id: o.id, name: o.name, kind: o.kind }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * The origin links of a recommendation, checked: reviews and coalitions exist, a review's coalition
 * is linked too, and a deelnemer links only their own coalitions (what they may read).
 */
async function checkedOrigin(viewer: Viewer, coalitionIds: string[], reviewIds: string[]) {
  const [coalitions, reviews] = await Promise.all([
    runQuery('get-coalitions', {}),
    runQuery('get-reviews', {}),
  ]);
  const known = new Set(coalitions.map((c) => c.id));
  const reviewById = new Map(reviews.map((r) => [r.id, r]));
  const all = new Set(coalitionIds);
  for (const id of reviewIds) {
    const review = reviewById.get(id);
    if (!review) throw invalid('unknownReview', { id });
    all.add(review.coalitionId);
  }
  for (const id of all) {
    if (!known.has(id)) throw invalid('unknownCoalition', { id });
    if (!can(viewer, 'recommendation:decide') && !viewer.coalitionIds.includes(id))
      throw new ForbiddenError(ruleText('notOwnCoalition', { id }));
  }
  if (all.size === 0) throw invalid('needsOrigin');
  return { coalitionIds: [...all].sort(), reviewIds: [...reviewIds].sort() };
}

/** A new recommendation at stage idee (deelnemer, projectteam, regisseur). */
export async function createRecommendation(viewer: Viewer, input: unknown, ip: string | null = null) {
  assertCan(viewer, 'recommendation:propose');
  const v = parse(recommendationInput, input);
  const origin = await checkedOrigin(viewer, v.coalitionIds, v.reviewIds);
  const id = `ab-${randomUUID().slice(0, 8)}`;
  const now = new Date().toISOString();
  return withWriteTransaction(async (tx) => {
    const [res] = await runQuery(
      'create-recommendation',
      {
        id,
        title: v.title,
        problem: v.problem,
        proposal: v.proposal,
        owner: v.owner,
        ...origin,
        now,
        date: today(),
        stepId: randomUUID(),
        actorId: viewer.userId,
        actorName: viewer.name,
      },
      { tx },
    );
    await recordAudit(
      viewer,
      {
        action: 'recommendation.create',
        entityType: 'Recommendation',
        entityId: id,
        after: { ...v, ...origin },
        ip,
      },
      tx,
    );
    return { id, version: res!.version };
  });
}

async function loadRow(id: string): Promise<Row> {
  const row = (await runQuery('get-recommendations', {})).find((r) => r.id === id);
  if (!row) throw new NotFoundError(ruleText('notFound', { id }));
  return row;
}

function stale(): ConflictError {
  return new ConflictError(ruleText('stale'));
}

/** Changes the text, owner and origin (version check); a deelnemer only their own idea. */
export async function updateRecommendation(viewer: Viewer, input: unknown, ip: string | null = null) {
  assertCan(viewer, 'recommendation:propose');
  const v = parse(recommendationEdit, input);
  const row = await loadRow(v.id);
  if (!mayEdit(viewer, row)) throw new ForbiddenError(ruleText('notYourIdea'));
  const origin = await checkedOrigin(viewer, v.coalitionIds, v.reviewIds);
  const now = new Date().toISOString();
  return withWriteTransaction(async (tx) => {
    const [res] = await runQuery(
      'update-recommendation',
      {
        id: v.id,
        expectedVersion: v.expectedVersion,
        title: v.title,
        problem: v.problem,
        proposal: v.proposal,
        owner: v.owner,
        ...origin,
        now,
        date: today(),
      },
      { tx },
    );
    if (!res) throw stale();
    await recordAudit(
      viewer,
      {
        action: 'recommendation.update',
        entityType: 'Recommendation',
        entityId: v.id,
        before: { title: row.title, problem: row.problem, proposal: row.proposal, owner: row.owner },
        after: { title: v.title, problem: v.problem, proposal: v.proposal, owner: v.owner, ...origin },
        ip,
      },
      tx,
    );
    return { id: v.id, version: res.version };
  });
}

/**
 * Moves a recommendation to its next stage (projectteam, regisseur): the order is kept (a skip is
 * refused with the stage that comes next), bodies, answer, agreement or reference are checked, and
 * the step is kept with who and when.
 */
export async function moveRecommendationStage(viewer: Viewer, input: unknown, ip: string | null = null) {
  assertCan(viewer, 'recommendation:decide');
  const v = parse(stageChangeInput, input);
  const row = await loadRow(v.id);
  if (row.version !== v.expectedVersion) throw stale();
  const problems = stageChangeProblems(
    { stage: row.stage, submittedTo: row.submissions.map((s) => s.bodyId) },
    v,
  );
  if (problems.length > 0)
    throw new ValidationError({
      nl: problems.map((p) => p.nl).join(' '),
      en: problems.map((p) => p.en).join(' '),
    });
  const refs = await references();
  for (const b of v.bodyIds) if (!refs.bodies.has(b)) throw invalid('unknownBody', { id: b });
  if (v.agreementId && !refs.agreements.has(v.agreementId))
    throw invalid('unknownAgreement', { id: v.agreementId });
  if (v.documentId && !refs.documents.has(v.documentId))
    throw invalid('unknownDocument', { id: v.documentId });
  const now = new Date().toISOString();
  const keep = <T>(stage: RecommendationStage, value: T) => (v.to === stage ? value : null);
  return withWriteTransaction(async (tx) => {
    const [res] = await runQuery(
      'move-recommendation-stage',
      {
        id: v.id,
        expectedVersion: v.expectedVersion,
        fromStage: row.stage,
        toStage: v.to,
        date: v.date,
        bodyIds: v.bodyIds,
        answer: v.answer,
        agreementId: keep('landelijke-afspraak', v.agreementId),
        documentId: keep('landelijke-afspraak', v.documentId),
        reference: keep('wet-regelgeving', v.reference),
        note: v.note,
        now,
        stepId: randomUUID(),
        actorId: viewer.userId,
        actorName: viewer.name,
      },
      { tx },
    );
    if (!res) throw stale();
    await recordAudit(
      viewer,
      {
        action: 'recommendation.stage',
        entityType: 'Recommendation',
        entityId: v.id,
        before: { stage: row.stage },
        after: {
          stage: v.to,
          date: v.date,
          bodyIds: v.bodyIds,
          answer: v.answer,
          agreementId: v.agreementId,
          documentId: v.documentId,
          reference: v.reference,
          note: v.note,
        },
        ip,
      },
      tx,
    );
    return { id: v.id, version: res.version, stage: res.stage };
  });
}

export interface PublicRecommendation {
  id: string;
  title: string;
  problem: string;
  proposal: string;
  stage: RecommendationStage;
  bodies: string[];
  adoptedAt: string | null;
  documentTitle: string | null;
}

/** The open part of the environment: recommendations the bodies adopted, without names of people or coalitions. */
export async function listAdoptedRecommendations(viewer: Viewer): Promise<PublicRecommendation[]> {
  assertCan(viewer, 'aggregate:read');
  const [rows, refs] = await Promise.all([runQuery('get-recommendations', {}), references()]);
  return rows
    .filter((r) => (ADOPTED_STAGES as readonly string[]).includes(r.stage))
    .map((r) => {
      const adopted = r.submissions.filter((s) => s.answerStage === 'overgenomen');
      const document = r.documentId ? refs.documents.get(r.documentId) : undefined;
      return {
        id: r.id,
        title: r.title,
        problem: r.problem,
        proposal: r.proposal,
        stage: r.stage,
        bodies: adopted.map((s) => refs.bodies.get(s.bodyId)?.name ?? s.bodyId),
        adoptedAt:
          adopted
            .map((s) => s.answeredAt)
            .filter((d) => d !== null)
            .sort()[0] ?? null,
        // A kennisbank document's title names no one; an agreement's title names its parties, so it stays out.
        documentTitle: document?.title ?? null,
      };
    })
    .sort((a, b) => (b.adoptedAt ?? '').localeCompare(a.adoptedAt ?? ''));
}

/** All steps of all recommendations (for the pipeline and the briefing). */
export async function recommendationSteps(viewer: Viewer): Promise<Step[]> {
  assertCan(viewer, 'recommendation:read');
  return runQuery('get-recommendation-steps', { id: null });
}

/** Counts per stage, median time per stage and the funnel: aggregates only, so the overview shows them to all. */
export async function getRecommendationPipeline(viewer: Viewer) {
  assertCan(viewer, 'aggregate:read');
  return pipelines.get({ scope: SHARED, asOf: today() }, async () => {
    const [rows, steps] = await Promise.all([
      runQuery('get-recommendations', {}),
      runQuery('get-recommendation-steps', { id: null }),
    ]);
    return pipelineFigures(rows, steps);
  });
}

/**
 * The pipeline's figures are the same for every viewer; every recommendation change is audited as
 * a network change (lib/audit/record.ts), which makes the entry stale. Per day: time in a stage grows.
 */
const pipelines = defineCache<ReturnType<typeof pipelineFigures>>('recommendation-pipeline', {
  dependsOn: ['network'],
  max: 2,
});

/** What the propose form offers: the coalitions the viewer may propose from, with their reviews' blockers. */
export async function proposalOptions(viewer: Viewer) {
  assertCan(viewer, 'recommendation:propose');
  const [coalitions, reviews] = await Promise.all([
    runQuery('get-coalitions', {}),
    runQuery('get-reviews', {}),
  ]);
  const mine = coalitions.filter(
    (c) => can(viewer, 'recommendation:decide') || viewer.coalitionIds.includes(c.id),
  );
  const name = new Map(mine.map((c) => [c.id, c.name]));
  return {
    coalitions: mine.map((c) => ({ id: c.id, name: c.name })),
    reviews: reviews
      .filter((r) => name.has(r.coalitionId) && r.blockers.trim())
      .map((r) => ({
        id: r.id,
        coalitionId: r.coalitionId,
        coalitionName: name.get(r.coalitionId)!,
        date: r.date,
        blockers: r.blockers,
      })),
  };
}

/** What the stage form offers: bodies, agreements and kennisbank documents (projectteam, regisseur). */
export async function stageOptions(viewer: Viewer) {
  assertCan(viewer, 'recommendation:decide');
  const refs = await references();
  return {
    bodies: [...refs.bodies.values()]
      .map((b) => ({ id: b.id, name: b.name }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    agreements: [...refs.agreements.values()]
      .map((a) => ({ id: a.id, title: a.title }))
      .sort((a, b) => a.title.localeCompare(b.title)),
    documents: [...refs.documents.values()]
      .filter((d) => d.current)
      .map((d) => ({ id: d.id, title: d.title, type: d.type })),
  };
}

/** The recommendations that came from one coalition (its page lists them). */
export async function recommendationsOfCoalition(viewer: Viewer, coalitionId: string) {
  return listRecommendations(viewer, { coalitionId });
}
