import { z } from 'zod';
import { CONTACT_KINDS } from '../../domain/enums';
import {
  SURVEY_AGREEMENT_ANSWERS,
  SURVEY_AUDIENCE_KINDS,
  SURVEY_FREQUENCIES,
  SURVEY_ROUND_STATUSES,
  SURVEY_TASK_STATUSES,
} from '../../domain/survey';
import { read, write } from '../registry';

// Queries of the network survey (netwerkenquête); each key is the name of a file in cypher/.
const str = z.string();
const nstr = z.string().nullable();
const int = z.number().int();
const ratingValue = z.number().int().min(1).max(4).nullable();
const roundStatus = z.enum(SURVEY_ROUND_STATUSES);
const taskStatus = z.enum(SURVEY_TASK_STATUSES);

const roundRow = z.object({
  id: str,
  title: str,
  periodFrom: str,
  periodTo: str,
  opensAt: str,
  closesAt: str,
  audienceKind: z.enum(SURVEY_AUDIENCE_KINDS),
  audienceRef: nstr,
  status: roundStatus,
  closedAt: nstr,
  createdAt: str,
  questionsJson: str,
  version: int,
  asked: int,
  answered: int,
  drafts: int,
});

const answerFields = {
  frequency: z.enum(SURVEY_FREQUENCIES),
  kinds: z.array(z.enum(CONTACT_KINDS)),
  agreement: z.enum(SURVEY_AGREEMENT_ANSWERS),
  openness: ratingValue,
  reliability: ratingValue,
  mission: ratingValue,
  influence: ratingValue,
  resources: ratingValue,
  involvement: ratingValue,
};

/** A round as the demo seed writes it: the stored fields, without the counts the read adds. */
const seedRound = roundRow.omit({ version: true, asked: true, answered: true, drafts: true }).strict();
const seedTask = z
  .object({
    id: str,
    roundId: str,
    personId: str,
    orgId: str,
    status: taskStatus,
    draftJson: nstr,
    reflectionsJson: nstr,
    updatedAt: nstr,
    submittedAt: nstr,
    date: str,
    answers: z.array(z.object({ orgId: str, ...answerFields }).strict()),
  })
  .strict();

export const surveyQueries = {
  'upsert-survey-rounds': write(z.object({ rows: z.array(seedRound) }).strict(), z.object({ count: int })),
  'upsert-survey-tasks': write(z.object({ rows: z.array(seedTask) }).strict(), z.object({ count: int })),
  'create-survey-round': write(
    z
      .object({
        id: str,
        title: str,
        periodFrom: str,
        periodTo: str,
        opensAt: str,
        closesAt: str,
        audienceKind: z.enum(SURVEY_AUDIENCE_KINDS),
        audienceRef: nstr,
        questionsJson: str,
        now: str,
        createdBy: nstr,
      })
      .strict(),
    z.object({ id: str, asked: int }),
  ),
  'get-survey-rounds': read(z.object({}).strict(), roundRow),
  'get-survey-tasks': read(
    z.object({ roundId: str }).strict(),
    z.object({
      id: str,
      personId: str,
      personName: str,
      email: nstr,
      orgId: str,
      orgName: str,
      status: taskStatus,
      updatedAt: nstr,
      submittedAt: nstr,
    }),
  ),
  'get-person-survey-tasks': read(
    z.object({ personId: str }).strict(),
    z.object({
      id: str,
      roundId: str,
      title: str,
      periodFrom: str,
      periodTo: str,
      opensAt: str,
      closesAt: str,
      roundStatus,
      status: taskStatus,
      submittedAt: nstr,
    }),
  ),
  'get-survey-task': read(
    z.object({ id: str }).strict(),
    z.object({
      id: str,
      roundId: str,
      personId: str,
      orgId: str,
      status: taskStatus,
      version: int,
      draftJson: nstr,
      updatedAt: nstr,
      submittedAt: nstr,
      roundStatus,
      opensAt: str,
      closesAt: str,
      title: str,
      periodFrom: str,
      periodTo: str,
    }),
  ),
  'save-survey-draft': write(
    z.object({ id: str, expectedVersion: int, draftJson: str, now: str }).strict(),
    z.object({ version: int, status: taskStatus }),
  ),
  'submit-survey-answers': write(
    z
      .object({
        id: str,
        expectedVersion: int,
        answers: z.array(z.object({ orgId: str, ...answerFields }).strict()),
        reflectionsJson: str,
        draftJson: str,
        now: str,
        date: str,
      })
      .strict(),
    z.object({ version: int, answers: int }),
  ),
  'close-survey-round': write(
    z.object({ id: str, expectedVersion: int, now: str }).strict(),
    z.object({ id: str, version: int, asked: int, answered: int }),
  ),
  'get-survey-answers': read(
    z.object({ roundIds: z.array(str) }).strict(),
    z.object({
      roundId: str,
      respondentId: str,
      respondentOrgId: str,
      orgId: str,
      date: str,
      ...answerFields,
    }),
  ),
  'get-survey-reflections': read(
    z.object({ roundId: str }).strict(),
    z.object({ orgId: str, reflectionsJson: str }),
  ),
  'create-survey-invitation': write(
    z.object({ id: str, taskId: str, tokenHash: str, now: str, expiresAt: str, createdBy: nstr }).strict(),
    z.object({ invitationId: str }),
  ),
  'get-survey-invitation': read(
    z.object({ tokenHash: str, now: str }).strict(),
    z.object({ invitationId: str, taskId: str, personId: str }),
  ),
  'use-survey-invitation': write(z.object({ taskId: str, now: str }).strict(), z.object({ count: int })),
  'create-organisation-proposal': write(
    z.object({ id: str, roundId: nstr, name: str, note: str, proposedBy: nstr, now: str }).strict(),
    z.object({ id: str }),
  ),
  'get-organisation-proposals': read(
    z.object({}).strict(),
    z.object({
      id: str,
      roundId: nstr,
      name: str,
      note: str,
      createdAt: str,
      status: str,
      organisationId: nstr,
      reason: str,
      decidedAt: nstr,
    }),
  ),
  'decide-organisation-proposal': write(
    z
      .object({
        id: str,
        status: z.enum(['toegevoegd', 'afgewezen']),
        organisationId: nstr,
        reason: str,
        decidedBy: nstr,
        now: str,
      })
      .strict(),
    z.object({ id: str, name: str, status: str, organisationId: nstr }),
  ),
} as const;
