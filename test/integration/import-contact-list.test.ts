import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { viewerFromToken } from '../../lib/auth/session';
import type { Viewer } from '../../lib/auth/viewer';
import { closeDriver, databaseName, getDriver } from '../../lib/db/driver';
import { applyImport, previewImport } from '../../lib/dal/importing';
import { ValidationError } from '../../lib/errors';
import { parseCsv } from '../../lib/io/csv';
import { createTestSession } from '../helpers/session';
import { templateCsv } from '../../lib/export/tables';
import { contactListXlsx } from '../../lib/export/xlsx';

// A regional coordinator's contact list as Excel exports it (test/fixtures/import: UTF-8 BOM,
// `;`, CRLF, Dutch headers of their own, d-m-yyyy dates), against the real test database: each
// planted fault gives its row-level message and nothing is written; the fixed file creates and
// updates organisations, people (WORKS_AT), regions and agreements (PARTY_TO) in one transaction,
// and importing it twice changes nothing.

const FIXTURES = path.join(process.cwd(), 'test/fixtures/import');
const GOOD = 'contactlijst-regio-noord.csv';
const BAD = 'contactlijst-regio-noord-fouten.csv';
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name));
const EMAILS = parseCsv(fixture(BAD).toString('utf8'), ';')
  .slice(1)
  .map((r) => r.fields[4] ?? '')
  .filter((e) => e.includes('@'));

let regisseur: Viewer;

const db = async (cypher: string, params: Record<string, unknown> = {}) =>
  (await getDriver().executeQuery(cypher, params, { database: databaseName() })).records.map((r) =>
    r.toObject(),
  );

async function graphSize() {
  const [r] = await db(
    'MATCH (n) WHERE NOT n:AuditEvent AND NOT n:Session AND NOT n:User AND NOT n:RateLimit AND NOT n:Revision AND NOT n:Job ' +
      'WITH count(n) AS nodes CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels',
  );
  return r;
}

/** Everything the import could have touched, with its stored properties (to prove "nothing changed"). */
async function touched() {
  return db(
    `MATCH (n) WHERE (n:Person AND n.email IN $emails) OR n.id IN ['op-enexis-netbeheer-b-v', 'op-waterbedrijf-groningen', 'op-wetterskip-fryslan', 'vr-vr03', 'org-groningen-seaports']
     OPTIONAL MATCH (n)-[r]-(m) WHERE NOT m:AuditEvent
     WITH n, collect([type(r), m.id, properties(r)]) AS rels
     RETURN n.id AS id, properties(n) AS props, rels ORDER BY id`,
    { emails: EMAILS },
  );
}

beforeAll(async () => {
  regisseur = await viewerFromToken((await createTestSession('regisseur')).token);
});
afterAll(async () => {
  // Leave the shared test database as other suites expect it: remove what this suite created.
  await db(
    `MATCH (n) WHERE (n:Person AND n.email IN $emails) OR n.id = 'org-groningen-seaports'
        OR (n:Agreement AND n.source STARTS WITH 'import contactlijst') DETACH DELETE n`,
    { emails: EMAILS },
  );
  await closeDriver();
});

