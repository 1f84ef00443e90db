import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { viewerFromToken } from '../../lib/auth/session';
import type { Viewer } from '../../lib/auth/viewer';
import { closeDriver, databaseName, getDriver } from '../../lib/db/driver';
import { runQuery } from '../../lib/db/run';
import { applyImport, previewImport, type ImportInput } from '../../lib/dal/importing';
import { getJob } from '../../lib/dal/jobs';
import { ValidationError } from '../../lib/errors';
import { createTestSession } from '../helpers/session';

// The write transaction is split into UNWIND batches; these tests use batches of 10 rows so that
// a 25-row file needs three of them: still all or nothing, still idempotent, only changed rows written.
let regisseur: Viewer;
let orgs: string[];
let proc: string;
const BATCH = 10;

async function count(label: 'Person' | 'Contact' | 'Koppelvlak', prefix: string): Promise<number> {
  const r = await getDriver().executeQuery(
    `MATCH (n:${label}) WHERE n.id STARTS WITH $prefix RETURN count(n) AS n`,
    { prefix },
    { database: databaseName() },
  );
  return r.records[0]?.get('n') as number;
}

const file = (header: string, rows: string[]) =>
  Buffer.from('\uFEFF' + [header, ...rows].join('\r\n') + '\r\n');
const people = (n: number, prefix: string, rename: number | null = null) =>
  file(
    'id;naam;functie;niveau;organisatie;e-mail',
    Array.from(
      { length: n },
      (_, i) =>
        `${prefix}${i};Batchpersoon ${i}${i === rename ? ' (nieuw)' : ''} (fictief);Adviseur;tactisch;${orgs[i % orgs.length]};`,
    ),
  );

async function importTwice(input: ImportInput) {
  const preview = await previewImport(regisseur, input);
  expect(preview.problems).toEqual([]);
  return { preview, applied: await applyImport(regisseur, { ...input, batchSize: BATCH }) };
}

beforeAll(async () => {
  regisseur = await viewerFromToken((await createTestSession('regisseur')).token);
  orgs = (await runQuery('get-organisations', {})).slice(0, 5).map((o) => o.id);
  proc = (await runQuery('get-processes', {}))[0]!.id;
});
afterAll(async () => {
  await getDriver().executeQuery(
    "MATCH (n) WHERE (n:Person OR n:Contact OR n:Koppelvlak) AND n.id STARTS WITH 'ib-' DETACH DELETE n",
    {},
    { database: databaseName() },
  );
  await closeDriver();
});

