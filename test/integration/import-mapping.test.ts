import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { viewerFromToken } from '../../lib/auth/session';
import type { Viewer } from '../../lib/auth/viewer';
import { closeDriver, databaseName, getDriver } from '../../lib/db/driver';
import { headerKey, inspectImport, saveImportMapping } from '../../lib/dal/import-mapping';
import { previewImport } from '../../lib/dal/importing';
import { ForbiddenError, ValidationError } from '../../lib/errors';
import { createTestSession } from '../helpers/session';

// The mapping step against the real database: columns guessed from the headers, a preview of
// the first rows as stored, a mapping saved under a name (audited) that the same export picks up
// next time, whatever the order or spelling of its headers.

const GOOD = readFileSync(path.join(process.cwd(), 'test/fixtures/import/contactlijst-regio-noord.csv'));
const NAME = `Contactlijst regio Noord (test ${Date.now()})`;
let regisseur: Viewer;
let projectteam: Viewer;

const db = async (cypher: string, params: Record<string, unknown> = {}) =>
  (await getDriver().executeQuery(cypher, params, { database: databaseName() })).records.map((r) =>
    r.toObject(),
  );

beforeAll(async () => {
  regisseur = await viewerFromToken((await createTestSession('regisseur')).token);
  projectteam = await viewerFromToken((await createTestSession('projectteam')).token);
});
afterAll(async () => {
  await db('MATCH (m:ImportMapping) WHERE m.name STARTS WITH $p DETACH DELETE m', {
    p: 'Contactlijst regio Noord (test',
  });
  await closeDriver();
});

describe('import mapping step', () => {
  it('guesses a field for each Dutch column and previews the rows as they will be stored', async () => {
    const [t] = (await inspectImport(regisseur, { fileName: 'lijst.csv', bytes: GOOD })).tables;
    expect(t?.kind).toBe('contactlijst');
    expect(t?.source).toBe('guess');
    expect(t?.columns).toEqual([
      'organisation',
      'chain',
      'regions',
      'person',
      'email',
      'role',
      'agreementStatus',
      'signedAt',
      'reviewAt',
      null,
    ]);
    expect(t?.rows).toBe(6);
    const first = t?.preview[0]?.cells.map((c) => c.value);
    // "Functioneel" → functioneel, 1-3-2025 → 2025-03-01; the skipped column shows nothing.
    expect(first).toEqual([
      'Enexis Netbeheer',
      'functioneel',
      'VR01',
      'Femke Proefhuis (fictief)',
      'femke.proefhuis@enexis.invalid',
      'Adviseur crisisbeheersing',
      'getekend',
      '2025-03-01',
      '2027-03-01',
      '',
    ]);
    // Region names and "," in one cell become codes.
    expect(t?.preview[1]?.cells[2]?.value).toBe('VR01, VR03');
    expect(t?.preview[2]?.cells[2]?.value).toBe('VR02');
  });

  it('shows a chosen mapping with its problems in the preview', async () => {
    const columns = [
      'organisation',
      'chain',
      'regions',
      'role',
      'email',
      'person',
      'agreementStatus',
      null,
      null,
      null,
    ];
    const [t] = (
      await inspectImport(regisseur, {
        fileName: 'lijst.csv',
        bytes: GOOD,
        mappings: [{ kind: 'contactlijst', columns }],
      })
    ).tables;
    expect(t?.source).toBe('chosen');
    expect(t?.preview[0]?.cells[3]?.value).toBe('Femke Proefhuis (fictief)');
    const [u] = (
      await inspectImport(regisseur, {
        fileName: 'lijst.csv',
        bytes: GOOD,
        mappings: [{ kind: 'contactlijst', columns: ['organisation', 'email', ...Array(8).fill(null)] }],
      })
    ).tables;
    expect(u?.preview[0]?.cells[1]?.problem).toBe('een geldig e-mailadres, zoals naam@organisatie.nl');
  });

  it('saves a mapping under a name (audited) and applies it to the same export next time', async () => {
    const header = (await inspectImport(regisseur, { fileName: 'lijst.csv', bytes: GOOD })).tables[0]!.header;
    // The user maps "Opmerking" to nothing and "Functie" to the level field instead: a visible choice.
    const columns = [
      'organisation',
      'chain',
      'regions',
      'person',
      'email',
      null,
      'agreementStatus',
      'signedAt',
      'reviewAt',
      null,
    ];
    const saved = await saveImportMapping(
      regisseur,
      { name: NAME, kind: 'contactlijst', header, columns },
      '127.0.0.1',
    );
    expect(saved.version).toBe(1);
    const audit = await db(
      "MATCH (a:AuditEvent {action: 'import.mapping.save', entityId: $n}) RETURN a.ip AS ip",
      { n: NAME },
    );
    expect(audit).toEqual([{ ip: '127.0.0.1' }]);
    // Same headers in another order and spelling: the saved mapping is found and used.
    expect(headerKey(['E-MAIL', ...header.filter((h) => h !== 'E-mail')])).toBe(headerKey(header));
    const [t] = (await inspectImport(regisseur, { fileName: 'export-volgende-maand.csv', bytes: GOOD }))
      .tables;
    expect(t?.source).toBe('saved');
    expect(t?.savedName).toBe(NAME);
    expect(t?.columns[5]).toBeNull();
    // Saving again under the same name replaces it.
    expect(
      (await saveImportMapping(regisseur, { name: NAME, kind: 'contactlijst', header, columns }, null))
        .version,
    ).toBe(2);
    // The dry run with that mapping leaves the skipped column out: no functions stored.
    const report = await previewImport(regisseur, {
      fileName: 'lijst.csv',
      bytes: GOOD,
      mappings: [{ kind: 'contactlijst', columns }],
    });
    expect(report.problems).toEqual([]);
    expect(report.preview.personen?.every((p) => p.role === '')).toBe(true);
  });

  it('refuses a mapping with a field the table does not have, and roles other than the regisseur', async () => {
    await expect(
      saveImportMapping(
        regisseur,
        { name: NAME, kind: 'contactlijst', header: ['a'], columns: ['schoenmaat'] },
        null,
      ),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(
      saveImportMapping(
        projectteam,
        { name: NAME, kind: 'contactlijst', header: ['a'], columns: [null] },
        null,
      ),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(inspectImport(projectteam, { fileName: 'lijst.csv', bytes: GOOD })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });
});
