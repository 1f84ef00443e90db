import { describe, expect, it, vi } from 'vitest';
import { DatabaseUnavailableError, isAppError } from '../../../lib/errors';
import { mapNeo4jError } from '../../../lib/db/errors';
import { toAppError } from '../../../lib/http/respond';

// Next bundles lib/errors into more than one chunk (instrumentation and app routes); a failed
// promise cached process-wide by one copy is awaited by pages built with the other. A 503 made by
// either copy must still be recognised, or the page shows Next's error screen instead of the notice.
describe('named errors across module copies', () => {
  it('recognises an error made by a second copy of lib/errors', async () => {
    vi.resetModules();
    // A query string makes the module loader evaluate the file a second time (a second class).
    const copy = '../../../lib/errors/index.ts?copy';
    const other = (await import(/* @vite-ignore */ copy)) as typeof import('../../../lib/errors');
    const foreign = new other.DatabaseUnavailableError();
    expect(foreign instanceof DatabaseUnavailableError).toBe(false);
    expect(isAppError(foreign)).toBe(true);
    expect(toAppError(foreign)?.status).toBe(503);
    expect(mapNeo4jError(foreign)).toBe(foreign);
  });

  it('does not take a look-alike plain object for a named error', () => {
    expect(isAppError({ status: 503, code: 'database-unavailable', text: { nl: 'x', en: 'x' } })).toBe(false);
    expect(toAppError(new Error('boom'))).toBeNull();
  });
});
