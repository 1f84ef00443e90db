import { ConflictError, DatabaseUnavailableError, isAppError, type AppError } from '../errors';
import { bilingual } from '../i18n/define';
import { errors } from '../i18n/messages/errors';

// Maps what neo4j-driver throws onto the app's named errors; anything unknown is rethrown so it
// is logged server-side and shown as a generic 500 without Cypher or stack.
const UNAVAILABLE = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
  'Neo.TransientError.Database.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
]);

export function mapNeo4jError(e: unknown): AppError | unknown {
  if (isAppError(e)) return e;
  const err = e as { code?: string; message?: string; retriable?: boolean };
  const code = err?.code ?? '';
  const msg = err?.message ?? '';
  if (
    UNAVAILABLE.has(code) ||
    /acquisition timed out|ECONNREFUSED|Connection was closed|Failed to connect|Pool is closed|getaddrinfo/i.test(
      msg,
    )
  ) {
    return new DatabaseUnavailableError();
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new ConflictError(bilingual(errors, 'uniqueness'));
  }
  return e;
}
