/**
 * The access matrix: EVERY page and route handler under app/ (walked from the file system) and
 * every server action, for every role including signed-out, over HTTP against the built app.
 * A route without a rule in RULES fails this test: whoever adds a route adds its rule here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../lib/domain/enums';
import { closeDriver } from '../../lib/db/driver';
import { baseUrl } from '../helpers/browser';
import { listPages, listRouteHandlers } from '../helpers/fuzz';
import { createTestSession } from '../helpers/session';

const ALL: Role[] = ['publiek', 'deelnemer', 'projectteam', 'regisseur', 'stuurgroep'];
const SIGNED_IN: Role[] = ['deelnemer', 'projectteam', 'regisseur', 'stuurgroep'];
const NETWORK: Role[] = ['deelnemer', 'projectteam', 'regisseur'];
const TEAM: Role[] = ['projectteam', 'regisseur'];
const REGISSEUR: Role[] = ['regisseur'];
const SNAPSHOTS: Role[] = ['projectteam', 'regisseur', 'stuurgroep'];

/** `METHOD /pattern` → roles that may use it; everyone else must be refused. */
export const RULES: Record<string, Role[]> = {
  // Open part: purpose, coalition names and themes, aggregates; signing in and applying.
  'GET /': ALL,
  'GET /login': ALL,
  'GET /login/tweestaps': ALL,
  'GET /lid-worden': ALL,
  'GET /uitnodiging/[token]': ALL,
  'GET /coalities': ALL,
  // Public: the adopted recommendations without names; readers get the full list.
  'GET /aanbevelingen': ALL,
  'GET /api/health': ALL,
  'GET /api/locale': ALL,
  'GET /api/overview': ALL,
  'POST /api/auth/login': ALL,
  'POST /api/auth/totp': ALL,
  'POST /api/auth/logout': ALL,
  'POST /api/auth/uitnodiging': ALL,
  'POST /api/auth/lid-worden': ALL,
  // Any account.
  'GET /login/totp-instellen': SIGNED_IN,
  'POST /api/auth/totp-instellen': SIGNED_IN,
  // Members: the network of organisations and people.
  'GET /verkenner': NETWORK,
  'GET /regio/[code]': NETWORK,
  'GET /sector/[id]': NETWORK,
  'GET /organisatie/[id]': NETWORK,
  'GET /coalities/[id]': NETWORK,
  'GET /afspraken': NETWORK,
  'GET /bijeenkomsten': NETWORK,
  'GET /kennisbank': NETWORK,
  'GET /kennisbank/bestand/[id]': NETWORK,
  'GET /api/graph': NETWORK,
  'GET /api/overview/cell': NETWORK,
  // The edit form opens for members (own profile, own coalition's reviews); saving is checked per record in lib/dal.
  'GET /bewerken/[entity]/[id]': NETWORK,
  // Recommendations: every account reads them (stuurgroep without names); members propose, and a
  // member may edit their own idea (checked per record in lib/dal); the project team moves stages.
  'GET /aanbevelingen/[id]': SIGNED_IN,
  'GET /aanbevelingen/nieuw': NETWORK,
  'POST /api/aanbevelingen': NETWORK,
  'POST /api/aanbevelingen/[id]': NETWORK,
  'POST /api/aanbevelingen/[id]/stadium': TEAM,
  'GET /aanbevelingen/knelpunten': TEAM,
  'POST /api/aanbevelingen/knelpunten/samenvoegen': TEAM,
  // Projectteam and regisseur: gaps, editing, exports, membership decisions.
  'GET /gaps': TEAM,
  'GET /gaps/[id]': TEAM,
  'GET /api/gaps': TEAM,
  'POST /api/gaps/[id]/status': TEAM,
  'GET /api/gaps/export': TEAM,
  'GET /api/export': TEAM,
  'GET /api/graph/export': TEAM,
  'GET /api/import/template': TEAM,
  'GET /import': TEAM,
  'GET /beheer': TEAM,
  'GET /beheer/aanvragen': TEAM,
  'POST /api/auth/beheer/aanvraag-toelaten': TEAM,
  'POST /api/auth/beheer/aanvraag-afwijzen': TEAM,
  // Regisseur only: accounts, audit, erasure, imports, layouts.
  'GET /beheer/gebruikers': REGISSEUR,
  'GET /beheer/audit': REGISSEUR,
  'GET /beheer/wissen': REGISSEUR,
  'POST /api/auth/beheer/uitnodigen': REGISSEUR,
  'POST /api/auth/beheer/rol': REGISSEUR,
  'POST /api/auth/beheer/blokkeren': REGISSEUR,
  'POST /api/auth/beheer/wachtwoord-reset': REGISSEUR,
  'POST /api/auth/beheer/wissen': REGISSEUR,
  'POST /api/import': REGISSEUR,
  'POST /api/import/mappings': REGISSEUR,
  'GET /api/import/progress': REGISSEUR,
  'DELETE /api/import/progress': REGISSEUR,
  'POST /api/graph/layout': REGISSEUR,
  // Network survey: members answer their own tasks (the task routes are open to link holders too:
  // lib/dal checks the task, so anyone else gets 403/404), the team reads results, the regisseur manages.
  'GET /enquetes': NETWORK,
  'GET /enquetes/[id]': NETWORK,
  'GET /enquetes/link/[token]': ALL,
  'GET /enquetes/[id]/volgen': TEAM,
  'POST /api/enquetes': REGISSEUR,
  'POST /api/enquetes/[id]/sluiten': REGISSEUR,
  'POST /api/enquetes/[id]/uitnodiging': REGISSEUR,
  'GET /api/enquetes/[id]/herinneringen': REGISSEUR,
  'POST /api/enquetes/voorstellen/[id]': TEAM,
  'PUT /api/enquete-taken/[taskId]': ALL,
  'POST /api/enquete-taken/[taskId]': ALL,
  'POST /api/enquete-taken/[taskId]/voorstel': NETWORK,
  // Cascade scenarios: every account computes them (members on their cut of the network, the
  // stuurgroep figures without names); the team saves and deletes them; the regisseur keeps the
  // dependencies between vital processes (members read them, the team exports them).
  'GET /scenario': SIGNED_IN,
  'GET /api/scenario': SIGNED_IN,
  'GET /api/scenario/opgeslagen': SIGNED_IN,
  'POST /api/scenario/opgeslagen': TEAM,
  'DELETE /api/scenario/opgeslagen/[id]': TEAM,
  'GET /scenario/afhankelijkheden': NETWORK,
  'POST /api/scenario/afhankelijkheden': REGISSEUR,
  'DELETE /api/scenario/afhankelijkheden': REGISSEUR,
  'GET /api/scenario/afhankelijkheden/export': TEAM,
  'POST /api/scenario/afhankelijkheden/import': REGISSEUR,
  // Snapshots and briefings: stuurgroep gets the PDFs, regisseur makes them.
  'GET /snapshots': SNAPSHOTS,
  'GET /snapshots/vergelijk': SNAPSHOTS,
  'GET /api/snapshots': SNAPSHOTS,
  'POST /api/snapshots': REGISSEUR,
  'GET /api/snapshots/[id]/briefings': SNAPSHOTS,
  'POST /api/snapshots/[id]/briefings': REGISSEUR,
  'GET /api/snapshots/[id]/briefings/[briefingId]': SNAPSHOTS,
  'DELETE /api/snapshots/[id]/briefings/[briefingId]': REGISSEUR,
  'GET /api/snapshots/[id]/briefings/[briefingId]/pdf': SNAPSHOTS,
  'GET /print/briefing/[briefingId]': SNAPSHOTS,
};

