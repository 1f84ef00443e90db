import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../lib/db/embedded';

// Integration and e2e tests run against a real Neo4j: NEO4J_TEST_URI when set (another server,
// or the one scripts/test.ts started for the whole run), else a throwaway embedded server on a
// free port with its own data folder. The database is migrated and seeded with the demo data once.
let started: EmbeddedNeo4j | undefined;
let tmp: string | undefined;

export default async function setup() {
  if (!process.env.NEO4J_TEST_URI) {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'koppelvlak-test-neo4j-'));
    started = await startEmbeddedNeo4j({
      dataDir: tmp,
      port: 0,
      password: 'test-password-123',
      heap: '2g',
      timeoutMs: 300_000,
    });
    process.env.NEO4J_TEST_URI = started.uri;
    process.env.NEO4J_TEST_PASSWORD = started.password;
    process.env.NEO4J_TEST_USER = 'neo4j';
  }
  process.env.NEO4J_URI = process.env.NEO4J_TEST_URI;
  process.env.NEO4J_USER = process.env.NEO4J_TEST_USER ?? 'neo4j';
  process.env.NEO4J_PASSWORD = process.env.NEO4J_TEST_PASSWORD ?? '';
  if (!process.env.KOPPELVLAK_TEST_SEEDED) {
    const { migrate } = await import('../../lib/db/migrate');
    const { seedDatabase } = await import('../../lib/seed');
    const { closeDriver } = await import('../../lib/db/driver');
    await migrate();
    await seedDatabase({ scale: 1 });
    await closeDriver();
    process.env.KOPPELVLAK_TEST_SEEDED = '1';
  }
  return async () => {
    if (started) await started.stop();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  };
}
