import { COLUMNS, matchHeaders, type Entity } from './columns';
import { convertCell, shown, type Converted } from './cells';
import type { RawTable } from './readers';

// Step 1 of an import (pure): raw tables → typed cell values per column key, with a problem for
// every cell that cannot be read and a warning for every unknown column.

export interface Problem {
  file: string;
  sheet: string | null;
  /** 1-based row in the file or sheet (1 = header row). */
  row: number;
  column: string | null;
  expected: string;
  got: string;
}

export interface Warning {
  file: string;
  sheet: string | null;
  nl: string;
  en: string;
}

export interface ParsedRow {
  row: number;
  values: Record<string, Converted>;
}

export interface ParsedTable {
  entity: Entity;
  file: string;
  sheet: string | null;
  /** Column key → the header the file used (for problem reports). */
  headerOf: Record<string, string>;
  rows: ParsedRow[];
}

export interface ParseResult {
  tables: ParsedTable[];
  problems: Problem[];
  warnings: Warning[];
}

export function parseTables(raw: RawTable[]): ParseResult {
  const tables: ParsedTable[] = [];
  const problems: Problem[] = [];
  const warnings: Warning[] = [];
  for (const t of raw) {
    if (t.entity === null) {
      problems.push({
        file: t.file,
        sheet: t.sheet,
        row: 1,
        column: null,
        expected:
          'een bekende tabel (organisaties, personen, coalities, …) als bestands- of bladnaam of herkenbare kolommen / a known table as file or sheet name or recognisable columns',
        got: t.header.join(', ').slice(0, 120),
      });
      continue;
    }
    const entity = t.entity;
    const m = matchHeaders(entity, t.header);
    if (m.unknown.length > 0)
      warnings.push({
        file: t.file,
        sheet: t.sheet,
        nl: `Onbekende kolommen genegeerd: ${m.unknown.join(', ')}`,
        en: `Unknown columns ignored: ${m.unknown.join(', ')}`,
      });
    for (const col of m.missingRequired)
      problems.push({
        file: t.file,
        sheet: t.sheet,
        row: 1,
        column: col.nl,
        expected: `kolom "${col.nl}" (${col.en}) is verplicht / column is required`,
        got: '(ontbreekt / missing)',
      });
    const cols = new Map(COLUMNS[entity].map((c) => [c.key, c]));
    const headerOf: Record<string, string> = Object.fromEntries(COLUMNS[entity].map((c) => [c.key, c.nl]));
    m.mapping.forEach((key, i) => {
      if (key) headerOf[key] = t.header[i] ?? key;
    });
    const rows: ParsedRow[] = [];
    for (const r of t.rows) {
      const values: Record<string, Converted> = {};
      m.mapping.forEach((key, i) => {
        if (!key) return;
        const col = cols.get(key);
        if (!col) return;
        const raw = r.cells[i] ?? null;
        const res = convertCell(col.type, raw);
        if ('error' in res)
          problems.push({
            file: t.file,
            sheet: t.sheet,
            row: r.row,
            column: headerOf[key] ?? key,
            expected: res.error,
            got: shown(raw),
          });
        else values[key] = res.value;
      });
      rows.push({ row: r.row, values });
    }
    tables.push({ entity, file: t.file, sheet: t.sheet, headerOf, rows });
  }
  return { tables, problems, warnings };
}
