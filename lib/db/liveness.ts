import neo4j from 'neo4j-driver';
import { neo4jTarget } from '../config/env';
import { DatabaseUnavailableError } from '../errors';

// The driver has no client-side read timeout: when Neo4j is frozen (process stopped, VM paused,
// network black hole) a query on a pooled connection waits forever. A query that has not answered
// after PROBE_AFTER_MS triggers a liveness probe on a FRESH connection (one probe at a time,
// shared by every waiting query); if that probe cannot complete a Bolt handshake within
// PROBE_TIMEOUT_MS the query fails with DatabaseUnavailableError (503). A slow query on a live
// server just keeps waiting (probed again every PROBE_EVERY_MS).
const PROBE_AFTER_MS = 2_000;
const PROBE_TIMEOUT_MS = 5_000;
const PROBE_EVERY_MS = 5_000;

let inflight: Promise<boolean> | undefined;
let last: { at: number; alive: boolean } | undefined;

async function probe(): Promise<boolean> {
  if (last && Date.now() - last.at < 1_000) return last.alive;
  inflight ??= (async () => {
    const t = neo4jTarget();
    const d = neo4j.driver(t.uri, neo4j.auth.basic(t.user, t.password), {
      connectionTimeout: PROBE_TIMEOUT_MS,
      maxConnectionPoolSize: 1,
      logging: { level: 'error', logger: () => {} },
    });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((r) => (timer = setTimeout(() => r(false), PROBE_TIMEOUT_MS)));
    try {
      return await Promise.race([
        d.verifyConnectivity({ database: t.database }).then(
          () => true,
          () => false,
        ),
        timeout,
      ]);
    } finally {
      clearTimeout(timer);
      void d.close().catch(() => undefined);
    }
  })().then((alive) => {
    last = { at: Date.now(), alive };
    inflight = undefined;
    return alive;
  });
  return inflight;
}

/** Resolves like `work`, but rejects with DatabaseUnavailableError when Neo4j stops answering. */
export function withLiveness<T>(work: Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let done = false;
    let timer: NodeJS.Timeout | undefined;
    const check = async () => {
      if (done) return;
      if (!(await probe())) {
        if (done) return;
        done = true;
        reject(new DatabaseUnavailableError());
        return;
      }
      if (!done) timer = setTimeout(() => void check(), PROBE_EVERY_MS);
    };
    timer = setTimeout(() => void check(), PROBE_AFTER_MS);
    work.then(
      (v) => {
        done = true;
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        done = true;
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}
