/**
 * Property-based bad-input tests for EVERY route handler under app/ (found by walking the file
 * system, so new features are covered automatically). The route module's exported handlers are
 * called with hostile Request objects against the real test Neo4j; only `next/headers` (the
 * request context Next provides) is replaced by a small stand-in carrying the session cookie.
 * Properties: never a 5xx, every error is JSON with a message, and nothing is written.
 */
import fc from 'fast-check';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { databaseName, getDriver } from '../../lib/db/driver';
import { runQuery } from '../../lib/db/run';
import {
  encodeLoose,
  hostileParam,
  hostileRequestBody,
  hostileValue,
  listRouteHandlers,
} from '../helpers/fuzz';
import { createTestSession } from '../helpers/session';

const ctx = vi.hoisted(() => ({ cookie: '' as string, headers: new Headers() }));

vi.mock('next/headers', () => {
  const jar = () => {
    const all = () =>
      ctx.cookie
        .split(';')
        .map((c) => c.trim())
        .filter(Boolean)
        .map((c) => ({ name: c.slice(0, c.indexOf('=')), value: c.slice(c.indexOf('=') + 1) }));
    return {
      get: (n: string) => all().find((c) => c.name === n),
      getAll: () => all(),
      has: (n: string) => all().some((c) => c.name === n),
      set: () => undefined,
      delete: () => undefined,
    };
  };
  return {
    cookies: async () => jar(),
    headers: async () => ctx.headers,
    draftMode: async () => ({ isEnabled: false }),
  };
});

const BASE = 'http://127.0.0.1:3999';
const ROOT = process.cwd();
const handlers = listRouteHandlers(ROOT);
type Handler = (req: Request, c: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;
let cookies: Record<string, string> = {};
const NUM_RUNS = Number(process.env.FUZZ_RUNS ?? 25);
const T = 300_000;

/**
 * Size of the data (nodes and relationships). Labels that reads and refused requests may write
 * by design are left out: the audit trail (exports, failed sign-ins), sessions, rate limits and
 * tracked jobs (a refused import still records its failed job).
 */
const SKIP = ['AuditEvent', 'Session', 'RateLimit', 'LoginAttempt', 'Job'];
async function graphSize() {
  const r = await getDriver().executeQuery(
    `MATCH (n) WHERE NOT any(l IN labels(n) WHERE l IN $skip)
     CALL (n) { MATCH (n)-[r]->(m) WHERE NOT any(l IN labels(m) WHERE l IN $skip) RETURN count(r) AS rels }
     RETURN count(n) AS nodes, sum(rels) AS relationships`,
    { skip: SKIP },
    { database: databaseName() },
  );
  return {
    nodes: Number(r.records[0]?.get('nodes')),
    relationships: Number(r.records[0]?.get('relationships')),
  };
}

/** Builds params for a pattern's dynamic segments from hostile values. */
function paramsFor(pattern: string, value: string): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const m of pattern.matchAll(/\[\[?(\.\.\.)?([^\]]+)\]?\]/g))
    out[m[2] as string] = m[1] ? [value] : value;
  return out;
}

async function call(
  file: string,
  method: string,
  pattern: string,
  opts: { role: string; body?: string; param: string; query?: string; contentType?: string },
): Promise<{ status: number; text: string; location: string | null; errorCode: string | null }> {
  const mod = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, Handler>;
  const h = mod[method];
  if (!h) throw new Error(`${file} has no ${method}`);
  const urlPath = pattern.replace(/\[\[?(?:\.\.\.)?[^\]]+\]?\]/g, encodeLoose(opts.param));
  const headers = new Headers({ origin: BASE, host: '127.0.0.1:3999', 'sec-fetch-site': 'same-origin' });
  if (opts.contentType) headers.set('content-type', opts.contentType);
  ctx.cookie = cookies[opts.role] ?? '';
  if (ctx.cookie) headers.set('cookie', ctx.cookie);
  ctx.headers = headers;
  const req = new Request(`${BASE}${urlPath}${opts.query ?? ''}`, {
    method,
    headers,
    body: method === 'GET' || method === 'HEAD' ? undefined : (opts.body ?? ''),
  });
  const res = await h(req, { params: Promise.resolve(paramsFor(pattern, opts.param)) });
  return {
    status: res.status,
    text: await res.text(),
    location: res.headers.get('location'),
    errorCode: res.headers.get('x-koppelvlak-error'),
  };
}

