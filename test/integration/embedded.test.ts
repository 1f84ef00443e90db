/**
 * De ingebouwde Neo4j: echte server, auth afgedwongen, en data overleeft een SIGKILL
 * (recovery uit het transactielog bij de volgende start).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { readOrCreatePassword, startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../lib/db/embedded';

const TIMEOUT = 180_000;
// Op een drukke machine (2 cores) kan een eerste start ruim boven de standaard 90 s uitkomen.
const opts = { pageCache: '64m', heap: '512m', timeoutMs: 170_000 };
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'koppelvlak-neo4j-test-'));
let server: EmbeddedNeo4j | undefined;

afterAll(async () => {
  await server?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}, TIMEOUT);

async function withDriver<T>(db: EmbeddedNeo4j, password: string, fn: (d: Driver) => Promise<T>): Promise<T> {
  const driver = neo4j.driver(db.uri, neo4j.auth.basic(db.user, password), {
    logging: { level: 'error', logger: () => {} },
  });
  try {
    return await fn(driver);
  } finally {
    await driver.close();
  }
}

describe('embedded Neo4j', () => {
  it('keeps a generated password in the data folder with mode 0600', () => {
    const pw = readOrCreatePassword(dataDir);
    expect(pw.length).toBeGreaterThanOrEqual(24);
    expect(readOrCreatePassword(dataDir)).toBe(pw);
    expect(fs.statSync(path.join(dataDir, 'neo4j-password')).mode & 0o777).toBe(0o600);
  });

  it(
    'starts with auth enforced',
    async () => {
      server = await startEmbeddedNeo4j({ dataDir, ...opts });
      expect(server.uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
      expect(server.version).toMatch(/^5\.26\./);
      expect(server.password).toBe(readOrCreatePassword(dataDir));

      await expect(withDriver(server, 'wrong-password', (d) => d.verifyConnectivity())).rejects.toMatchObject(
        {
          code: 'Neo.ClientError.Security.Unauthorized',
        },
      );

      const { records } = await withDriver(server, server.password, (d) =>
        d.executeQuery(
          'CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS v, edition',
        ),
      );
      expect(records[0]?.get('v')).toBe(server.version);
      expect(records[0]?.get('edition')).toBe('community');
    },
    TIMEOUT,
  );

  it(
    'keeps committed data after SIGKILL and restart',
    async () => {
      const first = server;
      if (!first) throw new Error('server niet gestart');
      await withDriver(first, first.password, (d) =>
        d.executeQuery(
          "CREATE (:Probe {key: 'durable', at: datetime()})",
          {},
          { routing: neo4j.routing.WRITE },
        ),
      );

      first.kill('SIGKILL');
      expect(await first.exited).toBeNull(); // gestopt door een signaal, niet netjes
      server = undefined;

      server = await startEmbeddedNeo4j({ dataDir, ...opts });
      expect(server.pid).not.toBe(first.pid);
      const { records } = await withDriver(server, server.password, (d) =>
        d.executeQuery(
          "MATCH (p:Probe {key: 'durable'}) RETURN count(p) AS n",
          {},
          { routing: neo4j.routing.READ },
        ),
      );
      expect(records[0]?.get('n').toNumber()).toBe(1);
    },
    TIMEOUT,
  );

  it(
    'stops cleanly',
    async () => {
      const db = server;
      if (!db) throw new Error('server niet gestart');
      await db.stop();
      const code = await db.exited;
      // Java eindigt na SIGTERM + shutdown hook met 143 (128 + 15).
      expect(code).toBe(143);
      server = undefined;
    },
    TIMEOUT,
  );
});
