import { afterAll, describe, expect, it } from 'vitest';
import { closeDriver } from '../../lib/db/driver';
import { pingDatabase, runQuery, withWriteTransaction } from '../../lib/db/run';
import { loadNetwork } from '../../lib/db/network';
import { migrate } from '../../lib/db/migrate';
import { seedDatabase } from '../../lib/seed';
import { ConflictError, ValidationError } from '../../lib/errors';
import { hashToken } from '../../lib/auth/tokens';
import { createTestSession } from '../helpers/session';

afterAll(async () => {
  await closeDriver();
});

describe('foundation against a real Neo4j', () => {
  it('answers the health ping with the server version', async () => {
    const r = await pingDatabase();
    expect(r.up).toBe(true);
    expect(r.version).toMatch(/^5\.26\./);
  });

  it('applies the schema idempotently', async () => {
    const a = await migrate();
    const b = await migrate();
    expect(b.statements).toBe(a.statements);
  });

  it('leaves the same counts when the seed runs twice', async () => {
    // Seed once first: earlier suites may have answered demo survey tasks, whose answers the demo seed
    // puts back to its own. Idempotence is that a second run changes nothing after the first.
    await seedDatabase({ scale: 1 });
    const before = (await runQuery('get-graph-size', {}))[0];
    await seedDatabase({ scale: 1 });
    const after = (await runQuery('get-graph-size', {}))[0];
    expect(after).toEqual(before);
  });

  it('loads the seeded network with the real reference facts', async () => {
    const n = await loadNetwork({ seeConfidential: true, viewerOrgIds: [] }, '2026-10-01');
    expect(n.regions).toHaveLength(25);
    expect(n.organisations.length).toBeGreaterThanOrEqual(150);
    expect(n.people.length).toBeGreaterThanOrEqual(600);
    expect(n.coalitions.length).toBeGreaterThanOrEqual(12);
    const tennet = n.organisations.find((o) => o.id === 'op-tennet-tso-b-v');
    expect(tennet?.regionCodes).toHaveLength(25);
    expect(n.koppelvlakken.some((k) => k.confidential)).toBe(true);
  });

  it('hides confidential koppelvlakken from uninvolved organisations in the query itself', async () => {
    const all = await loadNetwork({ seeConfidential: true, viewerOrgIds: [] }, '2026-10-01');
    const conf = all.koppelvlakken.filter((k) => k.confidential);
    const member = await loadNetwork({ seeConfidential: false, viewerOrgIds: ['ggd-vr01'] }, '2026-10-01');
    const ids = new Set(member.koppelvlakken.map((k) => k.id));
    for (const k of conf) expect(ids.has(k.id)).toBe(false);
    const involved = conf[0];
    if (!involved) throw new Error('seed has no confidential koppelvlak');
    const insider = await loadNetwork(
      { seeConfidential: false, viewerOrgIds: [involved.fromId] },
      '2026-10-01',
    );
    expect(insider.koppelvlakken.some((k) => k.id === involved.id)).toBe(true);
  });

  it('rolls back a multi-row write when a constraint fails half-way (nothing half-written)', async () => {
    const s = await createTestSession('deelnemer');
    const before = (await runQuery('get-graph-size', {}))[0];
    const rows = [1, 2, 3].map((i) => ({
      id: `rollback-test-${i}`,
      name: `Rollback test ${i}`,
      kind: 'overig' as const,
      chain: 'overig' as const,
      sectorId: null,
      regionCodes: ['VR01'],
      processIds: [],
      description: '',
      source: 'test',
      date: '2026-01-01',
    }));
    await expect(
      withWriteTransaction(async (tx) => {
        await runQuery('upsert-organisations', { rows, now: new Date().toISOString() }, { tx });
        // A second session with the same token hash violates the uniqueness constraint.
        await runQuery(
          'create-session',
          {
            id: 'dup',
            userId: s.userId,
            tokenHash: hashToken(s.token),
            now: 'x',
            expiresAt: 'y',
            mfaPassed: false,
            ip: '',
          },
          { tx },
        );
      }),
    ).rejects.toBeInstanceOf(ConflictError);
    const after = (await runQuery('get-graph-size', {}))[0];
    expect(after?.nodes).toBe(before?.nodes);
    const orgs = await runQuery('get-organisations', {});
    expect(orgs.some((o) => o.id.startsWith('rollback-test-'))).toBe(false);
  });

  it('refuses parameters that do not match the registry schema with a readable message', async () => {
    await expect(runQuery('get-koppelvlakken', { seeConfidential: 'yes' } as never)).rejects.toBeInstanceOf(
      ValidationError,
    );
  });
});
