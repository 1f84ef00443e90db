import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { recordAudit } from '../audit/record';
import { assertCan, can } from '../auth/permissions';
import { hashToken, newToken } from '../auth/tokens';
import type { Viewer } from '../auth/viewer';
import { runQuery, withWriteTransaction } from '../db/run';
import { CHAINS } from '../domain/enums';
import {
  INDICATORS,
  TRUST_INDICATORS,
  surveyDraft,
  surveyQuestion,
  surveyRoundInput,
  surveySubmission,
  type StoredSurveyAnswer,
  type SurveyDraft,
  type SurveyQuestion,
  type SurveyReflection,
  type SurveyRound,
} from '../domain/survey';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
  zodIssuesToText,
  type Bilingual,
} from '../errors';
import { fmt } from '../i18n/define';
import { survey as messages } from '../i18n/messages/survey';
import { toCsv } from '../io/csv';
import { nearMatches, organisationKey } from '../import/values';
import { uncoveredKoppelvlakken } from '../analysis/survey';
import { today } from './network';

// The network survey's data access: every function checks the role first. The regisseur opens,
// follows and closes rounds (survey:manage) and sees who answered, never what; the project team
// reads the results (survey:results); an asked person answers only their own task (survey:respond
// and task.personId = viewer.personId), or anyone holding the task's invitation link. Every write
// is audited in its transaction; drafts carry the task's version (a stale form is refused).

type MessageKey = keyof typeof messages.nl;
const text = (k: MessageKey, values: Record<string, string | number> = {}): Bilingual => ({
  nl: fmt(messages.nl[k], values),
  en: fmt(messages.en[k], values),
});

const INVITATION_DAYS = 30;

/** Who answers a task: a signed-in asked person, or the holder of the task's invitation link. */
export interface SurveyAccess {
  viewer: Viewer;
  /** The raw token of a survey link (`/enquetes/link/<token>`); only its hash is looked up. */
  token?: string | null;
  ip?: string | null;
}

const questionsJson = z.string().transform((s, ctx) => {
  try {
    return z.array(surveyQuestion).parse(JSON.parse(s));
  } catch {
    ctx.addIssue({ code: 'custom', message: 'questionsJson' });
    return z.NEVER;
  }
});

function parseJson<T>(schema: z.ZodType<T>, s: string | null, fallback: T): T {
  if (s === null) return fallback;
  try {
    const r = schema.safeParse(JSON.parse(s));
    return r.success ? r.data : fallback;
  } catch {
    return fallback;
  }
}

/** The questions a new round asks, in both languages (stored with the round, so rounds can be compared). */
export function defaultQuestions(): SurveyQuestion[] {
  const scale = (k: MessageKey) => `${messages.nl[k]} / ${messages.en[k]}`;
  return [
    {
      key: 'frequency',
      dimension: null,
      scale: scale('scaleFrequency'),
      nl: messages.nl['q.frequency'],
      en: messages.en['q.frequency'],
    },
    {
      key: 'kinds',
      dimension: null,
      scale: scale('scaleKinds'),
      nl: messages.nl['q.kinds'],
      en: messages.en['q.kinds'],
    },
    {
      key: 'agreement',
      dimension: null,
      scale: scale('scaleAgreement'),
      nl: messages.nl['q.agreement'],
      en: messages.en['q.agreement'],
    },
    ...INDICATORS.map((k) => ({
      key: k,
      dimension: (TRUST_INDICATORS as readonly string[]).includes(k)
        ? ('trust' as const)
        : ('value' as const),
      scale: scale('scaleRating'),
      nl: messages.nl[`q.${k}`],
      en: messages.en[`q.${k}`],
    })),
  ];
}

export type SurveyRoundSummary = SurveyRound & {
  version: number;
  asked: number;
  answered: number;
  drafts: number;
};

async function loadRounds(): Promise<SurveyRoundSummary[]> {
  const rows = await runQuery('get-survey-rounds', {});
  return rows.map(({ questionsJson: q, ...r }) => ({ ...r, questions: questionsJson.parse(q) }));
}

/** Every round with its counts. Right: survey:results (the regisseur and the project team). */
export async function listSurveyRounds(viewer: Viewer): Promise<SurveyRoundSummary[]> {
  assertCan(viewer, 'survey:results');
  return loadRounds();
}

async function roundOrThrow(roundId: string): Promise<SurveyRoundSummary> {
  const r = (await loadRounds()).find((x) => x.id === roundId);
  if (!r) throw new NotFoundError();
  return r;
}

