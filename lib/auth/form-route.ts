import { NextResponse } from 'next/server';
import type { ResponseCookie } from 'next/dist/compiled/@edge-runtime/cookies';
import { isAppError, PayloadTooLargeError, type Bilingual } from '../errors';
import { assertSameOrigin, toAppError } from '../http/respond';
import { flashCookie, type Flash } from './flash';
import { requestContext, type RequestContext } from '../http/request-context';
import { bilingual } from '../i18n/define';
import { errors } from '../i18n/messages/errors';

// Route handlers behind plain HTML forms (they work without JavaScript): same-origin check, a
// size limit, then 303 See Other to the next page. Errors go back to the form as a flash message
// (Dutch and English, no stack or Cypher) and in the header x-koppelvlak-error for tests.
const MAX_FORM_BYTES = 64 * 1024;

export interface FormOutcome {
  to: string;
  flash?: Flash;
  cookies?: ResponseCookie[];
}

export function redirect303(to: string, flash?: Flash, errorCode?: string): NextResponse {
  const res = new NextResponse(null, { status: 303, headers: { Location: to } });
  if (flash) res.cookies.set(flashCookie(flash));
  if (errorCode) res.headers.set('x-koppelvlak-error', errorCode);
  return res;
}

/** Only same-site relative paths, so `next` cannot send people elsewhere. */
export function safePath(value: unknown, fallback = '/'): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//')) return fallback;
  // Browsers drop tabs/newlines and read `\` as `/` in URLs, so `/\t/x` or `/\x` would leave the site.
  for (const ch of value) {
    const c = ch.charCodeAt(0);
    if (ch === '\\' || c <= 0x20 || c === 0x7f) return fallback;
  }
  return value.slice(0, 500);
}

export function field(form: FormData, name: string): string {
  const v = form.get(name);
  return typeof v === 'string' ? v : '';
}

export function formRoute(
  handler: (form: FormData, ctx: RequestContext & { request: Request }) => Promise<FormOutcome>,
  back: (form: FormData | null, request: Request) => string,
) {
  return async (request: Request): Promise<Response> => {
    let form: FormData | null = null;
    try {
      assertSameOrigin(request);
      const length = Number(request.headers.get('content-length') ?? '0');
      if (length > MAX_FORM_BYTES) throw new PayloadTooLargeError(bilingual(errors, 'formTooLarge'));
      form = await request.formData();
      const out = await handler(form, { request, ...(await requestContext(request)) });
      const res = redirect303(out.to, out.flash);
      for (const c of out.cookies ?? []) res.cookies.set(c);
      return res;
    } catch (e) {
      const app = toAppError(e);
      if (!app) console.error('[koppelvlak] form route failed', e);
      const text: Bilingual = app?.text ?? bilingual(errors, 'internal');
      const code = app?.code ?? 'internal';
      // Signed out while on a form: to the login page and back. The login steps themselves
      // answer a wrong password or code on their own page.
      if (isAppError(e) && e.status === 401 && !back(form, request).startsWith('/login'))
        return redirect303(
          `/login?next=${encodeURIComponent(back(form, request))}`,
          { kind: 'error', text, code },
          code,
        );
      return redirect303(back(form, request), { kind: 'error', text, code }, code);
    }
  };
}
