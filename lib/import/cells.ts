import type { ColumnType } from './columns';
import type { Cell } from './readers';

// Converting one cell to the value its column expects. A failure returns `{ error }` with what
// was expected, so the caller can report file/sheet/row/column.

export type Converted = string | string[] | boolean | number | null | undefined;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function toIsoDate(v: Cell): string | null {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10);
  if (typeof v === 'number' && v > 20_000 && v < 80_000) {
    // Excel serial day number (1900 date system)
    return new Date(Date.UTC(1899, 11, 30) + v * 86_400_000).toISOString().slice(0, 10);
  }
  const s = String(v).trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(s);
  if (m) return valid(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s);
  if (m) return valid(+m[3]!, +m[2]!, +m[1]!);
  return null;
}

function valid(y: number, mo: number, d: number): string | null {
  const dt = new Date(Date.UTC(y, mo - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== mo - 1 || dt.getUTCDate() !== d) return null;
  return `${y}-${pad(mo)}-${pad(d)}`;
}

const TRUE = new Set(['ja', 'j', 'yes', 'y', 'true', 'waar', '1', 'x']);
const FALSE = new Set(['nee', 'n', 'no', 'false', 'onwaar', '0']);

/** Undoes the formula-injection quote that our own CSV export adds ('=…, '+…, '-…, '@…). */
function unquote(s: string): string {
  return /^'[=+\-@\t\r\n]/.test(s) ? s.slice(1) : s;
}

export function convertCell(type: ColumnType, raw: Cell): { value: Converted } | { error: string } {
  const empty = raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '');
  switch (type) {
    case 'text':
      if (empty) return { value: undefined };
      return { value: raw instanceof Date ? raw.toISOString().slice(0, 10) : unquote(String(raw).trim()) };
    case 'list':
      if (empty) return { value: [] };
      return {
        value: String(raw)
          .split(/[|;]/)
          .map((x) => unquote(x.trim()))
          .filter((x) => x !== ''),
      };
    case 'bool': {
      if (empty) return { value: undefined };
      if (typeof raw === 'boolean') return { value: raw };
      const s = String(raw).trim().toLowerCase();
      if (TRUE.has(s)) return { value: true };
      if (FALSE.has(s)) return { value: false };
      return { error: 'ja of nee / yes or no' };
    }
    case 'int': {
      if (empty) return { value: undefined };
      const n = typeof raw === 'number' ? raw : Number(String(raw).trim().replace(',', '.'));
      if (!Number.isInteger(n)) return { error: 'een geheel getal / a whole number' };
      return { value: n };
    }
    case 'date':
    case 'optdate': {
      if (empty) return { value: type === 'optdate' ? null : undefined };
      const d = toIsoDate(raw);
      if (d === null) return { error: 'een datum JJJJ-MM-DD / a date YYYY-MM-DD' };
      return { value: d };
    }
  }
}

export function shown(raw: Cell): string {
  if (raw === null || raw === undefined) return '';
  const s = raw instanceof Date ? raw.toISOString().slice(0, 10) : String(raw);
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}
