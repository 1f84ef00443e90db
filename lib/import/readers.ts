import ExcelJS from 'exceljs';
import { ValidationError } from '../errors';
import { bilingual, fmt, type Locale } from '../i18n/define';
import { formats } from '../i18n/messages/formats';
import { CsvError, parseCsv } from '../io/csv';
import { FileFormatError } from '../io/errors';
import { readGexf as readGexfFile } from '../io/gexf';
import type { ReadDocument } from '../io/graph';
import { readGraphml as readGraphmlFile } from '../io/graphml';
import { entityFromName, guessEntity, type Entity, type TableKind } from './columns';
import { extractEntry, isZip, listZip, type ZipLimits, ZIP_DEFAULTS } from './zip';
import { records } from '../i18n/messages/records';

// Readers turn an uploaded file into raw tables: a header and rows of cell values, each row
// remembering where it came from (file, sheet, 1-based row number) for problem reports.

export type Cell = string | number | boolean | Date | null;

export interface RawTable {
  file: string;
  sheet: string | null;
  entity: TableKind | null;
  header: string[];
  rows: { row: number; cells: Cell[] }[];
}

export type FileKind = 'csv' | 'xlsx' | 'zip' | 'gexf' | 'graphml';

export function detectKind(name: string, buf: Buffer): FileKind {
  const ext = name.toLowerCase().split('.').pop() ?? '';
  if (ext === 'xlsx') return 'xlsx';
  if (ext === 'zip') return 'zip';
  if (ext === 'gexf') return 'gexf';
  if (ext === 'graphml') return 'graphml';
  if (ext === 'csv' || ext === 'txt') return 'csv';
  if (isZip(buf)) return 'xlsx';
  const head = buf.subarray(0, 400).toString('utf8');
  if (/<gexf/i.test(head)) return 'gexf';
  if (/<graphml/i.test(head)) return 'graphml';
  return 'csv';
}

const unsupported = (name: string) => new ValidationError(bilingual(records, 'unknownFileType', { name }));

/** A file lib/io could not read, as a bilingual message that keeps the reader's detail. */
function unreadable(format: string, file: string, line: number | null, detail: string): ValidationError {
  const text = (locale: Locale) =>
    fmt(formats[locale].invalid, {
      where: line === null ? file : fmt(formats[locale].line, { file, line }),
      format,
      detail,
    });
  return new ValidationError({ nl: text('nl'), en: text('en') });
}

function readWith<T>(format: string, read: () => T): T {
  try {
    return read();
  } catch (e) {
    if (e instanceof FileFormatError)
      throw unreadable(
        format,
        e.file,
        e.line,
        `expected ${e.expected}${e.got === undefined ? '' : `, got ${e.got}`}`,
      );
    throw e;
  }
}

export function readCsvTable(file: string, text: string, entity: TableKind | null): RawTable {
  let rows: ReturnType<typeof parseCsv>;
  try {
    rows = parseCsv(text);
  } catch (e) {
    if (e instanceof CsvError) throw unreadable('CSV', file, e.line, `expected ${e.expected}`);
    throw e;
  }
  const head = rows.shift();
  const header = (head?.fields ?? []).map((h) => h.trim());
  return {
    file,
    sheet: null,
    entity: entity ?? entityFromName(file) ?? guessEntity(header),
    header,
    rows: rows.map((r) => ({ row: r.line, cells: r.fields })),
  };
}

function cellValue(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('text' in v && typeof v.text === 'string') return v.text;
    if ('result' in v) return cellValue(v.result as ExcelJS.CellValue);
  }
  return String(v);
}

