import { z } from 'zod';
import { RECOMMENDATION_STAGES } from '../../domain/recommendation';
import { read, write } from '../registry';

// Queries of the recommendations feature (aanbevelingen, their stages and the bodies they go to,
// and the project team's merges of recurring blockers); each key is the name of a file in cypher/.
const stage = z.enum(RECOMMENDATION_STAGES);
const str = z.string().nullable();
const ids = z.array(z.string());

const submission = z.object({
  bodyId: z.string(),
  date: z.string(),
  answer: str,
  answerStage: stage.nullable(),
  answeredAt: str,
});

const recommendationRow = z.object({
  id: z.string(),
  title: z.string(),
  problem: z.string(),
  proposal: z.string(),
  owner: str,
  stage,
  stageSince: z.string(),
  reference: str,
  version: z.number().int(),
  createdAt: z.string(),
  createdById: str,
  createdByName: str,
  updatedAt: z.string(),
  coalitionIds: ids,
  reviewIds: ids,
  submissions: z.array(submission),
  agreementId: str,
  documentId: str,
});

const step = {
  at: z.string(),
  date: z.string(),
  fromStage: stage.nullable(),
  toStage: stage,
  actorName: str,
  bodyIds: ids,
  answer: str,
  agreementId: str,
  documentId: str,
  reference: str,
  note: str,
};

const texts = {
  title: z.string(),
  problem: z.string(),
  proposal: z.string(),
  owner: str,
  coalitionIds: ids,
  reviewIds: ids,
};

export const recommendationsQueries = {
  'get-recommendations': read(z.object({}).strict(), recommendationRow),
  'get-recommendation-steps': read(
    z.object({ id: str }).strict(),
    z.object({ id: z.string(), recommendationId: z.string(), actorId: str, ...step }),
  ),
  'create-recommendation': write(
    z
      .object({
        id: z.string(),
        ...texts,
        now: z.string(),
        date: z.string(),
        stepId: z.string(),
        actorId: str,
        actorName: str,
      })
      .strict(),
    z.object({ id: z.string(), version: z.number().int(), coalitions: z.number(), reviews: z.number() }),
  ),
  'update-recommendation': write(
    z
      .object({
        id: z.string(),
        expectedVersion: z.number().int(),
        ...texts,
        now: z.string(),
        date: z.string(),
      })
      .strict(),
    z.object({ id: z.string(), version: z.number().int() }),
  ),
  'move-recommendation-stage': write(
    z
      .object({
        id: z.string(),
        expectedVersion: z.number().int(),
        fromStage: stage,
        toStage: stage,
        date: z.string(),
        bodyIds: ids,
        answer: str,
        agreementId: str,
        documentId: str,
        reference: str,
        note: str,
        now: z.string(),
        stepId: z.string(),
        actorId: str,
        actorName: str,
      })
      .strict(),
    z.object({ id: z.string(), version: z.number().int(), stage }),
  ),
  'upsert-recommendations': write(
    z
      .object({
        rows: z.array(
          z
            .object({
              id: z.string(),
              ...texts,
              stage,
              stageSince: z.string(),
              reference: str,
              createdAt: z.string(),
              createdByName: str,
              submissions: z.array(submission.strict()),
              agreementId: str,
              documentId: str,
              steps: z.array(z.object({ id: z.string(), ...step }).strict()),
            })
            .strict(),
        ),
        now: z.string(),
      })
      .strict(),
    z.object({ count: z.number() }),
  ),
  'get-blocker-merges': read(
    z.object({}).strict(),
    z.object({ id: z.string(), a: z.string(), b: z.string(), at: z.string(), actorName: str }),
  ),
  'create-blocker-merge': write(
    z
      .object({ id: z.string(), a: z.string(), b: z.string(), now: z.string(), actorId: str, actorName: str })
      .strict(),
    z.object({ id: z.string(), created: z.boolean() }),
  ),
} as const;