/** Opens a round and asks its audience (one task per person). Right: survey:manage. */
export async function openSurveyRound(viewer: Viewer, input: unknown, ip: string | null = null) {
  assertCan(viewer, 'survey:manage');
  const parsed = surveyRoundInput.safeParse(input);
  if (!parsed.success) throw new ValidationError(zodIssuesToText(parsed.error.issues));
  const r = parsed.data;
  if (r.audience.kind === 'keten' && !(CHAINS as readonly string[]).includes(r.audience.ref ?? ''))
    throw new ValidationError(
      zodIssuesToText([
        {
          path: ['audience', 'ref'],
          message: `verwacht ${CHAINS.join(', ')} / expected ${CHAINS.join(', ')}`,
        },
      ]),
    );
  const id = `enq-${r.opensAt}-${randomUUID().slice(0, 8)}`;
  return withWriteTransaction(async (tx) => {
    const row = (
      await runQuery(
        'create-survey-round',
        {
          id,
          title: r.title,
          periodFrom: r.periodFrom,
          periodTo: r.periodTo,
          opensAt: r.opensAt,
          closesAt: r.closesAt,
          audienceKind: r.audience.kind,
          audienceRef: r.audience.kind === 'alle' ? null : r.audience.ref,
          questionsJson: JSON.stringify(defaultQuestions()),
          now: new Date().toISOString(),
          createdBy: viewer.userId,
        },
        { tx },
      )
    )[0]!;
    await recordAudit(
      viewer,
      {
        action: 'survey.open',
        entityType: 'SurveyRound',
        entityId: id,
        after: { ...r, asked: row.asked },
        ip,
      },
      tx,
    );
    return row;
  });
}

const versionBody = z.object({ expectedVersion: z.number().int().min(0) }).strict();
const inviteBody = z.object({ taskId: z.string().min(1).max(300) }).strict();

/** Closes an open round: from now on its answers count in the analysis. Right: survey:manage. */
export async function closeSurveyRound(
  viewer: Viewer,
  roundId: string,
  expected: unknown,
  ip: string | null = null,
) {
  assertCan(viewer, 'survey:manage');
  const expectedVersion =
    typeof expected === 'number' ? expected : versionBody.parse(expected).expectedVersion;
  const round = await roundOrThrow(roundId);
  if (round.status !== 'open') throw new ConflictError(text('closedRound'));
  return withWriteTransaction(async (tx) => {
    const row = (
      await runQuery(
        'close-survey-round',
        { id: roundId, expectedVersion, now: new Date().toISOString() },
        { tx },
      )
    )[0];
    if (!row) throw new ConflictError(text('stale'));
    // 'survey.close' changes the network's data (the round's ties now count): the analysis recomputes.
    await recordAudit(
      viewer,
      {
        action: 'survey.close',
        entityType: 'SurveyRound',
        entityId: roundId,
        after: { asked: row.asked, answered: row.answered },
        ip,
      },
      tx,
    );
    return row;
  });
}

/** Who was asked and who answered (never what). Right: survey:manage. */
export async function getSurveyTasks(viewer: Viewer, roundId: string) {
  assertCan(viewer, 'survey:manage');
  await roundOrThrow(roundId);
  return runQuery('get-survey-tasks', { roundId });
}

/** The reminder list: the asked people who have not submitted, as CSV. Right: survey:manage. */
export async function reminderCsv(
  viewer: Viewer,
  roundId: string,
  locale: 'nl' | 'en',
  ip: string | null = null,
) {
  const tasks = (await getSurveyTasks(viewer, roundId)).filter((t) => t.status !== 'ingediend');
  const m = messages[locale];
  const status = { open: m.taskOpen, concept: m.taskDraft, ingediend: m.taskSubmitted } as const;
  const csv = toCsv(
    [m.person, m.email, m.organisation, m.status],
    tasks.map((t) => [t.personName, t.email, t.orgName, status[t.status]]),
  );
  await recordAudit(viewer, {
    action: 'export.survey-reminders',
    entityType: 'SurveyRound',
    entityId: roundId,
    after: { rows: tasks.length },
    ip,
  });
  return { csv, rows: tasks.length };
}

