import { recordAudit } from '../audit/record';
import { runQuery, withWriteTransaction } from '../db/run';
import type { Role } from '../domain/enums';
import { TOTP_REQUIRED } from './permissions';
import { clearLimit, hitLimit, isLimited, limitKey, LIMITS } from './rate-limit';
import { hashToken } from './tokens';
import { base32Decode, generateTotpSecret, verifyTotp } from './totp';

// Step two of signing in (and turning two-factor on later): a TOTP code for the session's account.
export interface SessionTotpState {
  sessionId: string;
  userId: string;
  email: string;
  role: Role;
  mfaPassed: boolean;
  /** 'verify' when the account has a secret, 'enrol' when a required role has none yet. */
  mode: 'verify' | 'enrol' | 'none';
}

export async function sessionTotpState(token: string | undefined): Promise<SessionTotpState | null> {
  if (!token) return null;
  const r = (
    await runQuery('get-session-login-state', { tokenHash: hashToken(token), now: new Date().toISOString() })
  )[0];
  if (!r) return null;
  const mode = r.totpSecret ? 'verify' : TOTP_REQUIRED.includes(r.role) ? 'enrol' : 'none';
  return {
    sessionId: r.sessionId,
    userId: r.userId,
    email: r.email,
    role: r.role,
    mfaPassed: r.mfaPassed,
    mode,
  };
}

export function isValidSecret(secret: string): boolean {
  try {
    return base32Decode(secret).length >= 16;
  } catch {
    return false;
  }
}

export { generateTotpSecret };

export type TotpResult =
  { status: 'ok' } | { status: 'invalid' } | { status: 'rate-limited' } | { status: 'no-session' };

/**
 * Checks the code for the session's account. When the account has no secret yet (`enrolSecret`
 * from the enrolment form, confirmed by this code), the secret is stored. Marks the session as
 * having passed two-factor; codes are single-use (a step is never accepted twice).
 */
export async function passTotpStep(
  token: string | undefined,
  code: string,
  ip: string,
  opts: { enrolSecret?: string; timeMs?: number } = {},
): Promise<TotpResult> {
  if (!token) return { status: 'no-session' };
  const r = (
    await runQuery('get-session-login-state', { tokenHash: hashToken(token), now: new Date().toISOString() })
  )[0];
  if (!r) return { status: 'no-session' };
  const key = limitKey('totp', r.userId);
  if (await isLimited(key, LIMITS.totp)) return { status: 'rate-limited' };
  const enrolling = r.totpSecret === null;
  const secret =
    r.totpSecret ??
    (opts.enrolSecret && isValidSecret(opts.enrolSecret)
      ? opts.enrolSecret.toUpperCase().replace(/\s/g, '')
      : null);
  const step = secret ? verifyTotp(secret, code, { timeMs: opts.timeMs, afterStep: r.totpLastStep }) : null;
  const actor = { userId: r.userId, role: r.role };
  if (step === null || !secret) {
    await withWriteTransaction(async (tx) => {
      await hitLimit(key, LIMITS.totp, tx);
      await recordAudit(
        actor,
        { action: 'login.totp-failure', entityType: 'User', entityId: r.userId, ip },
        tx,
      );
    });
    return { status: 'invalid' };
  }
  await withWriteTransaction(async (tx) => {
    await runQuery(
      'complete-session-mfa',
      {
        sessionId: r.sessionId,
        userId: r.userId,
        totpSecret: enrolling ? secret : null,
        step,
        now: new Date().toISOString(),
      },
      { tx },
    );
    await clearLimit(key, tx);
    if (enrolling)
      await recordAudit(
        actor,
        { action: 'user.totp-enable', entityType: 'User', entityId: r.userId, ip },
        tx,
      );
    if (!r.mfaPassed)
      await recordAudit(
        actor,
        {
          action: 'login.success',
          entityType: 'User',
          entityId: r.userId,
          after: { email: r.email, sessionId: r.sessionId, totp: true },
          ip,
        },
        tx,
      );
  });
  return { status: 'ok' };
}

/** Turns two-factor off for an account whose role does not require it. */
export async function disableOwnTotp(userId: string, role: Role, ip: string): Promise<boolean> {
  if (TOTP_REQUIRED.includes(role)) return false;
  await withWriteTransaction(async (tx) => {
    await runQuery(
      'set-user-totp',
      { userId, totpSecret: null, step: null, now: new Date().toISOString() },
      { tx },
    );
    await recordAudit(
      { userId, role },
      { action: 'user.totp-disable', entityType: 'User', entityId: userId, ip },
      tx,
    );
  });
  return true;
}
