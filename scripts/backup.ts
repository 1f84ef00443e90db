// `npm run backup [-- --out DIR]`: dumps every node and relationship of the database to a
// gzipped JSON-lines file .data/backups/koppelvlak-<timestamp>.jsonl.gz (or DIR). Line 1 is a
// header with the counts per label and type; then one line per node ({t:'n'}) and per
// relationship ({t:'r'}). Needs the database credentials (NEO4J_URI/NEO4J_PASSWORD, or the
// embedded server's password file): a regisseur-only operation. Restore with `npm run restore`.
import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { createGzip } from 'node:zlib';
import { dataDir } from '../lib/config/env';
import { closeDriver, databaseName, getDriver } from '../lib/db/driver';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main() {
  const t0 = Date.now();
  const dir = path.resolve(arg('--out') ?? path.join(dataDir(), 'backups'));
  mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = path.join(dir, `koppelvlak-${stamp}.jsonl.gz`);
  const driver = getDriver();
  const db = databaseName();
  const labels = await driver.executeQuery(
    'MATCH (n) UNWIND labels(n) AS l RETURN l, count(*) AS c',
    {},
    { database: db },
  );
  const types = await driver.executeQuery(
    'MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c',
    {},
    { database: db },
  );
  const gz = createGzip();
  const out = createWriteStream(file);
  gz.pipe(out);
  const write = async (obj: unknown) => {
    if (!gz.write(JSON.stringify(obj) + '\n')) await once(gz, 'drain');
  };
  // One read transaction: the dump is a consistent picture of one moment.
  const session = driver.session({ database: db, defaultAccessMode: 'READ' });
  let nodes = 0;
  let rels = 0;
  try {
    await session.executeRead(async (tx) => {
      await write({
        format: 'koppelvlak-backup',
        version: 1,
        createdAt: new Date().toISOString(),
        labels: Object.fromEntries(labels.records.map((r) => [r.get('l'), r.get('c')])),
        types: Object.fromEntries(types.records.map((r) => [r.get('t'), r.get('c')])),
      });
      for await (const r of tx.run(
        'MATCH (n) RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props',
      )) {
        await write({ t: 'n', id: r.get('id'), labels: r.get('labels'), props: r.get('props') });
        nodes++;
      }
      for await (const r of tx.run(
        'MATCH (a)-[x]->(b) RETURN elementId(a) AS a, type(x) AS type, elementId(b) AS b, properties(x) AS props',
      )) {
        await write({ t: 'r', a: r.get('a'), type: r.get('type'), b: r.get('b'), props: r.get('props') });
        rels++;
      }
    });
  } finally {
    await session.close();
  }
  gz.end();
  await once(out, 'finish');
  console.log(`Back-up geschreven / backup written: ${file}`);
  console.log(`${nodes} knopen/nodes, ${rels} relaties/relationships, ${Date.now() - t0} ms`);
}

main()
  .catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 1;
  })
  .finally(() => closeDriver());