/** Server actions ('use server' files): `file#export` → the permission its lib/dal call checks. */
export const ACTION_RULES: Record<string, string> = {
  'app/bewerken/actions.ts#saveEntityAction': 'network:write',
  'app/bewerken/actions.ts#deleteEntityAction': 'network:write',
  'app/kennisbank/actions.ts#addDocumentAction': 'network:write',
};

function serverActions(root = process.cwd()): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = path.join(dir, name);
      if (name === 'node_modules' || name.startsWith('.')) continue;
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(ts|tsx)$/.test(name)) {
        const src = readFileSync(p, 'utf8');
        if (!/^\s*['"]use server['"]/.test(src)) continue;
        for (const m of src.matchAll(
          /export\s+(?:async\s+)?function\s+(\w+)|export\s+const\s+(\w+)\s*=\s*async/g,
        ))
          out.push(`${path.relative(root, p)}#${m[1] ?? m[2]}`);
      }
    }
  };
  walk(path.join(root, 'app'));
  walk(path.join(root, 'lib'));
  return out.sort();
}

const entries = [
  ...listPages().map((p) => ({
    key: `GET ${p.pattern}`,
    url: p.url,
    method: 'GET',
    dynamic: p.dynamic,
    file: p.file,
  })),
  ...listRouteHandlers().flatMap((r) =>
    r.methods.map((m) => ({
      key: `${m} ${r.pattern}`,
      url: r.url,
      method: m,
      dynamic: r.dynamic,
      file: r.file,
    })),
  ),
];
/** Steps of signing in: a redirect to /login or "wrong password" is their normal answer, not a refusal. */
const SIGN_IN_STEPS = new Set(['POST /api/auth/login', 'GET /login/tweestaps', 'POST /api/auth/totp']);
const sessions = new Map<Role, string | null>();
const PROBE = process.env.ACCESS_MATRIX_PROBE === '1';

beforeAll(async () => {
  sessions.set('publiek', null);
  for (const role of SIGNED_IN) {
    const s = await createTestSession(role as Exclude<Role, 'publiek'>, {
      personId: role === 'deelnemer' ? 'p-vr-vr01-1' : null,
    });
    sessions.set(role, s.cookie);
  }
});
afterAll(() => closeDriver());

interface Outcome {
  status: number;
  /** null: the answer does not tell (404 for an id without seeded data). */
  refused: boolean | null;
  why: string;
}

