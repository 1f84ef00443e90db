// `npm run restore [-- --file PATH]`: loads a backup made by `npm run backup` (default: the newest
// in .data/backups) into an EMPTY database, in batches, then verifies the counts per label and
// relationship type against the backup's header. Refuses a database that holds data (wipe it
// deliberately first, e.g. a fresh `npm run db` data folder). Needs the database credentials.
import { createReadStream, readdirSync } from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { createGunzip } from 'node:zlib';
import { dataDir } from '../lib/config/env';
import { closeDriver, databaseName, getDriver } from '../lib/db/driver';
import { migrate } from '../lib/db/migrate';
import { runQuery } from '../lib/db/run';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

// Labels and types come from the backup file; they are checked to be plain words before they
// are put into a statement (Cypher cannot take a label as a parameter).
const LABEL = /^[A-Z][A-Za-z0-9]*$/;
const TYPE = /^[A-Z][A-Z0-9_]*$/;
const BATCH = 2_000;

interface Header {
  format?: string;
  labels: Record<string, number>;
  types: Record<string, number>;
}
interface NodeLine {
  t: 'n';
  id: string;
  labels: string[];
  props: Record<string, unknown>;
}
interface RelLine {
  t: 'r';
  a: string;
  type: string;
  b: string;
  props: Record<string, unknown>;
}

async function run(q: string, p: Record<string, unknown> = {}) {
  return getDriver().executeQuery(q, p, { database: databaseName() });
}

/** `CALL … IN TRANSACTIONS` needs an auto-commit transaction (session.run), not executeQuery. */
async function runAutoCommit(q: string) {
  const session = getDriver().session({ database: databaseName() });
  try {
    await session.run(q);
  } finally {
    await session.close();
  }
}

async function main() {
  const t0 = Date.now();
  const dir = path.join(dataDir(), 'backups');
  const file =
    arg('--file') ??
    path.join(
      dir,
      readdirSync(dir)
        .filter((f) => f.endsWith('.jsonl.gz'))
        .sort()
        .at(-1) ?? '',
    );
  const existing = (await run('MATCH (n) RETURN count(n) AS c')).records[0]?.get('c') as number;
  if (existing > 0)
    throw new Error(
      `De database is niet leeg (${existing} knopen); herstel alleen in een lege database. / The database is not empty (${existing} nodes); restore only into an empty database.`,
    );
  await migrate();
  await run('CREATE INDEX restore_tmp IF NOT EXISTS FOR (n:RestoreTmp) ON (n._restoreId)');
  await run('CALL db.awaitIndexes(60)');
  const lines = readline.createInterface({
    input: createReadStream(file).pipe(createGunzip()),
    crlfDelay: Infinity,
  });
  let header = null as Header | null;
  let nodes = new Map<string, NodeLine[]>();
  let rels = new Map<string, RelLine[]>();
  let nNodes = 0;
  let nRels = 0;
  const flushNodes = async () => {
    for (const [key, rows] of nodes) {
      const labels = key.split(':').filter(Boolean);
      if (!labels.every((l) => LABEL.test(l))) throw new Error(`Ongeldig label / invalid label: ${key}`);
      const set = labels.map((l) => `:${l}`).join('');
      await run(`UNWIND $rows AS row CREATE (n:RestoreTmp${set}) SET n = row.props, n._restoreId = row.id`, {
        rows,
      });
      nNodes += rows.length;
    }
    nodes = new Map();
  };
  const flushRels = async () => {
    for (const [type, rows] of rels) {
      if (!TYPE.test(type)) throw new Error(`Ongeldig relatietype / invalid relationship type: ${type}`);
      await run(
        `UNWIND $rows AS row MATCH (a:RestoreTmp {_restoreId: row.a}) MATCH (b:RestoreTmp {_restoreId: row.b}) CREATE (a)-[x:${type}]->(b) SET x = row.props`,
        { rows },
      );
      nRels += rows.length;
    }
    rels = new Map();
  };
  let pending = 0;
  for await (const line of lines) {
    if (!line.trim()) continue;
    const obj = JSON.parse(line) as NodeLine | RelLine | Header;
    if (header === null) {
      if ((obj as Header).format !== 'koppelvlak-backup')
        throw new Error('Geen koppelvlak-back-up / not a koppelvlak backup');
      header = obj as Header;
      continue;
    }
    if ((obj as NodeLine).t === 'n') {
      const n = obj as NodeLine;
      const key = [...n.labels].sort().join(':');
      if (!nodes.has(key)) nodes.set(key, []);
      nodes.get(key)!.push(n);
    } else {
      if (nodes.size > 0) await flushNodes();
      const r = obj as RelLine;
      if (!rels.has(r.type)) rels.set(r.type, []);
      rels.get(r.type)!.push(r);
    }
    if (++pending >= BATCH) {
      await flushNodes();
      await flushRels();
      pending = 0;
      process.stdout.write(`  ${nNodes} knopen/nodes, ${nRels} relaties/relationships\r`);
    }
  }
  await flushNodes();
  await flushRels();
  await runAutoCommit(
    'MATCH (n:RestoreTmp) CALL (n) { REMOVE n:RestoreTmp REMOVE n._restoreId } IN TRANSACTIONS OF 5000 ROWS',
  );
  await run('DROP INDEX restore_tmp IF EXISTS');
  await runQuery('bump-network-revision', { at: new Date().toISOString() });
  // Verification: every label and relationship type has the count the backup was made with.
  const labels = await run('MATCH (n) UNWIND labels(n) AS l RETURN l, count(*) AS c');
  const types = await run('MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c');
  const got = {
    labels: Object.fromEntries(labels.records.map((r) => [r.get('l'), r.get('c')])),
    types: Object.fromEntries(types.records.map((r) => [r.get('t'), r.get('c')])),
  };
  const diff = [
    ...Object.entries(header?.labels ?? {})
      .filter(([k, v]) => got.labels[k] !== v)
      .map(([k, v]) => `${k}: ${got.labels[k] ?? 0}/${v}`),
    ...Object.entries(header?.types ?? {})
      .filter(([k, v]) => got.types[k] !== v)
      .map(([k, v]) => `${k}: ${got.types[k] ?? 0}/${v}`),
  ];
  if (diff.length > 0) throw new Error(`Verificatie mislukt / verification failed: ${diff.join(', ')}`);
  console.log(
    `\nHersteld en geverifieerd / restored and verified: ${nNodes} knopen/nodes, ${nRels} relaties/relationships uit/from ${file} in ${Date.now() - t0} ms`,
  );
}

main()
  .catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 1;
  })
  .finally(() => closeDriver());
