/**
 * The production server computes analyses in its worker thread (lib/workers), not on the event
 * loop: the bundler must have compiled the worker entry, and the server must have started it.
 * The server starts computing today's analysis when it starts (instrumentation.ts).
 * And a change made elsewhere (another instance, a script) reaches the figures through the
 * network's change counter (cypher/bump-network-revision.cypher), without a restart.
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { closeDriver } from '../../lib/db/driver';
import { runQuery } from '../../lib/db/run';
import { testAgreement } from '../helpers/agreement';
import { createTestSession } from '../helpers/session';

const base = () => process.env.E2E_BASE_URL as string;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

afterAll(async () => {
  await closeDriver();
});

async function expiring(cookie: string): Promise<number> {
  const res = await fetch(`${base()}/api/overview`, { headers: { cookie } });
  expect(res.status).toBe(200);
  return ((await res.json()) as { headline: { agreementsExpiring90d: number } }).headline
    .agreementsExpiring90d;
}

async function until(check: () => Promise<boolean>, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
}

const agreement = (expiresAt: string | null) => testAgreement('ag-e2e-revision-check', expiresAt);

describe('analysis worker thread', () => {
  it('is started by the production server when the first analysis is needed', async () => {
    const s = await createTestSession('regisseur');
    const res = await fetch(`${base()}/`, { headers: { cookie: s.cookie } });
    expect(res.status).toBe(200);
    const log = () => readFileSync(process.env.E2E_APP_LOG as string, 'utf8');
    expect(await until(async () => /analysis worker thread started/.test(log()), 10_000)).toBe(true);
    // instrumentation.ts computed today's analysis when the server started (lib/dal/warmup.ts).
    expect(await until(async () => /analysis of today computed at start/.test(log()), 10_000)).toBe(true);
    expect(log()).not.toMatch(/analysis worker failed/);
  });

  it('picks up a change written outside the server through the change counter', async () => {
    const s = await createTestSession('regisseur');
    const before = await expiring(s.cookie);
    const now = new Date().toISOString();
    await runQuery('upsert-agreements', { rows: [agreement(day(30))], now });
    await runQuery('bump-network-revision', { at: now });
    expect(await until(async () => (await expiring(s.cookie)) === before + 1, 30_000)).toBe(true);
    await runQuery('upsert-agreements', { rows: [agreement(null)], now });
    await runQuery('bump-network-revision', { at: now });
    expect(await until(async () => (await expiring(s.cookie)) === before, 30_000)).toBe(true);
    // Pages and route handlers are separate bundles: they must still share one worker and one cache.
    const log = readFileSync(process.env.E2E_APP_LOG as string, 'utf8');
    expect(log.match(/analysis worker thread started/g)).toHaveLength(1);
  });
});
