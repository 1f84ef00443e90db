import { applyMapping, columnsOf, matchHeaders, TABLE_KINDS, type TableKind } from './columns';
import { convertCell, shown, type Converted } from './cells';
import { problem, type Problem, type Warning } from './problems';
import type { RawTable } from './readers';

// Step 1 of an import (pure): raw tables → typed cell values per column key, with a problem for
// every cell that cannot be read and a warning for every unknown column. A mapping chosen by the
// user (table kind and field per column) replaces the guess from file name and headers.

export type { Problem, Warning };

export interface ParsedRow {
  row: number;
  values: Record<string, Converted>;
  /** The cells as written, per column key (for duplicate and conflict reports). */
  raw: Record<string, string>;
}

export interface ParsedTable {
  entity: TableKind;
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

/** What the user chose for one raw table (by its position in the file). */
export interface TableMapping {
  kind: TableKind | null;
  /** Column index → field key, or null to skip the column. */
  columns: (string | null)[];
}

export function isTableKind(v: unknown): v is TableKind {
  return typeof v === 'string' && (TABLE_KINDS as readonly string[]).includes(v);
}

export function parseTables(raw: RawTable[], mappings: readonly (TableMapping | null)[] = []): ParseResult {
  const tables: ParsedTable[] = [];
  const problems: Problem[] = [];
  const warnings: Warning[] = [];
  raw.forEach((t, ti) => {
    const chosen = mappings[ti] ?? null;
    const kind = chosen?.kind ?? t.entity;
    if (kind === null) {
      problems.push(
        problem({
          file: t.file,
          sheet: t.sheet,
          row: 1,
          column: null,
          code: 'table',
          got: t.header.join(', ').slice(0, 120),
        }),
      );
      return;
    }
    const m = chosen ? applyMapping(kind, t.header, chosen.columns) : matchHeaders(kind, t.header);
    if (m.unknown.length > 0)
      warnings.push({
        file: t.file,
        sheet: t.sheet,
        code: 'unknownColumns',
        params: { columns: m.unknown.join(', ') },
        text: '',
      });
    const cols = new Map(columnsOf(kind).map((c) => [c.key, c]));
    const headerOf: Record<string, string> = Object.fromEntries(columnsOf(kind).map((c) => [c.key, c.nl]));
    m.mapping.forEach((key, i) => {
      if (key) headerOf[key] = t.header[i] ?? key;
    });
    for (const col of m.missingRequired)
      problems.push(
        problem({
          file: t.file,
          sheet: t.sheet,
          row: 1,
          column: col.nl,
          code: 'columnRequired',
          params: { column: col.nl },
          got: '—',
        }),
      );
    const rows: ParsedRow[] = [];
    for (const r of t.rows) {
      const values: Record<string, Converted> = {};
      const written: Record<string, string> = {};
      m.mapping.forEach((key, i) => {
        if (!key) return;
        const col = cols.get(key);
        if (!col) return;
        const cell = r.cells[i] ?? null;
        written[key] = shown(cell);
        const res = convertCell(col, cell);
        if ('code' in res)
          problems.push(
            problem({
              file: t.file,
              sheet: t.sheet,
              row: r.row,
              column: headerOf[key] ?? key,
              code: res.code,
              ...(res.params ? { params: res.params } : {}),
              got: shown(cell),
            }),
          );
        else values[key] = res.value;
      });
      rows.push({ row: r.row, values, raw: written });
    }
    tables.push({ entity: kind, file: t.file, sheet: t.sheet, headerOf, rows });
  });
  return { tables, problems, warnings };
}