/** A single-use link for one task (for someone without an account); only its hash is stored. Right: survey:manage. */
export async function createSurveyInvitation(
  viewer: Viewer,
  task: string | unknown,
  ip: string | null = null,
  roundId: string | null = null,
) {
  assertCan(viewer, 'survey:manage');
  const taskId = typeof task === 'string' ? task : inviteBody.parse(task).taskId;
  if (roundId !== null && !taskId.startsWith(`${roundId}:`)) throw new NotFoundError();
  const token = newToken();
  const now = new Date();
  const expires = new Date(now.getTime() + INVITATION_DAYS * 86_400_000);
  return withWriteTransaction(async (tx) => {
    const row = (
      await runQuery(
        'create-survey-invitation',
        {
          id: randomUUID(),
          taskId,
          tokenHash: hashToken(token),
          now: now.toISOString(),
          expiresAt: expires.toISOString(),
          createdBy: viewer.userId,
        },
        { tx },
      )
    )[0];
    if (!row) throw new NotFoundError();
    await recordAudit(
      viewer,
      { action: 'survey.invite', entityType: 'SurveyTask', entityId: taskId, ip },
      tx,
    );
    return { token, expiresAt: expires.toISOString() };
  });
}

/**
 * The organisations respondents proposed (without who proposed), each new one with the network's
 * organisations whose names match it (same name without case, accents and legal form first, then
 * near matches), and the organisations to choose from. Right: survey:results.
 */
export async function listOrganisationProposals(viewer: Viewer) {
  assertCan(viewer, 'survey:results');
  const [proposals, orgs] = await Promise.all([
    runQuery('get-organisation-proposals', {}),
    runQuery('get-organisations', {}),
  ]);
  const options = orgs
    .map((o) => ({ id: o.id, name: o.name }))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  const byKey = new Map<string, { id: string; name: string }[]>();
  for (const o of options) {
    const k = organisationKey(o.name);
    byKey.set(k, [...(byKey.get(k) ?? []), o]);
  }
  return {
    options,
    proposals: proposals.map((p) => ({
      ...p,
      matches:
        p.status === 'nieuw'
          ? [...(byKey.get(organisationKey(p.name)) ?? []), ...nearMatches(p.name, options)].slice(0, 4)
          : [],
    })),
  };
}

const proposalDecision = z.discriminatedUnion(
  'status',
  [
    z.object({ status: z.literal('toegevoegd'), organisationId: z.string().trim().min(1).max(200) }).strict(),
    z
      .object({
        status: z.literal('afgewezen'),
        reason: z.string().trim().max(2000, { message: 'max 2000 tekens / max 2000 characters' }),
      })
      .strict(),
  ],
  {
    error: () => ({
      message: 'verwacht status toegevoegd of afgewezen / expected status toegevoegd or afgewezen',
    }),
  },
);

/**
 * The project team settles a proposed organisation: added (it now exists in the network, and the
 * proposal is linked to it) or declined with a reason. Audited. Right: survey:results.
 */
export async function decideOrganisationProposal(
  viewer: Viewer,
  proposalId: string,
  input: unknown,
  ip: string | null = null,
) {
  assertCan(viewer, 'survey:results');
  const parsed = proposalDecision.safeParse(input);
  if (!parsed.success) throw new ValidationError(zodIssuesToText(parsed.error.issues));
  const d = parsed.data;
  if (d.status === 'afgewezen' && !d.reason) throw new ValidationError(text('proposalReasonNeeded'));
  const current = (await runQuery('get-organisation-proposals', {})).find((p) => p.id === proposalId);
  if (!current) throw new NotFoundError();
  if (current.status !== 'nieuw') throw new ConflictError(text('proposalSettled'));
  const organisationId = d.status === 'toegevoegd' ? d.organisationId : null;
  return withWriteTransaction(async (tx) => {
    const [row] = await runQuery(
      'decide-organisation-proposal',
      {
        id: proposalId,
        status: d.status,
        organisationId,
        reason: d.status === 'afgewezen' ? d.reason : '',
        decidedBy: viewer.userId,
        now: new Date().toISOString(),
      },
      { tx },
    );
    if (!row) {
      // Settled by someone else meanwhile, or the organisation does not exist.
      const again = (await runQuery('get-organisation-proposals', {}, { tx })).find(
        (p) => p.id === proposalId,
      );
      if (again && again.status !== 'nieuw') throw new ConflictError(text('proposalSettled'));
      throw new ValidationError(text('proposalUnknownOrg', { id: organisationId ?? '' }));
    }
    await recordAudit(
      viewer,
      {
        action: 'survey.proposal.decide',
        entityType: 'OrganisationProposal',
        entityId: proposalId,
        before: { status: current.status },
        after: {
          status: row.status,
          organisationId: row.organisationId,
          ...(d.status === 'afgewezen' ? { reason: d.reason } : {}),
        },
        ip,
      },
      tx,
    );
    return row;
  });
}

// ---------------------------------------------------------------------------------------------
// Respondents