describe('contact list import (fixtures with planted faults)', () => {
  it('reports every planted fault on its own row, in Dutch, and writes nothing', async () => {
    const before = await graphSize();
    const report = await previewImport(regisseur, { fileName: BAD, bytes: fixture(BAD) });
    const byRow = report.problems.map((p) => [p.row, p.column, p.code, p.got]);
    expect(byRow).toEqual([
      [8, 'Keten', 'enum', 'Privaat'],
      [9, "Veiligheidsregio('s)", 'region', 'VR03;VR26'],
      [10, 'E-mail', 'email', 'rik.mislukt@'],
      [11, 'Getekend op', 'date', '31-2-2025'],
      [12, 'Contactpersoon', 'formula', '=HYPERLINK("https://voorbeeld.invalid")'],
      [13, 'E-mail', 'duplicate', 'femke.proefhuis@enexis.invalid'],
      [14, 'Organisatie', 'nearMatch', 'Evides'],
      [15, 'Convenant', 'enum', 'misschien'],
    ]);
    const text = (row: number) => report.problems.find((p) => p.row === row)?.expected ?? '';
    expect(text(8)).toBe('een van: algemeen, functioneel, overig (hoofdletters en accenten maken niet uit)');
    expect(text(9)).toContain('onbekend: VR26');
    expect(text(10)).toContain('geldig e-mailadres');
    expect(text(11)).toContain('bestaande datum');
    expect(text(12)).toContain('formule');
    expect(text(13)).toContain('rij 2');
    expect(text(14)).toContain('"Evides Waterbedrijf"');
    // Never the validator's own English.
    for (const p of report.problems) expect(p.expected).not.toMatch(/Invalid|expected|received/);
    expect(report.confirmations).toEqual([
      expect.objectContaining({
        name: 'Evides',
        row: 14,
        candidates: [{ id: 'op-evides-waterbedrijf', name: 'Evides Waterbedrijf' }],
      }),
    ]);
    expect(report.warnings.map((w) => w.text)).toEqual(['Onbekende kolommen genegeerd: Opmerking']);
    const err = await applyImport(regisseur, { fileName: BAD, bytes: fixture(BAD) }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect(await graphSize()).toEqual(before);
    expect(await db('MATCH (p:Person) WHERE p.email IN $emails RETURN p.id', { emails: EMAILS })).toEqual([]);
  });

  it('gives the messages in English when the reader reads English', async () => {
    const report = await previewImport(regisseur, { fileName: BAD, bytes: fixture(BAD), locale: 'en' });
    expect(report.problems.find((p) => p.row === 10)?.expected).toBe(
      'a valid e-mail address, such as name@organisation.nl',
    );
    expect(report.warnings[0]?.text).toBe('Unknown columns ignored: Opmerking');
  });

  it('imports the fixed file: organisations matched, people WORKS_AT, regions, agreements PARTY_TO', async () => {
    const before = await graphSize();
    const preview = await previewImport(regisseur, { fileName: GOOD, bytes: fixture(GOOD) });
    expect(preview.problems).toEqual([]);
    // 4 existing organisations matched despite case, accents and "B.V."/"N.V." (Enexis twice), 1 new; 6 new people.
    const orgs = preview.counts.organisaties!;
    expect(orgs.create).toBe(1);
    expect(orgs.create + orgs.update + orgs.unchanged).toBe(5);
    expect(preview.counts.personen).toEqual({ create: 6, update: 0, unchanged: 0 });
    expect(preview.preview.personen?.[0]).toMatchObject({
      name: 'Femke Proefhuis (fictief)',
      organisationId: 'op-enexis-netbeheer-b-v',
      email: 'femke.proefhuis@enexis.invalid',
    });
    await applyImport(regisseur, { fileName: GOOD, bytes: fixture(GOOD) });
    const after = await graphSize();
    expect(Number(after?.nodes) - Number(before?.nodes)).toBe(
      1 + 6 + (preview.counts.afspraken?.create ?? 0),
    );

    const [femke] = await db(
      `MATCH (p:Person {email: 'femke.proefhuis@enexis.invalid'})-[:WORKS_AT]->(o) RETURN o.id AS org, p.role AS role`,
    );
    expect(femke).toEqual({ org: 'op-enexis-netbeheer-b-v', role: 'Adviseur crisisbeheersing' });
    // Regions in one cell separated by "," and by name; the second Enexis row adds VR03.
    const regions = await db(
      `MATCH (o:Organisation)-[:SERVES]->(r:Region) WHERE o.id IN ['op-waterbedrijf-groningen', 'op-enexis-netbeheer-b-v', 'op-wetterskip-fryslan']
       RETURN o.id AS id, collect(r.code) AS codes`,
    );
    const codes = Object.fromEntries(regions.map((r) => [r.id as string, (r.codes as string[]).sort()]));
    expect(codes['op-waterbedrijf-groningen']).toEqual(expect.arrayContaining(['VR01', 'VR03']));
    expect(codes['op-enexis-netbeheer-b-v']).toEqual(expect.arrayContaining(['VR01', 'VR03']));
    expect(codes['op-wetterskip-fryslan']).toContain('VR02');
    // The covenant with Groningen: the stored agreement between exactly these two parties, updated.
    const [ag] = await db(
      `MATCH (:Organisation {id: 'op-enexis-netbeheer-b-v'})-[:PARTY_TO]->(a:Agreement)<-[:PARTY_TO]-(:Organisation {id: 'vr-vr01'})
       RETURN a.status AS status, a.signedAt AS signedAt, a.reviewAt AS reviewAt`,
    );
    expect(ag).toEqual({ status: 'getekend', signedAt: '2025-03-01', reviewAt: '2027-03-01' });
    // "Ja" with d-m-yy dates; "In voorbereiding" for a new organisation in the functional chain.
    const [wf] = await db(
      `MATCH (:Organisation {id: 'op-wetterskip-fryslan'})-[:PARTY_TO]->(a:Agreement)<-[:PARTY_TO]-(:Organisation {id: 'vr-vr02'})
       RETURN a.status AS status, a.signedAt AS signedAt`,
    );
    expect(wf).toEqual({ status: 'getekend', signedAt: '2024-01-15' });
    const [gs] = await db(
      `MATCH (o:Organisation {id: 'org-groningen-seaports'})-[:PARTY_TO]->(a:Agreement)
       RETURN o.chain AS chain, o.kind AS kind, a.status AS status`,
    );
    expect(gs).toEqual({ chain: 'functioneel', kind: 'vitale-aanbieder', status: 'in-voorbereiding' });
    // "nee" makes no agreement for Drenthe's row.
    const audit = await db(
      "MATCH (a:AuditEvent {action: 'import.apply', actorId: $u}) WHERE a.after CONTAINS $f RETURN count(a) AS n",
      { u: regisseur.userId, f: GOOD },
    );
    expect(audit[0]?.n).toBe(1);
  });

  it('changes nothing when the fixed file is imported a second time', async () => {
    const size = await graphSize();
    const state = await touched();
    const again = await previewImport(regisseur, { fileName: GOOD, bytes: fixture(GOOD) });
    expect(again.problems).toEqual([]);
    for (const e of ['organisaties', 'personen', 'afspraken'] as const)
      expect(again.counts[e], e).toMatchObject({ create: 0, update: 0 });
    await applyImport(regisseur, { fileName: GOOD, bytes: fixture(GOOD) });
    expect(await graphSize()).toEqual(size);
    expect(await touched()).toEqual(state);
  });

  it('reads the same list from an XLSX workbook with real date cells and changes nothing', async () => {
    const rows = parseCsv(fixture(GOOD).toString('utf8'), ';');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Blad1');
    for (const [i, r] of rows.entries())
      ws.addRow(
        r.fields.map((f, col) => {
          const m = /^(\d{1,2})-(\d{1,2})-(\d{2,4})$/.exec(f);
          if (i === 0 || !m || col < 7) return f;
          const y = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
          return new Date(Date.UTC(y, Number(m[2]) - 1, Number(m[1])));
        }),
      );
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const report = await previewImport(regisseur, { fileName: 'contactlijst.xlsx', bytes });
    expect(report.problems).toEqual([]);
    for (const e of ['organisaties', 'personen', 'afspraken'] as const)
      expect(report.counts[e], e).toMatchObject({ create: 0, update: 0 });
  });

  it('asks about a near match and follows the decision: same organisation or a new one', async () => {
    const csv = Buffer.from(
      '\uFEFFOrganisatie;Contactpersoon;E-mail\r\nEvides;Noor Bijna (fictief);noor.bijna@evides.invalid\r\n',
    );
    const open = await previewImport(regisseur, { fileName: 'evides.csv', bytes: csv });
    expect(open.problems.map((p) => p.code)).toEqual(['nearMatch']);
    const key = open.confirmations[0]!.key;
    const same = await previewImport(regisseur, {
      fileName: 'evides.csv',
      bytes: csv,
      decisions: { [key]: 'op-evides-waterbedrijf' },
    });
    expect(same.problems).toEqual([]);
    expect(same.preview.personen?.[0]?.organisationId).toBe('op-evides-waterbedrijf');
    const fresh = await previewImport(regisseur, {
      fileName: 'evides.csv',
      bytes: csv,
      decisions: { [key]: 'new' },
    });
    expect(fresh.problems).toEqual([]);
    expect(fresh.counts.organisaties).toEqual({ create: 1, update: 0, unchanged: 0 });
    // A decision is part of what was dry-run: applying without it is refused.
    await expect(applyImport(regisseur, { fileName: 'evides.csv', bytes: csv })).rejects.toBeInstanceOf(
      ValidationError,
    );
  });

  it('offers a template that is a filled example and imports as it is (CSV and XLSX)', async () => {
    const csv = await previewImport(regisseur, {
      fileName: 'sjabloon-contactlijst.csv',
      bytes: Buffer.from('\uFEFF' + templateCsv('contactlijst')),
    });
    expect(csv.problems).toEqual([]);
    expect(csv.warnings).toEqual([]);
    expect(csv.counts.personen).toEqual({ create: 4, update: 0, unchanged: 0 });
    // "alle" for KPN: all 25 regions; "Energie" is the sector by name.
    expect(csv.preview.organisaties?.find((o) => o.name === 'KPN')?.regionCodes).toHaveLength(25);
    expect(csv.preview.organisaties?.find((o) => String(o.name).startsWith('Enexis'))?.sectorId).toBe(
      'energie',
    );
    const xlsx = await previewImport(regisseur, {
      fileName: 'sjabloon-contactlijst.xlsx',
      bytes: await contactListXlsx(),
    });
    expect(xlsx.problems).toEqual([]);
    expect(xlsx.counts).toEqual(csv.counts);
  });
});
