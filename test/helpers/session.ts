import { randomUUID } from 'node:crypto';
import type { Role } from '../../lib/domain/enums';
import { runQuery } from '../../lib/db/run';
import { createSession, SESSION_COOKIE } from '../../lib/auth/session';
import { hashPassword } from '../../lib/auth/password';

export const TEST_PASSWORD = 'correct horse battery staple 42';

/**
 * Creates a real account and a real server-side session in the test Neo4j (two-factor marked as
 * passed), for tests that are not about signing in. Returns the cookie to send or set in Chromium.
 */
export async function createTestSession(
  role: Exclude<Role, 'publiek'>,
  opts: { personId?: string | null; email?: string } = {},
): Promise<{ userId: string; token: string; cookie: string; cookieName: string; email: string }> {
  const email = opts.email ?? `${role}-${randomUUID().slice(0, 8)}@test.invalid`;
  const [row] = await runQuery('upsert-user', {
    id: randomUUID(),
    email,
    name: `Test ${role} (fictief)`,
    role,
    passwordHash: await hashPassword(TEST_PASSWORD),
    personId: opts.personId ?? null,
    now: new Date().toISOString(),
  });
  if (!row) throw new Error('createTestSession: user not created');
  const { token } = await createSession(row.userId, { mfaPassed: true, ip: '127.0.0.1' });
  return {
    userId: row.userId,
    token,
    cookie: `${SESSION_COOKIE}=${token}`,
    cookieName: SESSION_COOKIE,
    email,
  };
}
