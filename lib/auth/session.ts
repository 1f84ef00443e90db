import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import { cookies } from 'next/headers';
import { cache } from 'react';
import { env } from '../config/env';
import { runQuery } from '../db/run';
import { PUBLIC_VIEWER, type Viewer } from './viewer';
import { TOTP_REQUIRED } from './permissions';
import { hashToken, newToken } from './tokens';
import { UnauthenticatedError } from '../errors';

export const SESSION_COOKIE = 'kv_session';
const SESSION_HOURS = 12;

export function cookieOptions(expires: Date) {
  const secure = env().SECURE_COOKIES
    ? env().SECURE_COOKIES === 'true'
    : env().NODE_ENV === 'production' && process.env.KOPPELVLAK_INSECURE_HTTP !== '1';
  return { httpOnly: true, sameSite: 'lax' as const, secure, path: '/', expires };
}

/** The viewer for a raw session token (also used by tests and route handlers that read headers). */
export async function viewerFromToken(token: string | undefined): Promise<Viewer> {
  if (!token) return PUBLIC_VIEWER;
  const rows = await runQuery('get-session-viewer', {
    tokenHash: hashToken(token),
    now: new Date().toISOString(),
  });
  const r = rows[0];
  if (!r) return PUBLIC_VIEWER;
  // A role that needs two-factor (or an account that turned it on) gets nothing until the TOTP
  // step of this session has passed.
  if ((TOTP_REQUIRED.includes(r.role) || r.totpEnabled) && !r.mfaPassed) return PUBLIC_VIEWER;
  return {
    userId: r.userId,
    role: r.role,
    name: r.name,
    personId: r.personId,
    organisationIds: r.organisationIds,
    coalitionIds: r.coalitionIds,
    sessionId: r.sessionId,
  };
}

/**
 * One lookup per request and token: the layout and the page of one render share it (React's
 * request-scoped cache; outside a render, e.g. in route handlers, every call asks Neo4j).
 */
const viewerOfRequest = cache((token: string | undefined) => viewerFromToken(token));

/** The viewer of the current request, read from the session cookie and checked in Neo4j on every request. */
export async function getViewer(): Promise<Viewer> {
  const jar = await cookies();
  return viewerOfRequest(jar.get(SESSION_COOKIE)?.value);
}

/** Creates a session in Neo4j and returns the token for the cookie. */
export async function createSession(
  userId: string,
  opts: { mfaPassed: boolean; ip: string; tx?: ManagedTransaction },
): Promise<{ token: string; expires: Date; sessionId: string }> {
  const token = newToken();
  const expires = new Date(Date.now() + SESSION_HOURS * 3600_000);
  const sessionId = randomUUID();
  const rows = await runQuery(
    'create-session',
    {
      id: sessionId,
      userId,
      tokenHash: hashToken(token),
      now: new Date().toISOString(),
      expiresAt: expires.toISOString(),
      mfaPassed: opts.mfaPassed,
      ip: opts.ip,
    },
    opts.tx ? { tx: opts.tx } : {},
  );
  if (rows.length === 0) throw new UnauthenticatedError();
  return { token, expires, sessionId };
}

export async function revokeSession(token: string): Promise<void> {
  await runQuery('revoke-session', { tokenHash: hashToken(token), now: new Date().toISOString() });
}

/** Ends every session of an account at once (disable, role change, password reset). */
export async function revokeUserSessions(userId: string, tx?: ManagedTransaction): Promise<number> {
  const rows = await runQuery(
    'revoke-user-sessions',
    { userId, now: new Date().toISOString() },
    tx ? { tx } : {},
  );
  return rows[0]?.count ?? 0;
}

/** The raw session token of the current request (for sign-out and the TOTP step). */
export async function currentSessionToken(): Promise<string | undefined> {
  return (await cookies()).get(SESSION_COOKIE)?.value;
}
