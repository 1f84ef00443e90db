import ExcelJS from 'exceljs';
import { neutraliseCell, toCsv } from '../io/csv';
import type { GapRow } from './gap-report';
import type { Introducer } from './introducer';

export type ExportRow = GapRow & { introducer: Introducer | null };
type Cell = string | number | null;

const HEAD = {
  nl: [
    'id',
    'soort',
    'organisaties',
    'regio',
    'sector',
    'processen',
    'categorie',
    'prioriteit',
    'niveau',
    'uitleg',
    'open sinds',
    'voorgestelde introducee',
    'status',
    'eigenaar',
    'streefdatum',
    'opgelost door gegevens sinds',
  ],
  en: [
    'id',
    'kind',
    'organisations',
    'region',
    'sector',
    'processes',
    'category',
    'priority',
    'level',
    'explanation',
    'open since',
    'suggested introducer',
    'status',
    'owner',
    'due date',
    'resolved by data since',
  ],
} as const;

/** The report as a plain table (header + rows), in the reader's language. Pure. */
export function gapExportTable(
  rows: readonly ExportRow[],
  lang: 'nl' | 'en',
): { header: string[]; rows: Cell[][] } {
  return {
    header: [...HEAD[lang]],
    rows: rows.map((r) => [
      r.id,
      r.type,
      r.organisations.map((o) => o.name).join('; '),
      r.regionName,
      r.sectorName,
      r.processes.map((p) => p.name).join('; '),
      r.category,
      r.priority,
      r.priorityLevel,
      r.explanation[lang],
      r.openSince,
      r.introducer ? `${r.introducer.name} (${r.introducer.organisationName})` : null,
      r.status,
      r.owner,
      r.due,
      r.resolvedByData,
    ]),
  };
}

export function gapReportCsv(rows: readonly ExportRow[], lang: 'nl' | 'en'): string {
  const t = gapExportTable(rows, lang);
  return '\uFEFF' + toCsv(t.header, t.rows);
}

/** XLSX with the same neutralising as the CSV: text cells that a spreadsheet would run as a formula get a quote. */
export async function gapReportXlsx(rows: readonly ExportRow[], lang: 'nl' | 'en'): Promise<Buffer> {
  const t = gapExportTable(rows, lang);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Koppelvlak';
  const ws = wb.addWorksheet(lang === 'nl' ? 'Hiaten' : 'Gaps');
  ws.addRow(t.header.map(neutraliseCell));
  ws.getRow(1).font = { bold: true };
  for (const r of t.rows) ws.addRow(r.map((c) => (typeof c === 'string' ? neutraliseCell(c) : c)));
  ws.columns.forEach((c, i) => {
    c.width = i === 9 ? 80 : 18;
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
