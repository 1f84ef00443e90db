import { z } from 'zod';
import { MEMBERSHIP_STATUSES, ROLES } from '../../domain/enums';
import { read, write } from '../registry';

// Queries of accounts, sessions, invitations, rate limits, membership requests, the audit trail
// and erasure; each key is the name of a file in cypher/.
const role = z.enum(ROLES);
const str = z.string();
const nstr = z.string().nullable();
const count = z.object({ count: z.number() });
const userId = z.object({ userId: z.string() });

const sessionQueries = {
  'get-session-viewer': read(
    z.object({ tokenHash: str, now: str }).strict(),
    z.object({
      sessionId: str,
      userId: str,
      role,
      name: str,
      personId: nstr,
      organisationIds: z.array(str),
      coalitionIds: z.array(str),
      mfaPassed: z.boolean(),
      totpEnabled: z.boolean(),
    }),
  ),
  'create-session': write(
    z
      .object({
        id: str,
        userId: str,
        tokenHash: str,
        now: str,
        expiresAt: str,
        mfaPassed: z.boolean(),
        ip: str,
      })
      .strict(),
    z.object({ sessionId: str }),
  ),
  'revoke-session': write(z.object({ tokenHash: str, now: str }).strict(), count),
  'revoke-user-sessions': write(z.object({ userId: str, now: str }).strict(), count),
  'get-session-login-state': read(
    z.object({ tokenHash: str, now: str }).strict(),
    z.object({
      sessionId: str,
      userId: str,
      email: str,
      role,
      mfaPassed: z.boolean(),
      totpSecret: nstr,
      totpLastStep: z.number().nullable(),
    }),
  ),
  'complete-session-mfa': write(
    z.object({ sessionId: str, userId: str, totpSecret: nstr, step: z.number().int(), now: str }).strict(),
    z.object({ sessionId: str }),
  ),
  'set-user-totp': write(
    z.object({ userId: str, totpSecret: nstr, step: z.number().int().nullable(), now: str }).strict(),
    userId,
  ),
  'get-user-for-login': read(
    z.object({ email: str }).strict(),
    z.object({
      userId: str,
      email: str,
      name: str,
      role,
      passwordHash: nstr,
      disabled: z.boolean(),
      totpSecret: nstr,
      totpLastStep: z.number().nullable(),
    }),
  ),
  'touch-user-login': write(z.object({ userId: str, now: str }).strict(), userId),
  'hit-rate-limit': write(z.object({ key: str, now: str, windowStart: str }).strict(), count),
  'get-rate-limit': read(z.object({ key: str, windowStart: str }).strict(), count),
  'clear-rate-limit': write(z.object({ key: str }).strict(), count),
  'create-audit-event': write(
    z
      .object({
        id: str,
        at: str,
        actorId: nstr,
        actorRole: role,
        action: str,
        entityType: str,
        entityId: nstr,
        before: nstr,
        after: nstr,
        ip: nstr,
      })
      .strict(),
    z.object({ id: str }),
  ),
} as const;

const userRow = z.object({
  userId: str,
  email: str,
  name: str,
  role,
  disabled: z.boolean(),
  totpEnabled: z.boolean(),
  personId: nstr,
});

const userQueries = {
  'upsert-user': write(
    z
      .object({
        id: str,
        email: str,
        name: str,
        role,
        passwordHash: str,
        personId: nstr,
        now: str,
      })
      .strict(),
    userId,
  ),
  'get-users': read(
    z.object({}).strict(),
    userRow.extend({
      hasPassword: z.boolean(),
      personName: nstr,
      createdAt: nstr,
      lastLoginAt: nstr,
      openInvitation: z.boolean(),
    }),
  ),
  'get-user': read(z.object({ userId: str }).strict(), userRow),
  'create-invited-user': write(
    z.object({ id: str, email: str, name: str, role, personId: nstr, now: str }).strict(),
    userId,
  ),
  'create-invitation': write(
    z.object({ id: str, userId: str, tokenHash: str, now: str, expiresAt: str, createdBy: nstr }).strict(),
    z.object({ invitationId: str }),
  ),
  'get-invitation': read(
    z.object({ tokenHash: str, now: str }).strict(),
    z.object({ invitationId: str, userId: str, email: str, name: str, role }),
  ),
  'accept-invitation': write(
    z.object({ tokenHash: str, passwordHash: str, now: str }).strict(),
    z.object({ userId: str, role }),
  ),
  'set-user-role': write(z.object({ userId: str, role, now: str }).strict(), userId),
  'set-user-disabled': write(z.object({ userId: str, disabled: z.boolean(), now: str }).strict(), userId),
  'clear-user-password': write(z.object({ userId: str, resetTotp: z.boolean(), now: str }).strict(), userId),
} as const;

const membershipRow = z.object({
  id: str,
  name: str,
  email: str,
  organisationName: str,
  organisationId: nstr,
  motivation: str,
  status: z.enum(MEMBERSHIP_STATUSES),
  reason: nstr,
  createdAt: str,
  decidedAt: nstr,
  decidedBy: nstr,
  personId: nstr,
});

const auditEvent = z.object({
  id: str,
  at: str,
  actorId: nstr,
  actorName: nstr,
  actorRole: str,
  action: str,
  entityType: str,
  entityId: nstr,
  before: nstr,
  after: nstr,
  ip: nstr,
});

const membershipAuditErasureQueries = {
  'create-membership-request': write(
    z.object({ id: str, name: str, email: str, organisationName: str, motivation: str, now: str }).strict(),
    z.object({ id: str }),
  ),
  'get-membership-requests': read(
    z.object({ status: z.enum(MEMBERSHIP_STATUSES).nullable() }).strict(),
    membershipRow,
  ),
  'decide-membership-request': write(
    z
      .object({
        id: str,
        status: z.enum(['toegelaten', 'afgewezen']),
        reason: nstr,
        organisationId: nstr,
        personId: nstr,
        decidedBy: nstr,
        now: str,
      })
      .strict(),
    z.object({ id: str }),
  ),
  'get-audit-events': read(
    z
      .object({
        actorId: nstr,
        action: nstr,
        entityType: nstr,
        entityId: nstr,
        from: nstr,
        to: nstr,
        skip: z.number().int().min(0),
        limit: z.number().int().min(1).max(500),
      })
      .strict(),
    z.object({ total: z.number(), events: z.array(auditEvent) }),
  ),
  'get-audit-facets': read(
    z.object({}).strict(),
    z.object({
      actors: z.array(z.object({ id: nstr, name: nstr })),
      actions: z.array(str),
      entityTypes: z.array(str),
    }),
  ),
  'get-person-for-erasure': read(
    z.object({ personId: str }).strict(),
    z.object({
      personId: str,
      name: str,
      email: nstr,
      organisationId: nstr,
      userIds: z.array(str),
      userEmails: z.array(str),
    }),
  ),
  'scrub-audit-person': write(z.object({ needles: z.array(z.string().min(3)) }).strict(), count),
  'erase-person': write(z.object({ personId: str, now: str }).strict(), count),
} as const;

export const authQueries = { ...sessionQueries, ...userQueries, ...membershipAuditErasureQueries } as const;
