import { describe, expect, it } from 'vitest';
import { CsvError, neutraliseCell, parseCsv, parseCsvRecords, toCsv } from '../../../lib/io/csv';

describe('parseCsv', () => {
  it('reads quoted fields with separators, doubled quotes and newlines', () => {
    const rows = parseCsv('a,b\n"x, y","he said ""hi"""\n"multi\nline",z\n');
    expect(rows.map((r) => r.fields)).toEqual([
      ['a', 'b'],
      ['x, y', 'he said "hi"'],
      ['multi\nline', 'z'],
    ]);
    expect(rows[2]?.line).toBe(3);
  });
  it('handles a BOM and semicolons (Dutch Excel)', () => {
    const { header, records } = parseCsvRecords(
      '\uFEFFnaam;keten\r\nVeiligheidsregio Groningen;algemeen\r\n',
    );
    expect(header).toEqual(['naam', 'keten']);
    expect(records[0]?.values).toEqual({ naam: 'Veiligheidsregio Groningen', keten: 'algemeen' });
  });
  it('names the line of an unclosed quote', () => {
    expect(() => parseCsv('a\n"open\n')).toThrow(CsvError);
    expect(() => parseCsv('a\n"open\n')).toThrow(/line 2/);
  });
});

describe('toCsv', () => {
  it('neutralises cells a spreadsheet would run as formulas', () => {
    for (const bad of ['=1+1', '+31', '-2', '@SUM(A1)', '\tx', '\nx'])
      expect(neutraliseCell(bad).startsWith("'")).toBe(true);
    expect(neutraliseCell('Enexis')).toBe('Enexis');
    expect(toCsv(['a'], [['=HYPERLINK("x")']])).toBe('a\r\n"\'=HYPERLINK(""x"")"\r\n');
  });
});