/** The signed-in person's tasks (their task list). Right: survey:respond. */
export async function listMySurveyTasks(viewer: Viewer) {
  assertCan(viewer, 'survey:respond');
  if (!viewer.personId) return [];
  return runQuery('get-person-survey-tasks', { personId: viewer.personId });
}

type TaskRow = Awaited<ReturnType<typeof runQuery<'get-survey-task'>>>[number];

/** The task behind a survey link, or null (invalid, used, revoked or expired). Anyone may ask. */
export async function taskIdForToken(token: string): Promise<string | null> {
  if (token.length < 20 || token.length > 200) return null;
  const row = (
    await runQuery('get-survey-invitation', { tokenHash: hashToken(token), now: new Date().toISOString() })
  )[0];
  return row?.taskId ?? null;
}

/** The refusal shown for a survey link that is invalid, used, revoked or expired. */
export function invalidLinkError(): ForbiddenError {
  return new ForbiddenError(text('invitationInvalid'));
}

/** Resolves the task this access may answer, or throws (404 for unknown, 403 for somebody else's). */
async function ownTask(access: SurveyAccess, taskId: string): Promise<TaskRow> {
  if (access.token) {
    const viaToken = await taskIdForToken(access.token);
    if (viaToken !== taskId) throw invalidLinkError();
  } else {
    assertCan(access.viewer, 'survey:respond');
  }
  const task = (await runQuery('get-survey-task', { id: taskId }))[0];
  if (!task) throw new NotFoundError();
  if (!access.token && task.personId !== access.viewer.personId) throw new ForbiddenError();
  return task;
}

function assertOpen(task: TaskRow): void {
  if (task.roundStatus !== 'open') throw new ConflictError(text('closedRound'));
  if (task.opensAt > today()) throw new ConflictError(text('notOpenYet', { date: task.opensAt }));
}

export interface SurveyForm {
  task: Omit<TaskRow, 'draftJson'>;
  draft: SurveyDraft;
  questions: SurveyQuestion[];
  /** The network's organisations to search in (id, name, chain), the respondent's own excluded. */
  organisations: { id: string; name: string; chain: string }[];
  /** Every expected (non-confidential) koppelvlak partner of the respondent's organisation. */
  expectedPartners: { orgId: string; name: string }[];
  /** Step 3: those the draft does not name. */
  uncovered: { orgId: string; name: string }[];
}

/** The form of one task with its draft. Right: the asked person (or the link holder). */
export async function getSurveyForm(access: SurveyAccess, taskId: string): Promise<SurveyForm> {
  const task = await ownTask(access, taskId);
  const [rounds, orgs, kvs] = await Promise.all([
    loadRounds(),
    runQuery('get-organisations', {}),
    // Never confidential ones: see uncoveredKoppelvlakken.
    runQuery('get-koppelvlakken', { seeConfidential: false, viewerOrgIds: [] }),
  ]);
  const { draftJson, ...rest } = task;
  const draft = parseJson(surveyDraft, draftJson, surveyDraft.parse({}));
  const names = new Map(orgs.map((o) => [o.id, o.name]));
  const named = (ids: string[]) =>
    uncoveredKoppelvlakken(task.orgId, kvs, ids).map((u) => ({
      orgId: u.orgId,
      name: names.get(u.orgId) ?? u.orgId,
    }));
  return {
    task: rest,
    draft,
    questions: rounds.find((r) => r.id === task.roundId)?.questions ?? defaultQuestions(),
    organisations: orgs
      .filter((o) => o.id !== task.orgId)
      .map((o) => ({ id: o.id, name: o.name, chain: o.chain }))
      .sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    expectedPartners: named([]),
    uncovered: named(draft.orgIds),
  };
}

/** Keeps the draft (every step saves). Refused when the round is closed or the version moved on. */
export async function saveSurveyDraft(
  access: SurveyAccess,
  taskId: string,
  expectedVersion: number,
  draftInput: unknown,
) {
  const task = await ownTask(access, taskId);
  assertOpen(task);
  const parsed = surveyDraft.safeParse(draftInput);
  if (!parsed.success) throw new ValidationError(zodIssuesToText(parsed.error.issues));
  return withWriteTransaction(async (tx) => {
    const row = (
      await runQuery(
        'save-survey-draft',
        {
          id: taskId,
          expectedVersion,
          draftJson: JSON.stringify(parsed.data),
          now: new Date().toISOString(),
        },
        { tx },
      )
    )[0];
    if (!row) throw new ConflictError(text('stale'));
    await recordAudit(
      access.viewer,
      {
        action: 'survey.draft',
        entityType: 'SurveyTask',
        entityId: taskId,
        after: { step: parsed.data.step, version: row.version },
        ip: access.ip ?? null,
      },
      tx,
    );
    return row;
  });
}

