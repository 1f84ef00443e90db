/**
 * The audit trail's client address cannot be chosen by the client: every audited route handler
 * and server action takes the LAST X-Forwarded-For entry (the one the nearest proxy added). Each
 * case sends a forged first entry and reads the newest AuditEvent of its own fresh account.
 * Only `next/headers` is stood in for (server actions read the request through it); Neo4j is real.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { viewerFromToken } from '../../lib/auth/session';
import { closeDriver } from '../../lib/db/driver';
import { getGapReport, parseGapFilters } from '../../lib/dal/gaps';
import { createTestSession } from '../helpers/session';

const ctx = vi.hoisted(() => ({ cookie: '', headers: new Headers() }));

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
  return { cookies: async () => jar(), headers: async () => ctx.headers, draftMode: async () => ({}) };
});

const BASE = 'http://127.0.0.1:3999';
const FORGED = '6.6.6.6';
const PROXY = '10.0.0.7';
type Handler = (req: Request, c: { params: Promise<Record<string, string>> }) => Promise<Response>;

interface Session {
  userId: string;
  cookie: string;
}

function headersFor(s: Session, extra: Record<string, string> = {}): Headers {
  const h = new Headers({
    origin: BASE,
    host: '127.0.0.1:3999',
    'sec-fetch-site': 'same-origin',
    cookie: s.cookie,
    'x-forwarded-for': `${FORGED}, ${PROXY}`,
    ...extra,
  });
  ctx.cookie = s.cookie;
  ctx.headers = h;
  return h;
}

async function handler(file: string, method: string): Promise<Handler> {
  const mod = (await import(/* @vite-ignore */ path.join(process.cwd(), file))) as Record<string, Handler>;
  const h = mod[method];
  if (!h) throw new Error(`${file} has no ${method}`);
  return h;
}

async function call(
  s: Session,
  file: string,
  method: 'GET' | 'POST',
  url: string,
  opts: { body?: BodyInit; contentType?: string; params?: Record<string, string> } = {},
): Promise<Response> {
  const headers = headersFor(s, opts.contentType ? { 'content-type': opts.contentType } : {});
  const res = await (
    await handler(file, method)
  )(new Request(`${BASE}${url}`, { method, headers, body: opts.body }), {
    params: Promise.resolve(opts.params ?? {}),
  });
  return res;
}

/** Newest audit record written by this account: its action and address. */
async function lastAudit(userId: string): Promise<{ action: string; ip: string | null }> {
  const { getDriver, databaseName } = await import('../../lib/db/driver');
  const r = await getDriver().executeQuery(
    'MATCH (a:AuditEvent {actorId: $userId}) RETURN a.action AS action, a.ip AS ip ORDER BY a.at DESC LIMIT 1',
    { userId },
    { database: databaseName() },
  );
  const rec = r.records[0];
  if (!rec) throw new Error(`no audit record for ${userId}`);
  return { action: rec.get('action') as string, ip: rec.get('ip') as string | null };
}

async function expectProxyAddress(s: Session, action: RegExp) {
  const a = await lastAudit(s.userId);
  expect(a.action).toMatch(action);
  expect(a.ip).toBe(PROXY);
}

/** Server actions end in redirect(), which throws Next's redirect signal. */
async function runAction(fn: () => Promise<unknown>): Promise<unknown> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof Error && String((e as { digest?: string }).digest ?? '').startsWith('NEXT_REDIRECT'))
      return 'redirected';
    throw e;
  }
}

let regisseur: Session;
let projectteam: Session;

beforeAll(async () => {
  regisseur = await createTestSession('regisseur');
  projectteam = await createTestSession('projectteam');
}, 120_000);

afterAll(async () => {
  await closeDriver();
});

