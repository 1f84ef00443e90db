import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../lib/io/csv';
import { gapReportCsv, gapReportXlsx, type ExportRow } from '../../../lib/report/gap-export';

const evil = ['=HYPERLINK("http://x","y")', '+31 6 1234', '-2+3', '@SUM(A1)', '\tTAB', '\nline'];

function row(i: number, explanation: string, owner: string | null): ExportRow {
  return {
    id: `gap:geen-afspraak:a${i}|b${i}`,
    type: 'geen-afspraak',
    organisations: [
      { id: `a${i}`, name: `Org ${i}` },
      { id: `b${i}`, name: '=cmd|calc' },
    ],
    personIds: [],
    regionCode: 'VR01',
    regionName: 'Groningen',
    sectorId: 'energie',
    sectorName: 'Energie',
    processes: [{ id: 'p', name: 'Landelijk transport' }],
    category: 'A',
    priority: 80,
    priorityLevel: 'hoog',
    factors: [],
    explanation: { nl: explanation, en: explanation },
    openSince: '2024-01-01',
    status: 'open',
    owner,
    due: null,
    version: 1,
    resolvedByData: null,
    firstSeenAt: null,
    scenarioReach: 3,
    introducer: {
      personId: 'p1',
      name: '@Anna Voorbeeldstra',
      organisationId: 'o',
      organisationName: 'Org',
      strength: 2,
    },
  };
}

const rows = evil.map((e, i) => row(i, e, e));

describe('gap report export', () => {
  it('CSV: no cell starts with = + - @ tab or newline', () => {
    const csv = gapReportCsv(rows, 'nl');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const parsed = parseCsv(csv);
    expect(parsed[0]!.fields[0]).toBe('id');
    for (const r of parsed.slice(1)) for (const f of r.fields) expect(f).not.toMatch(/^[=+\-@\t\r\n]/);
    expect(parsed[1]!.fields[9]).toBe(`'${evil[0]}`);
    expect(parsed[1]!.fields[2]).toBe('Org 0; =cmd|calc');
    expect(parsed).toHaveLength(rows.length + 1);
  });

  it('XLSX: the same neutralising, and numbers stay numbers', async () => {
    const buf = await gapReportXlsx(rows, 'en');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).getCell(2).value).toBe('kind');
    let checked = 0;
    ws.eachRow((r, n) => {
      if (n === 1) return;
      r.eachCell((c) => {
        if (typeof c.value === 'string') {
          expect(c.value).not.toMatch(/^[=+\-@\t\r\n]/);
          checked++;
        }
        expect(c.formula).toBeUndefined();
      });
      expect(r.getCell(8).value).toBe(80);
    });
    expect(checked).toBeGreaterThan(rows.length * 5);
    expect(ws.getRow(2).getCell(12).value).toBe("'@Anna Voorbeeldstra (Org)");
  });
});
