import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { viewerFromToken } from '../../lib/auth/session';
import type { Viewer } from '../../lib/auth/viewer';
import { closeDriver, databaseName, getDriver } from '../../lib/db/driver';
import { applyImport, previewImport } from '../../lib/dal/importing';
import { ConflictError, ForbiddenError, PayloadTooLargeError, ValidationError } from '../../lib/errors';
import { createTestSession } from '../helpers/session';

// Imports against the real test database: all or nothing, idempotent, dry run first, audited.
let regisseur: Viewer;
let projectteam: Viewer;

async function graphSize() {
  const r = await getDriver().executeQuery(
    'MATCH (n) WHERE NOT n:AuditEvent AND NOT n:Session AND NOT n:User AND NOT n:RateLimit AND NOT n:Job WITH count(n) AS nodes ' +
      'CALL () { MATCH ()-[r]->() WHERE type(r) <> "OF" AND type(r) <> "IS" RETURN count(r) AS rels } RETURN nodes, rels',
    {},
    { database: databaseName() },
  );
  return { nodes: r.records[0]?.get('nodes') as number, rels: r.records[0]?.get('rels') as number };
}

const csv = (rows: string[]) =>
  Buffer.from('\uFEFF' + ["naam;soort;keten;regio's;omschrijving", ...rows].join('\r\n') + '\r\n');
const good = csv([
  'Testwaterschap Eén;vitale-aanbieder;functioneel;VR01|VR02;import-test',
  'Testnetbeheer Twee;vitale-aanbieder;functioneel;VR03;import-test',
  'Testgemeente Drie;overig;overig;;import-test',
]);

beforeAll(async () => {
  regisseur = await viewerFromToken((await createTestSession('regisseur')).token);
  projectteam = await viewerFromToken((await createTestSession('projectteam')).token);
});
afterAll(async () => {
  await closeDriver();
});

describe('import (CSV, one transaction)', () => {
  it('imports nothing from a file with one bad row in the middle and reports file, row and column', async () => {
    const before = await graphSize();
    const bad = csv([
      'Testorg A;overig;overig;;',
      'Testorg B;overig;overig;VR99;',
      'Testorg C;overig;overig;;',
    ]);
    const preview = await previewImport(regisseur, { fileName: 'organisaties-fout.csv', bytes: bad });
    expect(preview.problems).toEqual([
      expect.objectContaining({ file: 'organisaties-fout.csv', row: 3, column: "regio's", got: 'VR99' }),
    ]);
    const err = await applyImport(regisseur, { fileName: 'organisaties-fout.csv', bytes: bad }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ValidationError);
    expect(((err as ValidationError).details as { problems: unknown[] }).problems).toHaveLength(1);
    expect(await graphSize()).toEqual(before);
  });

  it('refuses to apply a file that was not dry-run first', async () => {
    const other = csv(['Testorg Zonder Proef;overig;overig;;']);
    await expect(applyImport(regisseur, { fileName: 'o.csv', bytes: other })).rejects.toBeInstanceOf(
      ConflictError,
    );
  });

  it('gives the same counts when the same good file is imported twice', async () => {
    const first = await previewImport(regisseur, { fileName: 'organisaties.csv', bytes: good });
    expect(first.problems).toEqual([]);
    expect(first.counts.organisaties).toEqual({ create: 3, update: 0, unchanged: 0 });
    await applyImport(regisseur, { fileName: 'organisaties.csv', bytes: good });
    const after1 = await graphSize();
    const second = await previewImport(regisseur, { fileName: 'organisaties.csv', bytes: good });
    expect(second.counts.organisaties).toEqual({ create: 0, update: 0, unchanged: 3 });
    await applyImport(regisseur, { fileName: 'organisaties.csv', bytes: good });
    const after2 = await graphSize();
    expect(after2).toEqual(after1);
    const audit = await getDriver().executeQuery(
      "MATCH (a:AuditEvent {action: 'import.apply', actorId: $u}) RETURN count(a) AS n",
      { u: regisseur.userId },
      { database: databaseName() },
    );
    expect(audit.records[0]?.get('n')).toBe(2);
  });

  it('refuses a file over UPLOAD_MAX_MB before parsing (413)', async () => {
    const huge = Buffer.alloc(26 * 1024 * 1024, 0x41);
    const err = await previewImport(regisseur, { fileName: 'groot.csv', bytes: huge }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(PayloadTooLargeError);
    expect((err as PayloadTooLargeError).status).toBe(413);
  });

  it('allows only the regisseur to import', async () => {
    await expect(
      previewImport(projectteam, { fileName: 'organisaties.csv', bytes: good }),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });
});