/**
 * Submits the answers in one transaction: they replace earlier ones (a second submission updates),
 * every organisation must be in the network, the round must be open and the version current.
 */
export async function submitSurvey(
  access: SurveyAccess,
  taskId: string,
  expectedVersion: number,
  input: unknown,
) {
  const task = await ownTask(access, taskId);
  assertOpen(task);
  const parsed = surveySubmission.safeParse(input);
  if (!parsed.success) throw new ValidationError(zodIssuesToText(parsed.error.issues));
  const { answers, reflections } = parsed.data;
  if (answers.some((a) => a.orgId === task.orgId))
    throw new ValidationError(
      zodIssuesToText([
        { path: ['answers'], message: 'niet over uw eigen organisatie / not about your own organisation' },
      ]),
    );
  const now = new Date().toISOString();
  const draft: SurveyDraft = { step: 3, orgIds: answers.map((a) => a.orgId), answers, reflections };
  return withWriteTransaction(async (tx) => {
    const row = (
      await runQuery(
        'submit-survey-answers',
        {
          id: taskId,
          expectedVersion,
          answers: answers.map((a) => ({ ...a, kinds: [...new Set(a.kinds)] })),
          reflectionsJson: JSON.stringify(reflections),
          draftJson: JSON.stringify(draft),
          now,
          date: now.slice(0, 10),
        },
        { tx },
      )
    )[0];
    if (!row) throw new ConflictError(text('stale'));
    if (row.answers !== answers.length)
      // Throwing rolls the whole submission back.
      throw new ValidationError(
        zodIssuesToText([
          {
            path: ['answers', 'orgId'],
            message:
              'onbekende organisatie (niet in het netwerk) / unknown organisation (not in the network)',
          },
        ]),
      );
    await runQuery('use-survey-invitation', { taskId, now }, { tx });
    await recordAudit(
      access.viewer,
      {
        action: 'survey.submit',
        entityType: 'SurveyTask',
        entityId: taskId,
        after: { answers: row.answers, reflections: reflections.length },
        ip: access.ip ?? null,
      },
      tx,
    );
    return row;
  });
}

const proposalInput = z
  .object({
    name: z
      .string()
      .trim()
      .min(2, { message: 'naam is verplicht / name is required' })
      .max(200, { message: 'max 200 tekens / max 200 characters' }),
    note: z.string().trim().max(2000, { message: 'max 2000 tekens / max 2000 characters' }).default(''),
  })
  .strict();

/** "Not in the list": the respondent proposes an organisation to the project team. */
export async function proposeOrganisation(access: SurveyAccess, taskId: string, input: unknown) {
  const task = await ownTask(access, taskId);
  const parsed = proposalInput.safeParse(input);
  if (!parsed.success) throw new ValidationError(zodIssuesToText(parsed.error.issues));
  const id = randomUUID();
  return withWriteTransaction(async (tx) => {
    await runQuery(
      'create-organisation-proposal',
      {
        id,
        roundId: task.roundId,
        name: parsed.data.name,
        note: parsed.data.note,
        proposedBy: task.personId,
        now: new Date().toISOString(),
      },
      { tx },
    );
    await recordAudit(
      access.viewer,
      {
        action: 'survey.propose',
        entityType: 'OrganisationProposal',
        entityId: id,
        after: parsed.data,
        ip: access.ip ?? null,
      },
      tx,
    );
    return { id };
  });
}

// ---------------------------------------------------------------------------------------------
// Answers for the analysis (never handed out with the respondent attached)

/** The submitted answers of the given rounds, for lib/analysis/survey only. */
export async function answersOfRounds(roundIds: string[]): Promise<StoredSurveyAnswer[]> {
  if (roundIds.length === 0) return [];
  return runQuery('get-survey-answers', { roundIds });
}

export async function reflectionsOfRound(
  roundId: string,
): Promise<{ orgId: string; reflections: SurveyReflection[] }[]> {
  const rows = await runQuery('get-survey-reflections', { roundId });
  const schema = z.array(
    z.object({
      orgId: z.string(),
      worksWith: z.enum(['ja', 'nee', 'weet-niet']),
      whyNot: z.string(),
      blockers: z.string(),
    }),
  );
  return rows.map((r) => ({ orgId: r.orgId, reflections: parseJson(schema, r.reflectionsJson, []) }));
}

export const surveyCan = {
  manage: (v: Viewer) => can(v, 'survey:manage'),
  results: (v: Viewer) => can(v, 'survey:results'),
  respond: (v: Viewer) => can(v, 'survey:respond'),
};
