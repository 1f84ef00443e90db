/**
 * The network's change counter: bumped with every audited change to the network's data (in the
 * same transaction), not by sign-ins or gap states, not by a rolled-back change; and the analysis
 * cache follows it (a change written behind the app's back shows after the counter moves).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { recordAudit } from '../../lib/audit/record';
import { viewerFromToken } from '../../lib/auth/session';
import { getAnalysis } from '../../lib/dal/analysis';
import { closeDriver } from '../../lib/db/driver';
import { bumpGapStates, gapStates } from '../../lib/dal/gap-states';
import { REVISION_CHECK_MS } from '../../lib/db/revision';
import { afterCommit, runQuery, withWriteTransaction } from '../../lib/db/run';
import { testAgreement } from '../helpers/agreement';
import { createTestSession } from '../helpers/session';

const actor = { userId: 'test-revision', role: 'regisseur' as const };
const revision = async () => (await runQuery('get-revisions', {}))[0]?.network ?? -1;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

afterAll(async () => {
  await closeDriver();
});

describe('network change counter', () => {
  it('moves with an audited network change, and runs after-commit hooks only after the commit', async () => {
    const before = await revision();
    const seen: number[] = [];
    await withWriteTransaction(async (tx) => {
      await recordAudit(
        actor,
        { action: 'organisation.update', entityType: 'Organisation', entityId: 'x' },
        tx,
      );
      afterCommit(tx, () => seen.push(1));
      expect(seen).toEqual([]); // not before the commit
    });
    expect(seen).toEqual([1]);
    expect(await revision()).toBe(before + 1);
  });

  it('stays put for sign-ins, gap states and a rolled-back change', async () => {
    const before = await revision();
    await recordAudit(actor, { action: 'login.success', entityType: 'User', entityId: 'x' });
    await recordAudit(actor, { action: 'gap.status', entityType: 'Gap', entityId: 'x' });
    const seen: number[] = [];
    await expect(
      withWriteTransaction(async (tx) => {
        await recordAudit(actor, { action: 'agreement.update', entityType: 'Agreement', entityId: 'x' }, tx);
        afterCommit(tx, () => seen.push(1));
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(seen).toEqual([]);
    expect(await revision()).toBe(before);
  });

  it('makes the cached analysis follow a change written behind its back', async () => {
    const s = await createTestSession('regisseur');
    const viewer = (await viewerFromToken(s.token))!;
    const id = 'ag-test-revision';
    const row = (expiresAt: string | null) => testAgreement(id, expiresAt);
    const soon = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
    const count = async () => (await getAnalysis(viewer)).headline.agreementsExpiring90d;
    const before = await count();
    await runQuery('upsert-agreements', { rows: [row(soon)], now: new Date().toISOString() });
    expect(await count()).toBe(before); // cached: the counter did not move
    await runQuery('bump-network-revision', { at: new Date().toISOString() });
    await sleep(REVISION_CHECK_MS + 100);
    expect(await count()).toBe(before + 1);
    await runQuery('upsert-agreements', { rows: [row(null)], now: new Date().toISOString() });
    await runQuery('bump-network-revision', { at: new Date().toISOString() });
    await sleep(REVISION_CHECK_MS + 100);
    expect(await count()).toBe(before);
  });
});

describe('gap-state change counter', () => {
  const counters = async () => (await runQuery('get-revisions', {}))[0]!;

  it('moves only with a committed change, and the shared states are read again only then', async () => {
    const before = await counters();
    await expect(
      withWriteTransaction(async (tx) => {
        await bumpGapStates(tx);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect((await counters()).gapStates).toBe(before.gapStates);

    const first = await gapStates();
    const c1 = await counters();
    await sleep(REVISION_CHECK_MS + 100);
    // Counter unchanged (another test tier may write gap states meanwhile): the same read, no new one.
    if ((await counters()).gapStates === c1.gapStates) expect(await gapStates()).toBe(first);

    // A state written behind this process's back shows once the counter moves.
    const id = 'gap-test-revision';
    await runQuery('sync-gap-states', {
      rows: [
        {
          id,
          type: 'geen-afspraak',
          organisationIds: [],
          regionCode: null,
          sectorId: null,
          category: null,
          nl: 'test',
          en: 'test',
        },
      ],
      now: new Date().toISOString(),
    });
    const c2 = await counters();
    await withWriteTransaction((tx) => bumpGapStates(tx));
    expect((await counters()).gapStates).toBeGreaterThan(c2.gapStates);
    expect((await gapStates()).has(id)).toBe(true); // this process's own commit: at once
  });
});
