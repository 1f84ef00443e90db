import { z } from 'zod';
import { ROLES } from '../../domain/enums';
import { read, write } from '../registry';

// Queries of accounts and sessions; each key is the name of a file in cypher/.
export const authQueries = {
  'get-session-viewer': read(
    z.object({ tokenHash: z.string(), now: z.string() }).strict(),
    z.object({
      sessionId: z.string(),
      userId: z.string(),
      role: z.enum(ROLES),
      name: z.string(),
      personId: z.string().nullable(),
      organisationIds: z.array(z.string()),
      coalitionIds: z.array(z.string()),
      mfaPassed: z.boolean(),
    }),
  ),
  'create-session': write(
    z
      .object({
        id: z.string(),
        userId: z.string(),
        tokenHash: z.string(),
        now: z.string(),
        expiresAt: z.string(),
        mfaPassed: z.boolean(),
        ip: z.string(),
      })
      .strict(),
    z.object({ sessionId: z.string() }),
  ),
  'revoke-session': write(
    z.object({ tokenHash: z.string(), now: z.string() }).strict(),
    z.object({ count: z.number() }),
  ),
  'create-audit-event': write(
    z
      .object({
        id: z.string(),
        at: z.string(),
        actorId: z.string().nullable(),
        actorRole: z.enum(ROLES),
        action: z.string(),
        entityType: z.string(),
        entityId: z.string().nullable(),
        before: z.string().nullable(),
        after: z.string().nullable(),
        ip: z.string().nullable(),
      })
      .strict(),
    z.object({ id: z.string() }),
  ),
  'upsert-user': write(
    z
      .object({
        id: z.string(),
        email: z.string(),
        name: z.string(),
        role: z.enum(ROLES),
        passwordHash: z.string(),
        personId: z.string().nullable(),
        now: z.string(),
      })
      .strict(),
    z.object({ userId: z.string() }),
  ),
} as const;
