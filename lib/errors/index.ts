// Named errors shared by every layer. Each carries an HTTP status and a message in Dutch and
import { bilingual } from '../i18n/define';
import { errors } from '../i18n/messages/errors';
// English; route handlers and error pages show `message` (Dutch first, English second) and never
// a stack trace or Cypher.

export interface Bilingual {
  nl: string;
  en: string;
}

// A brand in the global symbol registry: Next can bundle this module more than once (the
// instrumentation hook and the app routes are separate bundles sharing process-wide caches), and
// an error made by one copy must still be recognised by the other, where `instanceof` fails.
const APP_ERROR = Symbol.for('koppelvlak.AppError');

export abstract class AppError extends Error {
  readonly [APP_ERROR] = true;
  abstract readonly status: number;
  abstract readonly code: string;
  readonly text: Bilingual;
  readonly details?: unknown;
  constructor(text: Bilingual, details?: unknown) {
    super(`${text.nl} / ${text.en}`);
    this.name = new.target.name;
    this.text = text;
    this.details = details;
  }
}

export class ValidationError extends AppError {
  readonly status = 400;
  readonly code = 'validation';
}
export class UnauthenticatedError extends AppError {
  readonly status = 401;
  readonly code = 'unauthenticated';
  constructor(text: Bilingual = bilingual(errors, 'signInFirst')) {
    super(text);
  }
}
export class ForbiddenError extends AppError {
  readonly status = 403;
  readonly code = 'forbidden';
  constructor(text: Bilingual = bilingual(errors, 'forbidden')) {
    super(text);
  }
}
export class NotFoundError extends AppError {
  readonly status = 404;
  readonly code = 'not-found';
  constructor(what: Bilingual = bilingual(errors, 'notFound')) {
    super(what);
  }
}
export class ConflictError extends AppError {
  readonly status = 409;
  readonly code = 'conflict';
}
export class PayloadTooLargeError extends AppError {
  readonly status = 413;
  readonly code = 'too-large';
}
export class RateLimitedError extends AppError {
  readonly status = 429;
  readonly code = 'rate-limited';
}
export class DatabaseUnavailableError extends AppError {
  readonly status = 503;
  readonly code = 'database-unavailable';
  constructor() {
    super(bilingual(errors, 'databaseUnavailable'));
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError || (typeof e === 'object' && e !== null && APP_ERROR in e);
}

/** Formats zod issues as "path: message" lines, so a message says what was expected and where. */
export function zodIssuesToText(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): Bilingual {
  const lines = issues.slice(0, 20).map((i) => `${i.path.map(String).join('.') || '(invoer)'}: ${i.message}`);
  return bilingual(errors, 'invalidInput', { lines: lines.join('; ') });
}
