import neo4j, { type Driver } from 'neo4j-driver';
import { neo4jTarget, type Neo4jTarget } from '../config/env';

// One driver per process. In `next dev` modules are re-evaluated on every change, so the driver
// is kept on globalThis. Integers: `disableLosslessIntegers` returns plain JS numbers — every
// count and id in this model stays far below 2^53, and zod schemas then see numbers, once.
const holder = globalThis as typeof globalThis & {
  __koppelvlakDriver?: { driver: Driver; target: Neo4jTarget };
};

export function getDriver(): Driver {
  if (holder.__koppelvlakDriver) return holder.__koppelvlakDriver.driver;
  const target = neo4jTarget();
  const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password), {
    disableLosslessIntegers: true,
    // Fail fast: an outage must surface as a 503 within ~2 seconds, not a 60-second hang.
    // Waiting for a free pooled connection is load, not an outage: queue up to 10 s. An outage
    // still surfaces fast: refused connections fail at once, a frozen server is caught by
    // lib/db/liveness.ts within ~7 s (the load benchmark showed 2 s turned load into 503s).
    connectionAcquisitionTimeout: 10_000,
    // A refused connection fails at once; 5 s only bounds a handshake with a busy or frozen server.
    connectionTimeout: 5_000,
    // The driver retries transient errors with a ~1 s first back-off (doubling); a 1.5 s budget
    // allowed a third attempt at ~3 s, so an outage took >3 s to surface. 800 ms: one retry
    // after ~1 s, then the 503 (measured in test/integration/faults.test.ts).
    maxTransactionRetryTime: 800,
    maxConnectionPoolSize: 50,
    userAgent: 'koppelvlak/0.1',
  });
  holder.__koppelvlakDriver = { driver, target };
  return driver;
}

export function databaseName(): string {
  return holder.__koppelvlakDriver?.target.database ?? neo4jTarget().database;
}

export async function closeDriver(): Promise<void> {
  const h = holder.__koppelvlakDriver;
  holder.__koppelvlakDriver = undefined;
  if (h) await h.driver.close();
}

export { neo4j };
