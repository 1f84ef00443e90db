// A small RFC 4180 CSV reader/writer: quoted fields, doubled quotes, CRLF, a BOM, and `,` or `;`
// as separator (Dutch Excel writes `;`). Errors name the line.

export class CsvError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
    this.name = 'CsvError';
  }
}

export function detectSeparator(text: string): ',' | ';' {
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  let commas = 0;
  let semis = 0;
  let quoted = false;
  for (const ch of first) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === ',') commas++;
    else if (!quoted && ch === ';') semis++;
  }
  return semis > commas ? ';' : ',';
}

/** Parses CSV text into rows of fields. Each row remembers the 1-based line it started on. */
export function parseCsv(
  input: string,
  sep: ',' | ';' = detectSeparator(input),
): { fields: string[]; line: number }[] {
  const text = input.replace(/^\uFEFF/, '');
  const rows: { fields: string[]; line: number }[] = [];
  let field = '';
  let fields: string[] = [];
  let inQuotes = false;
  let line = 1;
  let rowLine = 1;
  let fieldStarted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"' && !fieldStarted) {
      inQuotes = true;
      fieldStarted = true;
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
      fieldStarted = true;
    }
  }
  if (inQuotes)
    throw new CsvError(`CSV line ${rowLine}: a quoted field is not closed (expected a closing ")`, rowLine);
  if (fieldStarted || fields.length > 0) {
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
