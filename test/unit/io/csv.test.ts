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

describe('CSV round trip (toCsv → parseCsv)', () => {
  const rows = [
    ['Veiligheidsregio Groningen', 'a, b; c', 'he said "hi"', 'twee\nregels', ''],
    ['Fryslân ❄', "'quoted'", ' leading blank', 'trailing blank ', '12,5'],
  ];
  it('gives back every field, whatever it holds', () => {
    const text = toCsv(['naam', 'lijst', 'citaat', 'notitie', 'leeg'], rows);
    const back = parseCsv(text);
    expect(back.map((r) => r.fields)).toEqual([['naam', 'lijst', 'citaat', 'notitie', 'leeg'], ...rows]);
    expect(back.map((r) => r.line)).toEqual([1, 2, 4]);
  });
  it('reads the same with a BOM, LF line ends and `;` as separator', () => {
    const lf = '\uFEFF' + toCsv(['a', 'b', 'c', 'd', 'e'], rows).replace(/\r\n/g, '\n');
    expect(
      parseCsv(lf)
        .slice(1)
        .map((r) => r.fields),
    ).toEqual(rows);
    const semi = parseCsv('\uFEFFa;b\n"x;y";"z"\n');
    expect(semi.map((r) => r.fields)).toEqual([
      ['a', 'b'],
      ['x;y', 'z'],
    ]);
  });
});

describe('parseCsv options (the edge lists of npm run analyze)', () => {
  it('skips comment lines and hands them over, and detects a tab where allowed', () => {
    const comments: string[] = [];
    const rows = parseCsv('# directed\n  # note, with comma\na\tb\t2\n\n', {
      separators: [',', ';', '\t'],
      comments: true,
      onComment: (c) => comments.push(c),
    });
    expect(comments).toEqual(['# directed', '# note, with comma']);
    expect(rows).toEqual([{ fields: ['a', 'b', '2'], line: 3 }]);
    expect(parseCsv('a\tb,c\n').map((r) => r.fields)).toEqual([['a\tb', 'c']]);
  });
  it('opens a quoted field after blanks, and refuses a line-spanning quote when multiline is off', () => {
    expect(parseCsv('a, "b,c"\n').map((r) => r.fields)).toEqual([['a', 'b,c']]);
    let error: unknown;
    try {
      parseCsv('a,b\nc,"d\ne"\n', { multiline: false });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CsvError);
    expect(error).toMatchObject({ line: 2, expected: 'a closing quote (") before the end of the line' });
  });
});