function expectReadable(
  r: { status: number; text: string; location: string | null; errorCode: string | null },
  what: string,
) {
  expect(r.status, `${what} → ${r.status}: ${r.text.slice(0, 300)}`).toBeLessThan(500);
  // Form routes answer 303 back to the form with the error code in a header: never 'internal'.
  expect(r.errorCode, `${what} → form error ${r.errorCode}`).not.toBe('internal');
  if (r.location) expect(new URL(r.location, BASE).origin, `${what}: redirect leaves the site`).toBe(BASE);
  if (r.status >= 400) {
    const body = JSON.parse(r.text) as { error?: { message?: string } };
    expect(body.error?.message, what).toBeTruthy();
    expect(r.text, what).not.toMatch(/MATCH \(\w*:\w+|neo4j-driver|Neo\.\w+Error|at .+\.ts:\d+/);
  }
}

beforeAll(async () => {
  for (const role of ['regisseur', 'projectteam', 'deelnemer', 'stuurgroep'] as const) {
    const s = await createTestSession(role, role === 'deelnemer' ? { personId: 'p-vr-vr01-1' } : {});
    cookies[role] = s.cookie;
  }
  cookies.publiek = '';
  // Warm-up: the gap report materialises its gap states on first use (a write by design).
  for (const h of handlers.filter((x) => x.methods.includes('GET') && !x.dynamic))
    await call(h.file, 'GET', h.pattern, { role: 'regisseur', param: '' }).catch(() => undefined);
}, T);

afterAll(() => {
  cookies = {};
});

describe('route handlers survive hostile input', () => {
  it('finds the route handlers in app/', () => {
    expect(handlers.map((h) => h.pattern)).toContain('/api/health');
    console.log(
      '[fuzz] route handlers:',
      handlers.map((h) => `${h.methods.join(',')} ${h.pattern}`).join('; '),
    );
  });

  const writes = handlers.flatMap((h) =>
    h.methods.filter((m) => m !== 'GET').map((m) => ({ ...h, method: m })),
  );
  const reads = handlers.filter((h) => h.methods.includes('GET'));

  for (const h of writes) {
    it(
      `${h.method} ${h.pattern}: hostile bodies → 4xx with a message, nothing written`,
      async () => {
        const before = await graphSize();
        await fc.assert(
          fc.asyncProperty(
            hostileRequestBody(),
            hostileParam(),
            fc.constantFrom('regisseur', 'projectteam', 'deelnemer', 'publiek'),
            async ({ body, contentType }, param, role) => {
              const r = await call(h.file, h.method, h.pattern, { role, body, param, contentType });
              expectReadable(r, `${h.method} ${h.pattern} as ${role} body=${body.slice(0, 80)}`);
            },
          ),
          { numRuns: NUM_RUNS },
        );
        expect(await graphSize()).toEqual(before);
      },
      T,
    );

    it(`${h.method} ${h.pattern}: cross-site requests are refused`, async () => {
      const mod = (await import(/* @vite-ignore */ path.join(ROOT, h.file))) as Record<string, Handler>;
      ctx.cookie = cookies.regisseur ?? '';
      const req = new Request(`${BASE}${h.url}`, {
        method: h.method,
        headers: {
          origin: 'https://evil.example',
          'sec-fetch-site': 'cross-site',
          cookie: ctx.cookie,
          host: '127.0.0.1:3999',
        },
        body: '{}',
      });
      const res = await mod[h.method]!(req, { params: Promise.resolve(paramsFor(h.pattern, 'vr-vr01')) });
      // JSON routes: 403; form routes: 303 back to the form with the error code 'forbidden'.
      if (res.status === 303) expect(res.headers.get('x-koppelvlak-error')).toBe('forbidden');
      else expect(res.status).toBe(403);
    });
  }

  for (const h of reads) {
    it(
      `GET ${h.pattern}: hostile params and query → never a 5xx`,
      async () => {
        const before = await graphSize();
        await fc.assert(
          fc.asyncProperty(
            hostileParam(),
            fc.dictionary(
              fc.constantFrom('q', 'id', 'lang', 'back', 'scope', 'asOf', 'limit', 'format', 'region'),
              hostileParam(),
              {
                maxKeys: 3,
              },
            ),
            fc.constantFrom('regisseur', 'deelnemer', 'publiek'),
            async (param, q, role) => {
              const query = `?${Object.entries(q)
                .map(([k, v]) => `${k}=${encodeLoose(v)}`)
                .join('&')}`;
              const r = await call(h.file, 'GET', h.pattern, { role, param, query });
              expectReadable(r, `GET ${h.pattern}${query.slice(0, 120)} as ${role}`);
              if (r.location)
                expect(new URL(r.location, BASE).origin, `open redirect via ${query}`).toBe(BASE);
            },
          ),
          { numRuns: Math.ceil(NUM_RUNS / 2) },
        );
        expect(await graphSize()).toEqual(before);
      },
      T,
    );

    it(`GET ${h.pattern}: redirect targets in the query never leave the site`, async () => {
      for (const evil of [
        '//evil.example',
        '/\\evil.example',
        '/\t/evil.example',
        'https://evil.example',
        '/%5Cevil.example',
      ]) {
        for (const key of ['back', 'next', 'redirect', 'returnTo', 'from']) {
          const r = await call(h.file, 'GET', h.pattern, {
            role: 'publiek',
            param: 'vr-vr01',
            query: `?${key}=${encodeLoose(evil)}`,
          });
          if (r.location)
            expect(new URL(r.location, BASE).origin, `open redirect: ${key}=${JSON.stringify(evil)}`).toBe(
              BASE,
            );
        }
      }
    });
  }

  it('hostile JSON values survive a round trip through the typed query layer without writing', async () => {
    const before = await graphSize();
    await fc.assert(
      fc.asyncProperty(hostileValue(), async (v) => {
        // Every registered read query refuses or tolerates arbitrary params; never runs string-built Cypher.
        await runQuery('get-organisations', v as never).catch((e: Error) =>
          expect(e.name).toBe('ValidationError'),
        );
      }),
      { numRuns: 30 },
    );
    expect(await graphSize()).toEqual(before);
  });
});
