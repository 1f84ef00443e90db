import { createHash, randomBytes } from 'node:crypto';

/** A random bearer token (base64url, 256 bits) and the hash that is stored instead of it. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
