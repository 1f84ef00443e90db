import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { recordAudit } from '../audit/record';
import { hashPassword } from '../auth/password';
import { passwordProblem } from '../auth/password-policy';
import { hitLimit, isLimited, limitKey, LIMITS } from '../auth/rate-limit';
import { revokeUserSessions } from '../auth/session';
import { hashToken, newToken } from '../auth/tokens';
import type { Viewer } from '../auth/viewer';
import { runQuery, withWriteTransaction, type RowOf } from '../db/run';
import type { ManagedTransaction } from 'neo4j-driver';
import { ConflictError, NotFoundError, RateLimitedError, ValidationError, zodIssuesToText } from '../errors';
import { assertCan } from '../auth/permissions';
import { ACCOUNT_ROLES } from '../domain/enums';
import { accounts } from '../i18n/messages/accounts';
import { bilingual } from '../i18n/define';

// Accounts: list, invite, change role, block, reset password; and accepting an invitation.
export const INVITATION_DAYS = 7;

export const inviteInput = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .email({ message: 'verwacht een e-mailadres / expected an e-mail address' })
    .max(320),
  name: z.string().trim().min(1, { message: 'naam is verplicht / name is required' }).max(200),
  role: z.enum(ACCOUNT_ROLES, {
    message: `verwacht een van ${ACCOUNT_ROLES.join(', ')}`,
  }),
  personId: z
    .string()
    .trim()
    .max(120)
    .nullable()
    .default(null)
    .transform((v) => (v ? v : null)),
});
export type InviteInput = z.input<typeof inviteInput>;

function parse<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const r = schema.safeParse(input);
  if (!r.success) throw new ValidationError(zodIssuesToText(r.error.issues));
  return r.data;
}

/** One account as the user list shows it. */
export type UserListRow = RowOf<'get-users'>;

export async function listUsers(viewer: Viewer): Promise<UserListRow[]> {
  assertCan(viewer, 'users:manage');
  return runQuery('get-users', {});
}

async function userOrThrow(userId: string, tx?: ManagedTransaction) {
  const u = (await runQuery('get-user', { userId }, tx ? { tx } : {}))[0];
  if (!u) throw new NotFoundError(bilingual(accounts, 'accountNotFound'));
  return u;
}

/** A fresh single-use link token for an account (only its hash is stored). */
export async function issueInvitation(
  viewer: Viewer,
  userId: string,
  tx: ManagedTransaction,
): Promise<string> {
  const token = newToken();
  const now = new Date();
  await runQuery(
    'create-invitation',
    {
      id: randomUUID(),
      userId,
      tokenHash: hashToken(token),
      now: now.toISOString(),
      expiresAt: new Date(now.getTime() + INVITATION_DAYS * 86_400_000).toISOString(),
      createdBy: viewer.userId,
    },
    { tx },
  );
  return token;
}

/** Creates an account without a password and returns the invitation token for the link. */
export async function inviteUser(viewer: Viewer, input: InviteInput, ip: string | null = null) {
  assertCan(viewer, 'users:manage');
  const data = parse(inviteInput, input);
  return withWriteTransaction(async (tx) => {
    const existing = await runQuery('get-user-for-login', { email: data.email }, { tx });
    if (existing.length > 0) throw new ConflictError(bilingual(accounts, 'emailTaken'));
    const id = randomUUID();
    const now = new Date().toISOString();
    await runQuery(
      'create-invited-user',
      { id, email: data.email, name: data.name, role: data.role, personId: data.personId, now },
      { tx },
    );
    const token = await issueInvitation(viewer, id, tx);
    await recordAudit(
      viewer,
      {
        action: 'user.invite',
        entityType: 'User',
        entityId: id,
        after: { email: data.email, name: data.name, role: data.role, personId: data.personId },
        ip,
      },
      tx,
    );
    return { userId: id, token };
  });
}

