import { appendFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ManagedTransaction } from 'neo4j-driver';
import type { z } from 'zod';
import { DatabaseUnavailableError, ValidationError, zodIssuesToText } from '../errors';
import { databaseName, getDriver, neo4j } from './driver';
import { mapNeo4jError } from './errors';
import { withLiveness } from './liveness';
import { QUERIES, type QueryName } from './queries';

type Q = typeof QUERIES;
export type ParamsOf<N extends QueryName> = z.input<Q[N]['params']>;
export type RowOf<N extends QueryName> = z.output<Q[N]['row']>;

const texts = new Map<string, string>();
const traced = new Set<string>();

/**
 * When KOPPELVLAK_QUERY_TRACE names a file, the name of every query run is appended to it once per
 * process: `npm test` uses this to check that the tests exercise every .cypher file.
 */
function trace(name: string): void {
  const file = process.env.KOPPELVLAK_QUERY_TRACE;
  if (!file || traced.has(name)) return;
  traced.add(name);
  appendFileSync(file, `${name}\n`);
}

export function cypherDir(): string {
  return path.join(process.cwd(), 'cypher');
}

/** The text of `cypher/<name>.cypher`, read once per process. */
export function queryText(name: string): string {
  let t = texts.get(name);
  if (t === undefined) {
    t = readFileSync(path.join(cypherDir(), `${name}.cypher`), 'utf8');
    texts.set(name, t);
  }
  return t;
}

function parseParams<N extends QueryName>(name: N, params: ParamsOf<N>): Record<string, unknown> {
  const parsed = QUERIES[name].params.safeParse(params);
  if (!parsed.success) throw new ValidationError(zodIssuesToText(parsed.error.issues));
  return parsed.data as Record<string, unknown>;
}

function parseRows<N extends QueryName>(
  name: N,
  records: { toObject(): Record<string, unknown> }[],
): RowOf<N>[] {
  const schema = QUERIES[name].row;
  return records.map((r, i) => {
    const parsed = schema.safeParse(r.toObject());
    if (!parsed.success) {
      // A row that does not match its schema is a bug in the query or the data, not user input.
      throw new Error(
        `Query ${name} row ${i}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`,
      );
    }
    return parsed.data as RowOf<N>;
  });
}

/**
 * Runs one registered query and parses every row. Inside `withWriteTransaction` pass the `tx`
 * so several queries (and the audit record) commit or roll back together.
 */
export async function runQuery<N extends QueryName>(
  name: N,
  params: ParamsOf<N>,
  opts: { tx?: ManagedTransaction } = {},
): Promise<RowOf<N>[]> {
  const p = parseParams(name, params);
  const text = queryText(name);
  trace(name);
  try {
    if (opts.tx) {
      const res = await opts.tx.run(text, p);
      return parseRows(name, res.records);
    }
    const def = QUERIES[name];
    const res = await withLiveness(
      getDriver().executeQuery(text, p, {
        database: databaseName(),
        routing: def.mode === 'READ' ? neo4j.routing.READ : neo4j.routing.WRITE,
      }),
    );
    return parseRows(name, res.records);
  } catch (e) {
    throw mapNeo4jError(e);
  }
}

const commitHooks = new WeakMap<ManagedTransaction, Array<() => void>>();

/**
 * Runs `fn` once `tx` (a transaction of withWriteTransaction) has committed; never when it rolls
 * back. Without a transaction of ours (auto-commit, someone else's session) it runs at once.
 */
export function afterCommit(tx: ManagedTransaction | undefined, fn: () => void): void {
  const hooks = tx ? commitHooks.get(tx) : undefined;
  if (hooks) hooks.push(fn);
  else fn();
}

/**
 * One write transaction (a transaction function: sent to the cluster's leader, retried by the
 * driver on transient failures and leader changes, so `work` must be idempotent): all or nothing.
 */
export async function withWriteTransaction<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  const driver = getDriver();
  // The bookmark manager that runQuery's executeQuery uses: on a cluster (neo4j:// routing), reads
  // sent to a follower after this write wait until it has the write (read-your-own-writes).
  const session = driver.session({
    database: databaseName(),
    defaultAccessMode: neo4j.session.WRITE,
    bookmarkManager: driver.executeQueryBookmarkManager,
  });
  let hung = false;
  // executeWrite may retry `work` in a new transaction: only the hooks of the last attempt count.
  let hooks: Array<() => void> = [];
  try {
    const result = await withLiveness(
      session.executeWrite((tx) => {
        hooks = [];
        commitHooks.set(tx, hooks);
        return work(tx);
      }),
    );
    for (const h of hooks) h();
    return result;
  } catch (e) {
    hung = e instanceof DatabaseUnavailableError; // closing would wait for the frozen server
    throw mapNeo4jError(e);
  } finally {
    if (hung) void session.close().catch(() => undefined);
    else await session.close();
  }
}

export async function withReadTransaction<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  const session = getDriver().session({ database: databaseName(), defaultAccessMode: neo4j.session.READ });
  let hung = false;
  try {
    return await withLiveness(session.executeRead(work));
  } catch (e) {
    hung = e instanceof DatabaseUnavailableError; // closing would wait for the frozen server
    throw mapNeo4jError(e);
  } finally {
    if (hung) void session.close().catch(() => undefined);
    else await session.close();
  }
}

/** Is the database answering? Used by /api/health; never throws. */
export async function pingDatabase(): Promise<{
  up: boolean;
  version?: string;
  edition?: string;
  ms: number;
}> {
  const t0 = Date.now();
  try {
    const rows = await runQuery('get-db-info', {});
    const row = rows[0];
    return { up: true, version: row?.version, edition: row?.edition, ms: Date.now() - t0 };
  } catch {
    return { up: false, ms: Date.now() - t0 };
  }
}
