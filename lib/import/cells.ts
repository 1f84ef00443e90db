import type { Column } from './columns';
import type { ProblemCode } from './problems';
import type { Cell } from './readers';
import { isEmail, looksLikeFormula, matchEnum, parseBool, parseDate, splitList, unquote } from './values';

// Converting one cell to the value its column expects. A failure returns the problem's code
// (and parameters), so the caller can report file/sheet/row/column in the user's language.

export type Converted = string | string[] | boolean | number | null | undefined;
export type CellResult =
  { value: Converted } | { code: ProblemCode; params?: Record<string, string | number> };

/** @deprecated kept for callers outside the importer: use parseDate from ./values. */
export const toIsoDate = parseDate;

function text(raw: Cell): CellResult {
  const s = raw instanceof Date ? raw.toISOString().slice(0, 10) : String(raw).trim();
  if (looksLikeFormula(s)) return { code: 'formula' };
  return { value: unquote(s) };
}

export function convertCell(col: Pick<Column, 'type' | 'options' | 'optionSynonyms'>, raw: Cell): CellResult {
  const empty = raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '');
  switch (col.type) {
    case 'text':
      if (empty) return { value: undefined };
      if (col.options) return convertCell({ ...col, type: 'enum' }, raw);
      return text(raw);
    case 'enum': {
      if (empty) return { value: undefined };
      const options = col.options ?? [];
      const v = matchEnum(String(raw), options, col.optionSynonyms ?? {});
      return v === null ? { code: 'enum', params: { options: options.join(', ') } } : { value: v };
    }
    case 'email': {
      if (empty) return { value: undefined };
      const s = String(raw)
        .trim()
        .replace(/^mailto:/i, '');
      if (looksLikeFormula(s)) return { code: 'formula' };
      return isEmail(s) ? { value: s } : { code: 'email' };
    }
    case 'list': {
      if (empty) return { value: [] };
      const items = splitList(String(raw), { commas: false });
      if (items.some((x) => looksLikeFormula(x))) return { code: 'formula' };
      return { value: items.map(unquote) };
    }
    case 'bool': {
      if (empty) return { value: undefined };
      const b = parseBool(raw);
      return b === null ? { code: 'bool' } : { value: b };
    }
    case 'int': {
      if (empty) return { value: undefined };
      const n = typeof raw === 'number' ? raw : Number(String(raw).trim().replace(',', '.'));
      if (!Number.isInteger(n)) return { code: 'int' };
      return { value: n };
    }
    case 'date':
    case 'optdate': {
      if (empty) return { value: col.type === 'optdate' ? null : undefined };
      const d = parseDate(raw);
      if (d === null) return { code: 'date' };
      return { value: d };
    }
  }
}

export function shown(raw: Cell): string {
  if (raw === null || raw === undefined) return '';
  const s = raw instanceof Date ? raw.toISOString().slice(0, 10) : String(raw);
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}
