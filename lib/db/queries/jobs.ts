import { z } from 'zod';
import { read, write } from '../registry';

export const JOB_KINDS = ['import', 'briefing'] as const;
export const JOB_STATUSES = ['running', 'done', 'failed', 'cancelled'] as const;

const s = z.string().nullable();
const jobRow = z.object({
  id: z.string(),
  kind: z.enum(JOB_KINDS),
  userId: s,
  mode: s,
  subject: s,
  status: z.enum(JOB_STATUSES),
  phase: z.string(),
  done: z.number(),
  total: z.number(),
  cancelRequested: z.boolean(),
  startedAt: z.string(),
  heartbeatAt: z.string(),
  finishedAt: s,
  error: s,
  result: s,
});
export type JobRow = z.infer<typeof jobRow>;

// Tracked jobs (lib/dal/jobs.ts): progress, heartbeat and outcome of imports and briefings, in
// Neo4j so that every app process can follow, cancel and fail them. Each key names a cypher/ file.
export const jobsQueries = {
  'create-job': write(
    z
      .object({
        id: z.string(),
        kind: z.enum(JOB_KINDS),
        userId: s,
        mode: s,
        subject: s,
        phase: z.string(),
        total: z.number(),
        now: z.string(),
        pruneBefore: z.string(),
      })
      .strict(),
    z.object({ id: z.string() }),
  ),
  'update-job': write(
    z
      .object({ id: z.string(), phase: z.string(), done: z.number(), total: z.number(), now: z.string() })
      .strict(),
    z.object({ cancelRequested: z.boolean() }),
  ),
  'finish-job': write(
    z
      .object({
        id: z.string(),
        status: z.enum(JOB_STATUSES),
        error: s,
        result: s,
        clean: z.boolean(),
        now: z.string(),
      })
      .strict(),
    z.object({ id: z.string(), status: z.enum(JOB_STATUSES) }),
  ),
  'get-job': read(z.object({ id: z.string() }).strict(), jobRow),
  'fail-stale-job': write(
    z.object({ id: z.string(), staleBefore: z.string(), error: z.string(), now: z.string() }).strict(),
    z.object({ id: z.string() }),
  ),
  'cancel-job': write(
    z.object({ id: z.string(), userId: z.string() }).strict(),
    z.object({ id: z.string() }),
  ),
  'get-import-preview': read(
    z.object({ userId: z.string(), fileHash: z.string(), since: z.string() }).strict(),
    z.object({ n: z.number() }),
  ),
} as const;
