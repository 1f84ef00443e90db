import type { ManagedTransaction } from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { closeDriver, databaseName, getDriver, neo4j } from '../../lib/db/driver';
import { runQuery } from '../../lib/db/run';

// Every optimistic-concurrency guard and delete query, run against the seeded database inside a
// transaction that is rolled back: the current version passes, a stale one matches nothing.
const ENTITIES = [
  ['organisation', 'Organisation'],
  ['person', 'Person'],
  ['coalition', 'Coalition'],
  ['koppelvlak', 'Koppelvlak'],
  ['agreement', 'Agreement'],
  ['contact', 'Contact'],
  ['review', 'ProgressReview'],
  ['meeting', 'Meeting'],
  ['document', 'Document'],
] as const;

async function inRolledBackTx(work: (tx: ManagedTransaction) => Promise<void>) {
  const session = getDriver().session({ database: databaseName(), defaultAccessMode: neo4j.session.WRITE });
  const tx = session.beginTransaction();
  try {
    await work(tx as unknown as ManagedTransaction);
  } finally {
    await tx.rollback();
    await session.close();
  }
}

afterAll(async () => {
  await closeDriver();
});

describe('edit guards and deletes (cypher/update-*-versioned, cypher/delete-*)', () => {
  for (const [entity, label] of ENTITIES) {
    it(`${entity}: the guard bumps the current version, refuses a stale one; delete answers`, async () => {
      // The label comes from the fixed list above, never from input.
      const res = await getDriver().executeQuery(
        `MATCH (n:${label}) WHERE n.id IS NOT NULL RETURN n.id AS id, coalesce(n.version, 1) AS version ORDER BY n.id LIMIT 1`,
        {},
        { database: databaseName() },
      );
      const id = res.records[0]?.get('id') as string;
      const version = Number(res.records[0]?.get('version'));
      expect(id).toBeTruthy();
      const guard = `update-${entity}-versioned` as const;
      const del = `delete-${entity}` as const;
      await inRolledBackTx(async (tx) => {
        const stale = await runQuery(
          guard,
          { id, expectedVersion: version + 99, now: new Date().toISOString() },
          { tx },
        );
        expect(stale).toHaveLength(0);
        const ok = await runQuery(
          guard,
          { id, expectedVersion: version, now: new Date().toISOString() },
          { tx },
        );
        expect(ok[0]?.version).toBe(version + 1);
      });
      await inRolledBackTx(async (tx) => {
        const staleDelete = await runQuery(del, { id, expectedVersion: version + 99 }, { tx });
        expect(staleDelete[0]?.deleted ?? false).toBe(false);
        const rows = await runQuery(del, { id, expectedVersion: version }, { tx });
        const row = rows[0];
        expect(row).toBeDefined();
        // Either it was deleted, or the blockers that would be orphaned are named.
        expect(row?.deleted === true || (row?.blockers ?? []).length > 0).toBe(true);
      });
      const still = await getDriver().executeQuery(
        `MATCH (n:${label} {id: $id}) RETURN count(n) AS c`,
        { id },
        { database: databaseName() },
      );
      expect(Number(still.records[0]?.get('c'))).toBe(1);
    });
  }

  it('lists the edit version of every kennisbank document and the overview counts', async () => {
    const docs = await runQuery('get-document-versions', {});
    expect(docs.length).toBeGreaterThanOrEqual(7);
    const counts = await runQuery('get-overview-counts', {});
    expect(counts.filter((c) => c.dimension === 'region')).toHaveLength(25);
    expect(counts.find((c) => c.dimension === 'chain' && c.key === 'algemeen')?.count).toBeGreaterThan(50);
  });
});
