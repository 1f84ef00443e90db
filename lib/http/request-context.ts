import { headers } from 'next/headers';
import { ipFromHeaders } from '../auth/request';
import { getViewer, SESSION_COOKIE, viewerFromToken } from '../auth/session';
import type { Viewer } from '../auth/viewer';
import { getLocale, LOCALE_COOKIE, LOCALES, type Locale } from '../i18n';

/**
 * Who asks, from where, in which language: the one way route handlers and server actions learn
 * it. The address is the last X-Forwarded-For entry (see ipFromHeaders), so the audit trail
 * records what the nearest proxy saw, not what the client wrote.
 */
export interface RequestContext {
  viewer: Viewer;
  ip: string;
  locale: Locale;
}

function cookieValue(cookieHeader: string, name: string): string | undefined {
  const raw = cookieHeader
    .split(';')
    .map((p) => p.trim())
    .find((p) => p.startsWith(`${name}=`))
    ?.slice(name.length + 1);
  if (raw === undefined) return undefined;
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}

function localeOf(value: string | undefined): Locale {
  return (LOCALES as readonly string[]).includes(value ?? '') ? (value as Locale) : 'nl';
}

/**
 * For route handlers: read from the request itself (its Cookie header; the session is checked
 * in Neo4j on every call), so handlers can be called in-process by tests.
 */
export async function requestContext(request: Request): Promise<RequestContext> {
  const cookie = request.headers.get('cookie') ?? '';
  return {
    viewer: await viewerFromToken(cookieValue(cookie, SESSION_COOKIE)),
    ip: ipFromHeaders(request.headers),
    locale: localeOf(cookieValue(cookie, LOCALE_COOKIE)),
  };
}

/** For server actions, which get no Request: the same three from Next's request headers. */
export async function actionContext(): Promise<RequestContext> {
  const [viewer, h, locale] = await Promise.all([getViewer(), headers(), getLocale()]);
  return { viewer, ip: ipFromHeaders(h), locale };
}