export async function readXlsx(
  file: string,
  buf: Buffer,
  entity: TableKind | null,
  limits: ZipLimits,
): Promise<RawTable[]> {
  // Refuse zip bombs before exceljs inflates anything: first the sizes the archive declares, then
  // each entry inflated with a cap at its declared size (an archive that lies about it is refused).
  const entries = listZip(buf, limits);
  const damaged = () => new ValidationError(bilingual(records, 'xlsxDamaged', { file }));
  for (const e of entries) {
    try {
      extractEntry(buf, e);
    } catch {
      throw damaged();
    }
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch {
    throw damaged();
  }
  const tables: RawTable[] = [];
  wb.eachSheet((ws) => {
    let header: string[] = [];
    const rows: RawTable['rows'] = [];
    ws.eachRow({ includeEmpty: false }, (r, n) => {
      const values = (r.values as ExcelJS.CellValue[]).slice(1).map(cellValue);
      if (header.length === 0) header = values.map((x) => (x === null ? '' : String(x).trim()));
      else if (values.some((x) => x !== null && String(x).trim() !== ''))
        rows.push({ row: n, cells: values });
    });
    if (header.length === 0) return;
    const e = entityFromName(ws.name) ?? (wb.worksheets.length === 1 ? entity : null) ?? guessEntity(header);
    tables.push({ file, sheet: ws.name, entity: e, header, rows });
  });
  return tables;
}

function readZipOfCsv(file: string, buf: Buffer, limits: ZipLimits): RawTable[] {
  const entries = listZip(buf, limits).filter((e) => /\.csv$/i.test(e.name));
  return entries.map((e) => {
    const base = e.name.split('/').pop() ?? e.name;
    return readCsvTable(`${file}/${base}`, extractEntry(buf, e).toString('utf8'), entityFromName(base));
  });
}

// GEXF/GraphML (read by lib/io): nodes become organisations (id, label/name and attributes named
// like the organisation columns), edges become contacts between them (weight → sterkte, plus
// attributes).
function toTables(
  file: string,
  nodes: Record<string, string>[],
  edges: Record<string, string>[],
): RawTable[] {
  const mk = (entity: Entity, sheet: string, items: Record<string, string>[]): RawTable => {
    const header = [...new Set(items.flatMap((i) => Object.keys(i)))];
    return {
      file,
      sheet,
      entity,
      header,
      rows: items.map((i, k) => ({ row: k + 1, cells: header.map((h) => i[h] ?? '') })),
    };
  };
  return [mk('organisaties', 'nodes', nodes), mk('contacten', 'edges', edges)];
}

const edgeEnds = (e: ReadDocument['edges'][number]) => ({
  ...(e.id !== undefined ? { id: e.id } : {}),
  source: e.source,
  target: e.target,
});

function readGraphml(file: string, text: string): RawTable[] {
  const doc = readWith('GraphML', () => readGraphmlFile(text, { file }));
  return toTables(
    file,
    doc.nodes.map((n) => ({ id: n.id, ...n.data })),
    doc.edges.map((e) => ({ ...edgeEnds(e), ...e.data })),
  );
}

function readGexf(file: string, text: string): RawTable[] {
  const doc = readWith('GEXF', () => readGexfFile(text, { file }));
  return toTables(
    file,
    doc.nodes.map((n) => ({ id: n.id, ...(n.label !== undefined ? { naam: n.label } : {}), ...n.data })),
    doc.edges.map((e) => ({
      ...edgeEnds(e),
      ...(e.weight !== undefined
        ? { sterkte: String(Math.max(1, Math.min(3, Math.round(Number(e.weight))))) }
        : {}),
      ...e.data,
    })),
  );
}

/** Reads an uploaded file into raw tables. `entity` forces the table of a single CSV. */
export async function readFile(
  name: string,
  buf: Buffer,
  entity: TableKind | null = null,
  limits: ZipLimits = ZIP_DEFAULTS,
): Promise<RawTable[]> {
  const kind = detectKind(name, buf);
  if (kind === 'xlsx') {
    if (!isZip(buf)) throw unsupported(name);
    return readXlsx(name, buf, entity, limits);
  }
  if (kind === 'zip') {
    if (!isZip(buf)) throw unsupported(name);
    return readZipOfCsv(name, buf, limits);
  }
  const text = buf.toString('utf8');
  if (kind === 'gexf') return readGexf(name, text);
  if (kind === 'graphml') return readGraphml(name, text);
  return [readCsvTable(name, text, entity)];
}
