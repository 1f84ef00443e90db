import { NextResponse } from 'next/server';
import { ZodError } from 'zod';
import {
  ForbiddenError,
  isAppError,
  PayloadTooLargeError,
  ValidationError,
  zodIssuesToText,
  type AppError,
} from '../errors';
import { bilingual } from '../i18n/define';
import { errors } from '../i18n/messages/errors';

export interface ErrorBody {
  error: { code: string; message: string; nl: string; en: string; details?: unknown };
}

/** The JSON body of an error: Dutch and English message, no stack, no Cypher. */
export function errorBody(e: AppError): ErrorBody {
  return { error: { code: e.code, message: e.message, nl: e.text.nl, en: e.text.en, details: e.details } };
}

export function toAppError(e: unknown): AppError | null {
  if (isAppError(e)) return e;
  if (e instanceof ZodError) return new ValidationError(zodIssuesToText(e.issues));
  if (e instanceof SyntaxError) return new ValidationError(bilingual(errors, 'invalidJson'));
  // decodeURIComponent on a malformed path segment or query value (e.g. a lone '%').
  if (e instanceof URIError) return new ValidationError(bilingual(errors, 'malformedUrl'));
  // request.formData() on a body that is not a form (wrong Content-Type or a broken multipart body).
  if (
    e instanceof TypeError &&
    /Content-Type was not one of|parse (body|content) as FormData|multipart/i.test(e.message)
  )
    return new ValidationError(bilingual(errors, 'expectedForm'));
  return null;
}

export function errorResponse(e: unknown): NextResponse {
  const app = toAppError(e);
  if (app) {
    const headers: Record<string, string> = app.status === 503 ? { 'Retry-After': '5' } : {};
    return NextResponse.json(errorBody(app), { status: app.status, headers });
  }
  console.error('[koppelvlak] unexpected error', e);
  return NextResponse.json(
    {
      error: {
        code: 'internal',
        message: `${errors.nl.internal} / ${errors.en.internal}`,
        ...bilingual(errors, 'internal'),
      },
    },
    { status: 500 },
  );
}

/** Wraps a route handler so every thrown error becomes a readable JSON response. */
export function route<A extends unknown[]>(handler: (...args: A) => Promise<Response>) {
  return async (...args: A): Promise<Response> => {
    try {
      return await handler(...args);
    } catch (e) {
      return errorResponse(e);
    }
  };
}

/**
 * Route handlers that change data accept only same-origin requests (Origin or Sec-Fetch-Site);
 * server actions have Next's own check.
 */
export function assertSameOrigin(request: Request): void {
  const site = request.headers.get('sec-fetch-site');
  if (site && site !== 'same-origin' && site !== 'none')
    throw new ForbiddenError(bilingual(errors, 'crossSite'));
  const origin = request.headers.get('origin');
  if (origin) {
    const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
    let originHost = '';
    try {
      originHost = new URL(origin).host;
    } catch {
      originHost = '';
    }
    if (!host || originHost !== host) throw new ForbiddenError(bilingual(errors, 'crossOrigin'));
  }
}

/**
 * Reads and parses a JSON body with a size limit. The limit is enforced while streaming (and up
 * front from Content-Length), so a huge body is refused with 413 without being held in memory.
 */
export async function readJson(request: Request, maxBytes = 1_000_000): Promise<unknown> {
  const tooLarge = () => new PayloadTooLargeError(bilingual(errors, 'requestTooLarge', { maxBytes }));
  const declared = Number(request.headers.get('content-length') ?? '');
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge();
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw tooLarge();
      }
      chunks.push(value);
    }
  }
  const text = Buffer.concat(chunks).toString('utf8');
  return JSON.parse(text);
}
