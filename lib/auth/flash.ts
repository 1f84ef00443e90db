import { cookies } from 'next/headers';
import type { Bilingual } from '../errors';
import { cookieOptions } from './session';

// A one-shot message (and, after an invitation or reset, the link to pass on) carried from a form
// route handler to the page it redirects to, in a short-lived httpOnly cookie — never in the URL.
export const FLASH_COOKIE = 'kv_flash';
const FLASH_SECONDS = 30;

export interface Flash {
  kind: 'ok' | 'error';
  text: Bilingual;
  code?: string;
  /** A path with a secret token (invitation link) to show once. */
  link?: string;
}

export function flashCookie(flash: Flash) {
  return {
    name: FLASH_COOKIE,
    value: Buffer.from(JSON.stringify(flash), 'utf8').toString('base64url'),
    ...cookieOptions(new Date(Date.now() + FLASH_SECONDS * 1000)),
  };
}

export async function readFlash(): Promise<Flash | null> {
  const raw = (await cookies()).get(FLASH_COOKIE)?.value;
  if (!raw) return null;
  try {
    const v = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Flash;
    if (
      (v.kind === 'ok' || v.kind === 'error') &&
      typeof v.text?.nl === 'string' &&
      typeof v.text?.en === 'string'
    )
      return v;
  } catch {
    /* a damaged cookie shows nothing */
  }
  return null;
}
