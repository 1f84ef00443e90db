import { toCsv } from '../io/csv';
import { COLUMNS, CONTACT_LIST_COLUMNS, ENTITIES, type Entity, type TableKind } from '../import/columns';
import { writeZip } from '../import/zip';

// Rows in the shape of the upsert queries → CSV files with exactly the headers the importer
// takes (Dutch), zipped. Lists are joined with `|`, booleans are ja/nee.

export type ExportRow = Record<string, unknown>;
export type ExportTables = Partial<Record<Entity, ExportRow[]>>;

function cell(v: unknown): string | number {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.join('|');
  if (typeof v === 'boolean') return v ? 'ja' : 'nee';
  if (typeof v === 'number') return v;
  return String(v);
}

export function tableToCsv(entity: Entity, rows: ExportRow[]): string {
  const cols = COLUMNS[entity];
  return toCsv(
    cols.map((c) => c.nl),
    rows.map((r) => cols.map((c) => cell(r[c.key]))),
  );
}

/**
 * The contact list template is also a filled example: real organisations and regions (seeded
 * from data/nl), invented people ("(fictief)", e-mail at .invalid), in CONTACT_LIST_COLUMNS order.
 */
export const CONTACT_LIST_EXAMPLE: string[][] = [
  // organisatie, keten, soort, sector, regio's, contactpersoon, e-mail, functie, niveau, convenant, titel, partners, getekend op, evaluatie voor, verloopt op
  [
    'Enexis Netbeheer B.V.',
    'Functioneel',
    '',
    'Energie',
    'VR01; VR03',
    'Anna Voorbeeldstra (fictief)',
    'anna.voorbeeldstra@enexis.invalid',
    'Adviseur crisisbeheersing',
    'tactisch',
    'getekend',
    '',
    '',
    '1-3-2025',
    '1-3-2027',
    '',
  ],
  [
    'Waterbedrijf Groningen',
    'Functioneel',
    '',
    'Drinkwater',
    'Groningen',
    'Bert Proefmans (fictief)',
    'bert.proefmans@waterbedrijf-groningen.invalid',
    'Coördinator continuïteit',
    'tactisch',
    'in voorbereiding',
    '',
    '',
    '',
    '1-9-2026',
    '',
  ],
  [
    'Veiligheidsregio Drenthe',
    'Algemeen',
    'veiligheidsregio',
    '',
    'VR03',
    'Carla Oefenaar (fictief)',
    'carla.oefenaar@vrd.invalid',
    'Adviseur vitale partners',
    'strategisch',
    'nee',
    '',
    '',
    '',
    '',
    '',
  ],
  [
    'KPN',
    'Functioneel',
    'vitale-aanbieder',
    '',
    'alle',
    'Dirk Testhuis (fictief)',
    'dirk.testhuis@kpn.invalid',
    'Liaison telecom',
    'operationeel',
    '',
    '',
    '',
    '',
    '',
    '',
  ],
];

/** A template: the Dutch headers and one example row (the contact list: a filled example). */
export function templateCsv(kind: TableKind): string {
  if (kind === 'contactlijst')
    return toCsv(
      CONTACT_LIST_COLUMNS.map((c) => c.nl),
      CONTACT_LIST_EXAMPLE,
    );
  const cols = COLUMNS[kind];
  return toCsv(
    cols.map((c) => c.nl),
    [cols.map((c) => c.example)],
  );
}

export function tablesToZip(tables: ExportTables, extra: { name: string; data: string }[] = []): Buffer {
  const files = ENTITIES.filter((e) => tables[e] !== undefined).map((e) => ({
    name: `${e}.csv`,
    data: '\uFEFF' + tableToCsv(e, tables[e] ?? []),
  }));
  return writeZip([...files, ...extra]);
}