async function request(entry: (typeof entries)[number], role: Role): Promise<Outcome> {
  const cookie = sessions.get(role);
  const headers: Record<string, string> = {};
  if (cookie) headers.cookie = cookie;
  let body: string | undefined;
  if (entry.method !== 'GET') {
    const form = entry.key.includes('/api/auth/');
    headers['content-type'] = form ? 'application/x-www-form-urlencoded' : 'application/json';
    body = form ? '' : '{}';
  }
  // Signing out would end the matrix's own session: use a throwaway one.
  if (entry.key === 'POST /api/auth/logout' && role !== 'publiek') {
    headers.cookie = (await createTestSession(role as Exclude<Role, 'publiek'>)).cookie;
  }
  const res = await fetch(`${baseUrl()}${entry.url}`, {
    method: entry.method,
    headers,
    body,
    redirect: 'manual',
  });
  const location = res.headers.get('location') ?? '';
  const errorCode = res.headers.get('x-koppelvlak-error') ?? '';
  const text = (res.headers.get('content-type') ?? '').includes('text/html') ? await res.text() : '';
  if (!text) await res.body?.cancel();
  if (res.status === 401 || res.status === 403)
    return { status: res.status, refused: true, why: `status ${res.status}` };
  if (SIGN_IN_STEPS.has(entry.key))
    return {
      status: res.status,
      refused: false,
      why: res.status >= 500 ? `SERVER ERROR ${res.status}` : `status ${res.status}`,
    };
  if (res.status >= 300 && res.status < 400 && /^\/login(\?|$)/.test(location))
    return { status: res.status, refused: true, why: `redirect ${location}` };
  if (errorCode === 'forbidden' || errorCode === 'unauthenticated')
    return { status: res.status, refused: true, why: `error ${errorCode}` };
  if (/data-testid="error-(forbidden|unauthenticated)"/.test(text))
    return { status: res.status, refused: true, why: 'refusal notice' };
  // No seeded record behind this id (snapshots, files): 404 neither grants nor proves a refusal.
  if (res.status === 404 && entry.dynamic) return { status: 404, refused: null, why: '404 (no seeded id)' };
  // A route handler may answer 404 for missing input (?entity=…); a page that is 404 is not in the build.
  if (res.status === 404 && entry.file.includes('route.'))
    return { status: 404, refused: null, why: '404 (input needed)' };
  if (res.status === 404) return { status: 404, refused: false, why: 'NOT IN BUILD 404 (rebuild?)' };
  // A page that rejects missing input before it looks at the role shows neither data nor a refusal.
  if (/data-testid="error-validation"/.test(text))
    return { status: res.status, refused: null, why: 'validation notice' };
  if (res.status >= 500) return { status: res.status, refused: false, why: `SERVER ERROR ${res.status}` };
  return {
    status: res.status,
    refused: false,
    why: `status ${res.status}${errorCode ? ` (${errorCode})` : ''}`,
  };
}

describe('access matrix', () => {
  it('has a rule for every page, route handler and server action in app/', () => {
    const missing = entries.filter((e) => !RULES[e.key]).map((e) => `${e.key}  (${e.file})`);
    const missingActions = serverActions().filter((a) => !ACTION_RULES[a]);
    expect(
      [...missing, ...missingActions],
      `Add a rule to RULES / ACTION_RULES in test/e2e/access-matrix.test.ts for:\n  ${[...missing, ...missingActions].join('\n  ')}\n`,
    ).toEqual([]);
    const stale = Object.keys(RULES).filter((k) => !entries.some((e) => e.key === k));
    expect(stale, 'rules for routes that no longer exist').toEqual([]);
  });

  it('server actions start from the real viewer (actionContext) so lib/dal can check the role', () => {
    for (const key of serverActions()) {
      const file = key.split('#')[0] as string;
      expect(readFileSync(file, 'utf8'), file).toMatch(/actionContext\(/);
    }
  });

  // One test per route, so a slow page has its own time budget and failures name the route.
  for (const entry of entries) {
    it(`${entry.key}: allows exactly the roles in the table and refuses the others`, async () => {
      const allowed = RULES[entry.key];
      const problems: string[] = [];
      const row: string[] = [];
      for (const role of ALL) {
        const o = await request(entry, role);
        row.push(`${role}:${o.refused === null ? '?' : o.refused ? 'NO' : 'yes'}(${o.why})`);
        if (/SERVER ERROR|NOT IN BUILD/.test(o.why)) problems.push(`${entry.key} as ${role}: ${o.why}`);
        if (!allowed || o.refused === null) continue;
        const should = allowed.includes(role);
        if (should && o.refused)
          problems.push(`${entry.key} as ${role}: expected allowed, got refused (${o.why})`);
        if (!should && !o.refused) problems.push(`${entry.key} as ${role}: expected REFUSED, got ${o.why}`);
      }
      if (PROBE) console.log(`MATRIX ${entry.key.padEnd(55)} ${row.join('  ')}`);
      expect(problems, problems.join('\n')).toEqual([]);
    }, 90_000);
  }
});
