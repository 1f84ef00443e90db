import { z } from 'zod';
import { AUDIENCES } from '../../pdf/model';
import { read, write } from '../registry';

export const BRIEFING_STATUSES = ['bezig', 'klaar', 'mislukt'] as const;

const briefingRow = z.object({
  id: z.string(),
  snapshotId: z.string(),
  audience: z.enum(AUDIENCES),
  locale: z.enum(['nl', 'en']),
  includeNames: z.boolean(),
  confidential: z.boolean(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  status: z.enum(BRIEFING_STATUSES),
  file: z.string().nullable(),
  pages: z.number().nullable(),
  bytes: z.number().nullable(),
  ms: z.number().nullable(),
  error: z.string().nullable(),
});
export type BriefingRow = z.infer<typeof briefingRow>;

// Queries of the briefings (PDF for steering bodies) feature; each key is the name of a file in cypher/.
export const briefingsQueries = {
  'create-briefing': write(
    z
      .object({
        id: z.string(),
        snapshotId: z.string(),
        audience: z.enum(AUDIENCES),
        locale: z.enum(['nl', 'en']),
        includeNames: z.boolean(),
        createdAt: z.string(),
        createdBy: z.string().nullable(),
      })
      .strict(),
    z.object({ id: z.string(), snapshotId: z.string() }),
  ),
  'finish-briefing': write(
    z
      .object({
        id: z.string(),
        status: z.enum(BRIEFING_STATUSES),
        file: z.string().nullable(),
        pages: z.number().int().nullable(),
        bytes: z.number().int().nullable(),
        ms: z.number().int().nullable(),
        confidential: z.boolean(),
        error: z.string().nullable(),
        finishedAt: z.string(),
      })
      .strict(),
    z.object({ id: z.string(), status: z.enum(BRIEFING_STATUSES) }),
  ),
  'get-briefings': read(z.object({ snapshotId: z.string().nullable() }).strict(), briefingRow),
  'get-briefing': read(z.object({ id: z.string() }).strict(), briefingRow),
} as const;
