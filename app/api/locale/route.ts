import { NextResponse } from 'next/server';
import { safePath } from '@/lib/auth/form-route';
import { LOCALE_COOKIE } from '@/lib/i18n';

/** Switches the interface language (nl/en) and returns to the page the visitor came from. */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const lang = url.searchParams.get('lang') === 'en' ? 'en' : 'nl';
  const target = safePath(url.searchParams.get('back'));
  const res = NextResponse.redirect(new URL(target, url.origin), 303);
  res.cookies.set(LOCALE_COOKIE, lang, {
    path: '/',
    sameSite: 'lax',
    httpOnly: false,
    maxAge: 365 * 24 * 3600,
  });
  return res;
}
