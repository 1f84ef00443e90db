// The one CSV reader/writer (RFC 4180): quoted fields, doubled quotes, CRLF, a BOM, and `,`, `;`
// (Dutch Excel writes `;`) or, where the caller allows it, a tab as separator. The importer, the
// seed (data/nl) and `npm run analyze` (edge lists) all read CSV here. Errors name the line.

export type Separator = ',' | ';' | '\t';

export class CsvError extends Error {
  override readonly name = 'CsvError';
  constructor(
    message: string,
    readonly line: number,
    /** What was expected, for callers that phrase their own message. */
    readonly expected: string,
  ) {
    super(message);
  }
}

export interface CsvRow {
  fields: string[];
  /** The 1-based line the row starts on. */
  line: number;
}

export interface CsvOptions {
  /** The separator; detected from the first line when left out. */
  separator?: Separator;
  /** What detection may choose from (default `,` and `;`). */
  separators?: readonly Separator[];
  /** Lines whose first non-blank character is `#` are comments: skipped, and passed to onComment. */
  comments?: boolean;
  onComment?: (text: string, line: number) => void;
  /** Quoted fields may span lines (default true); false makes an unclosed quote an error at its line. */
  multiline?: boolean;
}

const isComment = (line: string) => line.trimStart().startsWith('#');

/**
 * The separator of the first (non-comment) line: a tab if allowed and present outside quotes,
 * else `;` when it occurs more often than `,`.
 */
export function detectSeparator(
  text: string,
  separators: readonly Separator[] = [',', ';'],
  comments = false,
): Separator {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const first = lines.find((l) => l.trim() !== '' && !(comments && isComment(l))) ?? '';
  let commas = 0;
  let semis = 0;
  let tabs = 0;
  let quoted = false;
  for (const ch of first) {
    if (ch === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (ch === ',') commas++;
    else if (ch === ';') semis++;
    else if (ch === '\t') tabs++;
  }
  if (tabs > 0 && separators.includes('\t')) return '\t';
  if (semis > commas && separators.includes(';')) return ';';
  return separators.includes(',') ? ',' : (separators[0] ?? ',');
}

/** Parses CSV text into rows of fields. Each row remembers the 1-based line it started on. */
export function parseCsv(input: string, options: Separator | CsvOptions = {}): CsvRow[] {
  const o: CsvOptions = typeof options === 'string' ? { separator: options } : options;
  const text = input.replace(/^\uFEFF/, '');
  const sep = o.separator ?? detectSeparator(text, o.separators, o.comments);
  const multiline = o.multiline ?? true;
  const rows: CsvRow[] = [];
  let field = '';
  let fields: string[] = [];
  let inQuotes = false;
  let line = 1;
  let rowLine = 1;
  // A field has started once it holds anything but blanks before an opening quote.
  let fieldStarted = false;
  const unclosed = (at: number) =>
    multiline
      ? new CsvError(
          `CSV line ${at}: a quoted field is not closed (expected a closing ")`,
          at,
          'a closing quote (")',
        )
      : new CsvError(
          `CSV line ${at}: a quoted field is not closed before the end of the line`,
          at,
          'a closing quote (") before the end of the line',
        );
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else {
        if (ch === '\n' || ch === '\r') {
          if (!multiline) throw unclosed(rowLine);
          if (ch === '\n') line++;
        }
        field += ch;
      }
      continue;
    }
    if (o.comments && fields.length === 0 && !fieldStarted && field.trim() === '' && ch === '#') {
      let end = i;
      while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
      o.onComment?.(text.slice(i, end).trim(), line);
      field = '';
      i = end - 1;
      continue;
    }
    if (ch === '"' && !fieldStarted) {
      inQuotes = true;
      fieldStarted = true;
      field = '';
    } else if (ch === sep) {
      fields.push(field);
      field = '';
      fieldStarted = false;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      fields.push(field);
      if (!(fields.length === 1 && fields[0] === '')) rows.push({ fields, line: rowLine });
      fields = [];
      field = '';
      fieldStarted = false;
      line++;
      rowLine = line;
    } else {
      field += ch;
      if (ch !== ' ') fieldStarted = true;
    }
  }
  if (inQuotes) throw unclosed(rowLine);
  if (fieldStarted || fields.length > 0 || field !== '') {
    fields.push(field);
    rows.push({ fields, line: rowLine });
  }
  return rows;
}

/** Parses CSV with a header row into records keyed by header. */
export function parseCsvRecords(text: string): {
  header: string[];
  records: { values: Record<string, string>; line: number }[];
} {
  const rows = parseCsv(text);
  const head = rows.shift();
  if (!head) return { header: [], records: [] };
  const header = head.fields.map((h) => h.trim());
  return {
    header,
    records: rows.map((r) => ({
      line: r.line,
      values: Object.fromEntries(header.map((h, i) => [h, r.fields[i] ?? ''])),
    })),
  };
}

/** A cell that a spreadsheet would run as a formula is prefixed with a quote (OWASP CSV injection). */
export function neutraliseCell(value: string): string {
  return /^[=+\-@\t\r\n]/.test(value) ? `'${value}` : value;
}

export function toCsv(
  header: string[],
  rows: ReadonlyArray<ReadonlyArray<string | number | boolean | null | undefined>>,
): string {
  const esc = (v: string | number | boolean | null | undefined) => {
    const s = neutraliseCell(v === null || v === undefined ? '' : String(v));
    return /[",;\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [header, ...rows].map((r) => r.map(esc).join(',')).join('\r\n') + '\r\n';
}