export async function changeRole(viewer: Viewer, userId: string, role: string, ip: string | null = null) {
  assertCan(viewer, 'users:manage');
  const newRole = parse(z.enum(ACCOUNT_ROLES), role);
  if (userId === viewer.userId) throw new ConflictError(bilingual(accounts, 'ownRole'));
  await withWriteTransaction(async (tx) => {
    const before = await userOrThrow(userId, tx);
    await runQuery('set-user-role', { userId, role: newRole, now: new Date().toISOString() }, { tx });
    // A new role means new rights: the account signs in again (and passes TOTP if now required).
    await revokeUserSessions(userId, tx);
    await recordAudit(
      viewer,
      {
        action: 'user.role',
        entityType: 'User',
        entityId: userId,
        before: { role: before.role },
        after: { role: newRole },
        ip,
      },
      tx,
    );
  });
}

/** Blocks (or unblocks) an account; every session of a blocked account stops at once. */
export async function setDisabled(
  viewer: Viewer,
  userId: string,
  disabled: boolean,
  ip: string | null = null,
) {
  assertCan(viewer, 'users:manage');
  if (userId === viewer.userId) throw new ConflictError(bilingual(accounts, 'ownBlock'));
  await withWriteTransaction(async (tx) => {
    const before = await userOrThrow(userId, tx);
    await runQuery('set-user-disabled', { userId, disabled, now: new Date().toISOString() }, { tx });
    if (disabled) await revokeUserSessions(userId, tx);
    await recordAudit(
      viewer,
      {
        action: disabled ? 'user.disable' : 'user.enable',
        entityType: 'User',
        entityId: userId,
        before: { disabled: before.disabled },
        after: { disabled },
        ip,
      },
      tx,
    );
  });
}

/** Forgets the password (optionally the TOTP secret), ends all sessions, returns a fresh invitation token. */
export async function resetPassword(
  viewer: Viewer,
  userId: string,
  opts: { resetTotp?: boolean } = {},
  ip: string | null = null,
) {
  assertCan(viewer, 'users:manage');
  return withWriteTransaction(async (tx) => {
    await userOrThrow(userId, tx);
    await runQuery(
      'clear-user-password',
      { userId, resetTotp: opts.resetTotp ?? false, now: new Date().toISOString() },
      { tx },
    );
    await revokeUserSessions(userId, tx);
    const token = await issueInvitation(viewer, userId, tx);
    await recordAudit(
      viewer,
      {
        action: 'user.password-reset',
        entityType: 'User',
        entityId: userId,
        after: { resetTotp: opts.resetTotp ?? false },
        ip,
      },
      tx,
    );
    return { token };
  });
}

/** The account behind a still-valid invitation link (public: the link is the credential). */
export async function getInvitation(token: string) {
  if (!token || token.length > 200) return null;
  return (
    (await runQuery('get-invitation', { tokenHash: hashToken(token), now: new Date().toISOString() }))[0] ??
    null
  );
}

/** Sets the password through a valid invitation; the invitation cannot be used again. */
export async function acceptInvitation(
  input: { token: string; password: string; confirm: string },
  ip: string,
) {
  const key = limitKey('invitation-ip', ip);
  if (await isLimited(key, LIMITS.invitationIp))
    throw new RateLimitedError(bilingual(accounts, 'tooManyAttempts'));
  await hitLimit(key, LIMITS.invitationIp);
  const invitation = await getInvitation(input.token);
  if (!invitation) throw new NotFoundError(bilingual(accounts, 'invitationInvalid'));
  if (input.password !== input.confirm) throw new ValidationError(bilingual(accounts, 'passwordsDiffer'));
  const problem = passwordProblem(input.password, { email: invitation.email });
  if (problem) throw new ValidationError(problem);
  const passwordHash = await hashPassword(input.password);
  return withWriteTransaction(async (tx) => {
    const rows = await runQuery(
      'accept-invitation',
      { tokenHash: hashToken(input.token), passwordHash, now: new Date().toISOString() },
      { tx },
    );
    const row = rows[0];
    if (!row) throw new NotFoundError(bilingual(accounts, 'invitationInvalid'));
    await recordAudit(
      { userId: row.userId, role: row.role },
      { action: 'user.invitation-accept', entityType: 'User', entityId: row.userId, ip },
      tx,
    );
    return { userId: row.userId, email: invitation.email };
  });
}