describe('requestContext: the audit address is the proxy’s, not the client’s', () => {
  it('GET /api/graph/export', async () => {
    const res = await call(
      regisseur,
      'app/api/graph/export/route.ts',
      'GET',
      '/api/graph/export?format=graphml',
    );
    expect(res.status).toBe(200);
    await expectProxyAddress(regisseur, /^export\./);
  });

  it('GET /api/gaps/export (checked and audited in lib/dal)', async () => {
    const res = await call(projectteam, 'app/api/gaps/export/route.ts', 'GET', '/api/gaps/export?format=csv');
    expect(res.status).toBe(200);
    await expectProxyAddress(projectteam, /^export\.csv$/);
  });

  it('GET /api/export (ZIP and GraphML)', async () => {
    const res = await call(regisseur, 'app/api/export/route.ts', 'GET', '/api/export?format=graphml');
    expect(res.status).toBe(200);
    await expectProxyAddress(regisseur, /^export\.graphml$/);
  });

  it('POST /api/gaps/[id]/status', async () => {
    const viewer = await viewerFromToken(projectteam.cookie.split('=')[1]);
    const report = await getGapReport(
      viewer,
      parseGapFilters(new URLSearchParams('status=open&pageSize=200')),
    );
    // The last open gap: the gap-workflow suite takes the first ones of its regions.
    const gap = report.rows.filter((r) => r.status === 'open').at(-1);
    if (!gap) throw new Error('seeded data has no open gap');
    const send = async (status: string, expectedVersion: number) =>
      call(
        projectteam,
        'app/api/gaps/[id]/status/route.ts',
        'POST',
        `/api/gaps/${encodeURIComponent(gap.id)}/status`,
        {
          body: JSON.stringify({ status, expectedVersion }),
          contentType: 'application/json',
          params: { id: encodeURIComponent(gap.id) },
        },
      );
    const first = await send('erkend', gap.version);
    expect(first.status, await first.clone().text()).toBe(200);
    await expectProxyAddress(projectteam, /^gap\./);
    // Put the gap back as it was for the other suites.
    const { version } = (await first.json()) as { version: number };
    expect((await send('open', version)).status).toBe(200);
  });

  it('POST /api/graph/layout', async () => {
    const res = await call(regisseur, 'app/api/graph/layout/route.ts', 'POST', '/api/graph/layout', {
      body: JSON.stringify({ view: 'organisaties', ids: [], xs: [], ys: [] }),
      contentType: 'application/json',
    });
    expect(res.status, await res.clone().text()).toBeLessThan(300);
    await expectProxyAddress(regisseur, /^layout\.save$/);
  });

  it('form routes (POST /api/auth/beheer/rol)', async () => {
    const target = await createTestSession('deelnemer');
    const form = new URLSearchParams({ userId: target.userId, role: 'stuurgroep' });
    const res = await call(regisseur, 'app/api/auth/beheer/rol/route.ts', 'POST', '/api/auth/beheer/rol', {
      body: form.toString(),
      contentType: 'application/x-www-form-urlencoded',
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('x-koppelvlak-error')).toBeNull();
    await expectProxyAddress(regisseur, /^user\./);
  });

  it('POST /api/auth/logout', async () => {
    const leaving = await createTestSession('stuurgroep');
    const res = await call(leaving, 'app/api/auth/logout/route.ts', 'POST', '/api/auth/logout', {
      body: '',
      contentType: 'application/x-www-form-urlencoded',
    });
    expect(res.status).toBe(303);
    await expectProxyAddress(leaving, /^logout$/);
  });

  it('server actions: saving and deleting in /bewerken', async () => {
    const { saveEntityAction, deleteEntityAction } = await import('../../app/bewerken/actions');
    headersFor(regisseur);
    const orgId = 'vr-vr01';
    const form = new FormData();
    form.set('entity', 'person');
    form.set('name', 'Audit Adres (fictief)');
    form.set('organisationId', orgId);
    form.set('level', 'operationeel');
    form.set('email', 'audit.adres@voorbeeld.invalid');
    const state = await runAction(() =>
      saveEntityAction({ ok: false, message: null, fields: {}, version: null }, form),
    );
    expect(state, JSON.stringify(state)).toBe('redirected');
    await expectProxyAddress(regisseur, /^person\.create$/);

    const { getDriver, databaseName } = await import('../../lib/db/driver');
    const r = await getDriver().executeQuery(
      "MATCH (p:Person {name: 'Audit Adres (fictief)'}) RETURN p.id AS id, p.version AS version",
      {},
      { database: databaseName() },
    );
    const rec = r.records[0];
    if (!rec) throw new Error('the action created no person');
    const del = new FormData();
    del.set('entity', 'person');
    del.set('id', rec.get('id') as string);
    del.set('version', String(rec.get('version')));
    del.set('confirm', 'on');
    headersFor(regisseur);
    const deleted = await runAction(() =>
      deleteEntityAction({ ok: false, message: null, fields: {}, version: null }, del),
    );
    expect(deleted, JSON.stringify(deleted)).toBe('redirected');
    await expectProxyAddress(regisseur, /^person\.delete$/);
  });
});
