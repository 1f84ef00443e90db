import { toCsv } from '../io/csv';
import { COLUMNS, ENTITIES, type Entity } from '../import/columns';
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

/** A template: the Dutch headers and one example row. */
export function templateCsv(entity: Entity): string {
  const cols = COLUMNS[entity];
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
