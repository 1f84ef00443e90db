import { z } from 'zod';
import { GAP_STATUSES, GAP_TYPES } from '../../domain/enums';
import { read, write } from '../registry';

const status = z.enum(GAP_STATUSES);
const str = z.string().nullable();

const gapStateRow = z.object({
  id: z.string(),
  status,
  owner: str,
  due: str,
  version: z.number().int(),
  firstSeenAt: str,
  absentSince: str,
  updatedAt: str,
  type: z.enum(GAP_TYPES).nullable(),
  organisationIds: z.array(z.string()),
  regionCode: str,
  sectorId: str,
  category: z.enum(['A', 'B']).nullable(),
  explanationNl: str,
  explanationEn: str,
});

const gapEventRow = z.object({
  id: z.string(),
  at: z.string(),
  kind: z.enum(['status', 'verdwenen', 'heropend']),
  fromStatus: status.nullable(),
  toStatus: status.nullable(),
  actorId: str,
  actorName: str,
  owner: str,
  due: str,
  note: str,
  reason: str,
});

// Queries of the gaps feature; each key is the name of a file in cypher/.
export const gapsQueries = {
  'sync-gap-states': write(
    z
      .object({
        rows: z.array(
          z
            .object({
              id: z.string(),
              type: z.enum(GAP_TYPES),
              organisationIds: z.array(z.string()),
              regionCode: str,
              sectorId: str,
              category: z.enum(['A', 'B']).nullable(),
              nl: z.string(),
              en: z.string(),
            })
            .strict(),
        ),
        now: z.string(),
      })
      .strict(),
    z.object({ reopened: z.number().int() }),
  ),
  'mark-absent-gap-states': write(
    z.object({ now: z.string() }).strict(),
    z.object({ resolved: z.number().int() }),
  ),
  'get-gap-states': read(z.object({}).strict(), gapStateRow),
  'get-gap-events': read(z.object({ gapId: z.string() }).strict(), gapEventRow),
  'set-gap-state': write(
    z
      .object({
        id: z.string(),
        expectedVersion: z.number().int(),
        status,
        owner: str,
        due: str,
        now: z.string(),
        eventId: z.string(),
        actorId: str,
        actorName: str,
        note: str,
        reason: str,
      })
      .strict(),
    z.object({ id: z.string(), version: z.number().int(), fromStatus: status }),
  ),
} as const;
