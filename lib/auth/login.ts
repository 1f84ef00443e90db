import { recordAudit } from '../audit/record';
import { runQuery, withWriteTransaction } from '../db/run';
import { TOTP_REQUIRED } from './permissions';
import { hashPassword, verifyPassword } from './password';
import { clearLimit, hitLimit, isLimited, limitKey, LIMITS } from './rate-limit';
import { createSession } from './session';

// Step one of signing in: e-mail and password. Unknown accounts and wrong passwords get the same
// answer (and the same argon2 work); too many failures are refused before any hash is checked.
export interface LoginDeps {
  verify: (storedHash: string, password: string) => Promise<boolean>;
}
const defaultDeps: LoginDeps = { verify: verifyPassword };

export type LoginResult =
  | {
      status: 'ok';
      userId: string;
      token: string;
      expires: Date;
      /** A TOTP step must follow before the session gives access. */
      totpStep: 'none' | 'verify' | 'enrol';
      hashChecked: true;
    }
  | { status: 'invalid'; hashChecked: boolean }
  | { status: 'rate-limited'; hashChecked: false };

let dummyHash: Promise<string> | undefined;
function dummy(): Promise<string> {
  dummyHash ??= hashPassword('no such account — equal work for unknown e-mail addresses');
  return dummyHash;
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function signInWithPassword(
  input: { email: string; password: string; ip: string },
  deps: LoginDeps = defaultDeps,
): Promise<LoginResult> {
  const email = normaliseEmail(input.email);
  const accountKey = limitKey('login-account', email);
  const ipKey = limitKey('login-ip', input.ip);
  const [accountFull, ipFull] = await Promise.all([
    isLimited(accountKey, LIMITS.loginAccount),
    isLimited(ipKey, LIMITS.loginIp),
  ]);
  if (accountFull || ipFull) {
    await withWriteTransaction(async (tx) => {
      await hitLimit(accountKey, LIMITS.loginAccount, tx);
      await hitLimit(ipKey, LIMITS.loginIp, tx);
      await recordAudit(
        { userId: null, role: 'publiek' },
        { action: 'login.rate-limited', entityType: 'User', entityId: null, after: { email }, ip: input.ip },
        tx,
      );
    });
    return { status: 'rate-limited', hashChecked: false };
  }

  const user =
    email.length <= 320 && input.password.length <= 1024
      ? (await runQuery('get-user-for-login', { email }))[0]
      : undefined;
  const usable = user && !user.disabled && user.passwordHash ? user : undefined;
  const ok = await deps.verify(usable?.passwordHash ?? (await dummy()), input.password.slice(0, 1024));

  if (!usable || !ok) {
    const reason = !user
      ? 'unknown-account'
      : user.disabled
        ? 'disabled'
        : !user.passwordHash
          ? 'no-password'
          : 'wrong-password';
    await withWriteTransaction(async (tx) => {
      await hitLimit(accountKey, LIMITS.loginAccount, tx);
      await hitLimit(ipKey, LIMITS.loginIp, tx);
      await recordAudit(
        { userId: user?.userId ?? null, role: user?.role ?? 'publiek' },
        {
          action: 'login.failure',
          entityType: 'User',
          entityId: user?.userId ?? null,
          after: { email, reason },
          ip: input.ip,
        },
        tx,
      );
    });
    return { status: 'invalid', hashChecked: true };
  }

  const totpStep = usable.totpSecret ? 'verify' : TOTP_REQUIRED.includes(usable.role) ? 'enrol' : 'none';
  const session = await withWriteTransaction(async (tx) => {
    await clearLimit(accountKey, tx);
    const s = await createSession(usable.userId, { mfaPassed: totpStep === 'none', ip: input.ip, tx });
    if (totpStep === 'none')
      await runQuery('touch-user-login', { userId: usable.userId, now: new Date().toISOString() }, { tx });
    await recordAudit(
      { userId: usable.userId, role: usable.role },
      {
        action: totpStep === 'none' ? 'login.success' : 'login.password-ok',
        entityType: 'User',
        entityId: usable.userId,
        after: { email, sessionId: s.sessionId, totp: totpStep },
        ip: input.ip,
      },
      tx,
    );
    return s;
  });
  return {
    status: 'ok',
    userId: usable.userId,
    token: session.token,
    expires: session.expires,
    totpStep,
    hashChecked: true,
  };
}
