import { createHash } from 'node:crypto';
import { z } from 'zod';
import { recordAudit } from '../audit/record';
import { assertCan } from '../auth/permissions';
import type { Viewer } from '../auth/viewer';
import { runQuery, withWriteTransaction } from '../db/run';
import { ValidationError } from '../errors';
import { fmt, type Locale } from '../i18n/define';
import { importing } from '../i18n/messages/importing';
import { columnsOf, matchHeaders, normaliseHeader, TABLE_KINDS, type TableKind } from '../import/columns';
import { isTableKind, parseTables, type TableMapping } from '../import/parse';
import { describeProblems } from '../import/problems';
import { readFile } from '../import/readers';
import { resolveRegions } from '../import/values';
import { maxUploadBytes, tooLarge } from './importing';

// The mapping step of an import: which field each column of the uploaded file goes to (guessed,
// or the mapping saved for this set of headers, or what the user chose), and the first rows as
// they will be stored. Mappings are saved under a name so the same export maps itself next time.

const PREVIEW_ROWS = 5;

export interface InspectedTable {
  file: string;
  sheet: string | null;
  kind: TableKind | null;
  header: string[];
  /** Column index → field key, or null (skipped). */
  columns: (string | null)[];
  /** Where the mapping came from. */
  source: 'guess' | 'saved' | 'chosen';
  savedName: string | null;
  rows: number;
  /** The first rows as they will be stored: per column the value, or the problem in words. */
  preview: { row: number; cells: { value: string; problem: string | null }[] }[];
}

export interface Inspection {
  fileName: string;
  tables: InspectedTable[];
}

/** The set of headers a spreadsheet has, whatever their order, case or accents. */
export function headerKey(header: readonly string[]): string {
  const set = [...new Set(header.map(normaliseHeader).filter((h) => h !== ''))].sort();
  return createHash('sha256').update(set.join('|')).digest('hex').slice(0, 32);
}

const fieldsSchema = z.record(z.string(), z.string().nullable());

async function savedMapping(header: string[]): Promise<{ name: string; mapping: TableMapping } | null> {
  const [row] = await runQuery('get-import-mapping', { headerKey: headerKey(header) });
  if (!row || !isTableKind(row.kind)) return null;
  const fields = fieldsSchema.safeParse(JSON.parse(row.fields));
  if (!fields.success) return null;
  return {
    name: row.name,
    mapping: { kind: row.kind, columns: header.map((h) => fields.data[normaliseHeader(h)] ?? null) },
  };
}

function display(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.join(', ');
  if (typeof v === 'boolean') return v ? 'ja' : 'nee';
  return String(v);
}

/** Reads an upload and proposes (or applies) a mapping per table, with a preview. Writes nothing. */
export async function inspectImport(
  viewer: Viewer,
  input: { fileName: string; bytes: Buffer; mappings?: (TableMapping | null)[]; locale?: Locale },
): Promise<Inspection> {
  assertCan(viewer, 'import:data');
  if (input.bytes.length > maxUploadBytes()) throw tooLarge(input.bytes.length);
  const locale = input.locale ?? 'nl';
  const raw = await readFile(input.fileName, input.bytes, null);
  const regions = (await runQuery('get-regions', {})).map((r) => ({ code: r.code, name: r.name }));
  const tables: InspectedTable[] = [];
  for (const [i, t] of raw.entries()) {
    const chosen = input.mappings?.[i] ?? null;
    const saved = chosen ? null : await savedMapping(t.header);
    const kind = chosen?.kind ?? saved?.mapping.kind ?? t.entity;
    const mapping: TableMapping | null =
      chosen ?? saved?.mapping ?? (kind ? { kind, columns: matchHeaders(kind, t.header).mapping } : null);
    const head = { ...t, rows: t.rows.slice(0, PREVIEW_ROWS) };
    const parsed = describeProblems(parseTables([head], [mapping]), locale);
    const table = parsed.tables[0];
    const preview = head.rows.map((r) => {
      const values = table?.rows.find((x) => x.row === r.row)?.values ?? {};
      return {
        row: r.row,
        cells: t.header.map((_, ci) => {
          const key = mapping?.columns[ci] ?? null;
          if (key === null) return { value: '', problem: null };
          const p = parsed.problems.find(
            (x) => x.row === r.row && x.column === (table?.headerOf[key] ?? key),
          );
          let value = values[key];
          if ((key === 'regions' || key === 'regionCodes') && value !== undefined) {
            const res = resolveRegions(display(value), regions);
            if (res.unknown.length > 0)
              return {
                value: display(value),
                problem: fmt(importing[locale].p_region, { unknown: res.unknown.join(', ') }),
              };
            value = res.codes;
          }
          return { value: display(value), problem: p?.expected ?? null };
        }),
      };
    });
    tables.push({
      file: t.file,
      sheet: t.sheet,
      kind,
      header: t.header,
      columns: mapping?.columns ?? t.header.map(() => null),
      source: chosen ? 'chosen' : saved ? 'saved' : 'guess',
      savedName: saved?.name ?? null,
      rows: t.rows.length,
      preview,
    });
  }
  return { fileName: input.fileName, tables };
}

export const saveMappingInput = z
  .object({
    name: z.string().trim().min(1).max(120),
    kind: z.enum(TABLE_KINDS as [TableKind, ...TableKind[]]),
    header: z.array(z.string().max(200)).min(1).max(500),
    columns: z.array(z.string().max(60).nullable()).max(500),
  })
  .strict();
export type SaveMappingInput = z.infer<typeof saveMappingInput>;

/** Saves a mapping under a name for this set of headers (audited, in one transaction). */
export async function saveImportMapping(
  viewer: Viewer,
  input: SaveMappingInput,
  ip: string | null,
): Promise<{ name: string; version: number }> {
  assertCan(viewer, 'import:data');
  const keys = new Set(columnsOf(input.kind).map((c) => c.key));
  if (input.columns.length !== input.header.length || input.columns.some((c) => c !== null && !keys.has(c)))
    throw new ValidationError({
      nl: importing.nl.mappingInvalid,
      en: importing.en.mappingInvalid,
    });
  const fields = Object.fromEntries(
    input.header.map((h, i) => [normaliseHeader(h), input.columns[i] ?? null]),
  );
  return withWriteTransaction(async (tx) => {
    const [row] = await runQuery(
      'save-import-mapping',
      {
        name: input.name,
        headerKey: headerKey(input.header),
        kind: input.kind,
        fields: JSON.stringify(fields),
        headers: input.header,
        now: new Date().toISOString(),
        userId: viewer.userId,
      },
      { tx },
    );
    await recordAudit(
      viewer,
      {
        action: 'import.mapping.save',
        entityType: 'ImportMapping',
        entityId: input.name,
        after: { kind: input.kind, fields },
        ip,
      },
      tx,
    );
    return { name: row?.name ?? input.name, version: row?.version ?? 1 };
  });
}