describe('import in several batches (one transaction)', () => {
  it('imports nothing when a row in the last batch is bad, and reports that row', async () => {
    const rows = people(25, 'ib-bad-')
      .toString('utf8')
      .replace('Batchpersoon 24 (fictief);Adviseur;tactisch', 'Batchpersoon 24 (fictief);Adviseur;gemiddeld');
    const bytes = Buffer.from(rows);
    const preview = await previewImport(regisseur, { fileName: 'personen.csv', bytes });
    expect(preview.problems).toEqual([expect.objectContaining({ row: 26, column: 'niveau' })]);
    await expect(
      applyImport(regisseur, { fileName: 'personen.csv', bytes, batchSize: BATCH }),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(await count('Person', 'ib-bad-')).toBe(0);
  });

  it('rolls back every batch already written when the transaction fails after the last batch', async () => {
    const bytes = people(25, 'ib-fail-');
    await previewImport(regisseur, { fileName: 'personen.csv', bytes });
    const seen: string[] = [];
    const err = await applyImport(regisseur, {
      fileName: 'personen.csv',
      bytes,
      batchSize: BATCH,
      jobId: 'ib-fail',
      onTiming: (phase) => {
        seen.push(phase);
        if (phase.startsWith('write batch 3')) throw new Error('simulated failure in the last batch');
      },
    }).catch((e: unknown) => e);
    expect((err as Error).message).toContain('simulated failure');
    expect(seen.filter((p) => p.startsWith('write batch'))).toHaveLength(3);
    expect(await count('Person', 'ib-fail-')).toBe(0);
    expect((await getJob(regisseur, 'ib-fail'))?.status).toBe('failed');
  });

  it('is idempotent across batches, writes only changed rows and shows progress per batch', async () => {
    const phases: string[] = [];
    const first = await importTwice({
      fileName: 'personen.csv',
      bytes: people(25, 'ib-p-'),
      onTiming: (p) => phases.push(p),
    });
    expect(first.preview.counts.personen).toEqual({ create: 25, update: 0, unchanged: 0 });
    expect(phases.filter((p) => p.startsWith('write batch'))).toHaveLength(3);
    expect(await count('Person', 'ib-p-')).toBe(25);

    phases.length = 0;
    const again = await importTwice({
      fileName: 'personen.csv',
      bytes: people(25, 'ib-p-'),
      onTiming: (p) => phases.push(p),
    });
    expect(again.preview.counts.personen).toEqual({ create: 0, update: 0, unchanged: 25 });
    expect(phases.filter((p) => p.startsWith('write batch'))).toHaveLength(0);

    const changed = await importTwice({ fileName: 'personen.csv', bytes: people(25, 'ib-p-', 23) });
    expect(changed.preview.counts.personen).toEqual({ create: 0, update: 1, unchanged: 24 });
    const r = await getDriver().executeQuery(
      "MATCH (p:Person {id: 'ib-p-23'})-[w:WORKS_AT]->(o) RETURN p.name AS name, collect(o.id) AS orgs",
      {},
      { database: databaseName() },
    );
    expect(r.records[0]?.get('name')).toBe('Batchpersoon 23 (nieuw) (fictief)');
    expect(r.records[0]?.get('orgs')).toEqual([orgs[23 % orgs.length]]);
    expect(await count('Person', 'ib-p-')).toBe(25);
  });

  it('reuses the dry run only while the network is unchanged', async () => {
    const phases: string[] = [];
    const onTiming = (p: string) => phases.push(p);
    await importTwice({ fileName: 'personen.csv', bytes: people(3, 'ib-r-'), onTiming });
    expect(phases).toContain('reuse the dry run (network unchanged)');

    phases.length = 0;
    const bytes = people(4, 'ib-s-');
    await previewImport(regisseur, { fileName: 'personen.csv', bytes });
    await importTwice({ fileName: 'personen.csv', bytes: people(2, 'ib-t-') }); // another change
    await applyImport(regisseur, { fileName: 'personen.csv', bytes, batchSize: BATCH, onTiming });
    expect(phases).not.toContain('reuse the dry run (network unchanged)');
    expect(phases).toContain('load rows by id from database');
    expect(await count('Person', 'ib-s-')).toBe(4);
  });

  it('compares contacts and koppelvlakken field by field across batches', async () => {
    const contacts = file(
      'id;organisatie a;organisatie b;datum;soort;sterkte;personen;notitie',
      Array.from(
        { length: 12 },
        (_, i) => `ib-c-${i};${orgs[0]};${orgs[1 + (i % 4)]};2026-05-1${i % 10};overleg;2;ib-p-${i};`,
      ),
    );
    const c1 = await importTwice({ fileName: 'contacten.csv', bytes: contacts });
    expect(c1.preview.counts.contacten).toEqual({ create: 12, update: 0, unchanged: 0 });
    const c2 = await importTwice({ fileName: 'contacten.csv', bytes: contacts });
    expect(c2.preview.counts.contacten).toEqual({ create: 0, update: 0, unchanged: 12 });
    expect(await count('Contact', 'ib-c-')).toBe(12);

    const kv = (crit: string) =>
      file(
        'id;van;naar;proces;kriticiteit',
        Array.from(
          { length: 11 },
          (_, i) => `ib-k-${i};${orgs[0]};${orgs[1 + (i % 4)]};${proc};${i === 10 ? crit : 'middel'}`,
        ),
      );
    const k1 = await importTwice({ fileName: 'koppelvlakken.csv', bytes: kv('middel') });
    expect(k1.preview.counts.koppelvlakken).toEqual({ create: 11, update: 0, unchanged: 0 });
    const k2 = await importTwice({ fileName: 'koppelvlakken.csv', bytes: kv('hoog') });
    expect(k2.preview.counts.koppelvlakken).toEqual({ create: 0, update: 1, unchanged: 10 });
    expect(await count('Koppelvlak', 'ib-k-')).toBe(11);
  });
});
