import { createHash } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import { runQuery } from '../db/run';

// Counters live in Neo4j (:RateLimit {key}), so they hold across processes and restarts.
// Keys carry a hash of the e-mail address or IP, never the value itself.
export interface Limit {
  /** Events allowed in one window; the next one is refused before any work is done. */
  max: number;
  windowSeconds: number;
}

export const LIMITS = {
  /** Nine wrong passwords a minute per account are checked; the tenth attempt is refused unchecked. */
  loginAccount: { max: 9, windowSeconds: 60 },
  loginIp: { max: 30, windowSeconds: 60 },
  totp: { max: 5, windowSeconds: 60 },
  membershipIp: { max: 5, windowSeconds: 3600 },
  invitationIp: { max: 10, windowSeconds: 60 },
} as const satisfies Record<string, Limit>;

export function limitKey(kind: string, value: string): string {
  return `${kind}:${createHash('sha256').update(value.trim().toLowerCase()).digest('hex').slice(0, 32)}`;
}

function windowStart(limit: Limit, now: number): string {
  return new Date(now - limit.windowSeconds * 1000).toISOString();
}

/** Events of a key in its current window. */
export async function countEvents(key: string, limit: Limit, now = Date.now()): Promise<number> {
  const rows = await runQuery('get-rate-limit', { key, windowStart: windowStart(limit, now) });
  return rows[0]?.count ?? 0;
}

/** True when the key has used up its window. */
export async function isLimited(key: string, limit: Limit, now = Date.now()): Promise<boolean> {
  return (await countEvents(key, limit, now)) >= limit.max;
}

/** Counts one event; returns the count in the current window. */
export async function hitLimit(
  key: string,
  limit: Limit,
  tx?: ManagedTransaction,
  now = Date.now(),
): Promise<number> {
  const rows = await runQuery(
    'hit-rate-limit',
    { key, now: new Date(now).toISOString(), windowStart: windowStart(limit, now) },
    tx ? { tx } : {},
  );
  return rows[0]?.count ?? 0;
}

export async function clearLimit(key: string, tx?: ManagedTransaction): Promise<void> {
  await runQuery('clear-rate-limit', { key }, tx ? { tx } : {});
}
