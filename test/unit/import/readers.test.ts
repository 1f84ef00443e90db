import { describe, expect, it } from 'vitest';
import { deflateRawSync } from 'node:zlib';
import { matchHeaders, normaliseHeader, entityFromName, guessEntity } from '../../../lib/import/columns';
import { convertCell, toIsoDate } from '../../../lib/import/cells';
import { parseTables } from '../../../lib/import/parse';
import { readFile } from '../../../lib/import/readers';
import { resolveTables, emptyBatches, type Known } from '../../../lib/import/resolve';
import { crc32, extractEntry, listZip, writeZip } from '../../../lib/import/zip';
import { templateXlsx } from '../../../lib/export/xlsx';
import { tableToCsv } from '../../../lib/export/tables';
import { toGraphml } from '../../../lib/export/graphml';

const known = (): Known => ({
  ...emptyBatches(() => [] as { id: string; name: string }[]),
  organisaties: [
    { id: 'vr-vr01', name: 'Veiligheidsregio Groningen' },
    { id: 'op-enexis', name: 'Enexis Netbeheer' },
  ],
  regios: [{ id: 'VR01', name: 'Groningen' }],
});

describe('header matching', () => {
  it('matches case-, accent- and punctuation-insensitively with Dutch and English synonyms', () => {
    expect(normaliseHeader('É-Mail ')).toBe('email');
    const m = matchHeaders('personen', ['NAAM', 'Organisation', 'e mail', 'Functie', 'schoenmaat']);
    expect(m.mapping).toEqual(['name', 'organisationId', 'email', 'role', null]);
    expect(m.unknown).toEqual(['schoenmaat']);
    expect(m.missingRequired).toEqual([]);
  });
  it('reports a missing required column', () => {
    expect(matchHeaders('personen', ['naam']).missingRequired.map((c) => c.key)).toEqual(['organisationId']);
  });
  it('finds the table from file or sheet names and from headers', () => {
    expect(entityFromName('Organisaties.csv')).toBe('organisaties');
    expect(entityFromName('people')).toBe('personen');
    expect(guessEntity(['titel', 'partijen', 'status', 'verloopt'])).toBe('afspraken');
  });
});

describe('cells', () => {
  it('reads Dutch and ISO dates and rejects impossible ones', () => {
    expect(toIsoDate('31-12-2025')).toBe('2025-12-31');
    expect(toIsoDate('2025-2-3')).toBe('2025-02-03');
    expect(toIsoDate('2025-02-30')).toBeNull();
    expect(toIsoDate(new Date(Date.UTC(2024, 0, 5)))).toBe('2024-01-05');
  });
  it('reads booleans and lists, and undoes the export formula quote', () => {
    expect(convertCell({ type: 'bool' }, 'Ja')).toEqual({ value: true });
    expect(convertCell({ type: 'bool' }, 'misschien')).toEqual({ code: 'bool' });
    expect(convertCell({ type: 'list' }, 'a| b ;c')).toEqual({ value: ['a', 'b', 'c'] });
    expect(convertCell({ type: 'text' }, "'-min")).toEqual({ value: '-min' });
  });
});

describe('readers and validation', () => {
  it('reads a CSV with BOM and ; separators and reports the bad row by file, row and column', async () => {
    const csv =
      '\uFEFFnaam;organisatie;niveau;e-mail\r\nAnna Voorbeeldstra;vr-vr01;tactisch;\r\nBert Fictief;Bestaat Niet BV;tactisch;\r\nCees Proef;Enexis netbeheer;heel hoog;\r\n';
    const raw = await readFile('personen.csv', Buffer.from(csv));
    const parsed = parseTables(raw);
    const res = resolveTables(parsed.tables, known(), '2026-10-01');
    expect(res.batches.personen.map((p) => p.organisationId)).toEqual(['vr-vr01', 'op-enexis']);
    const all = [...parsed.problems, ...res.problems].sort((a, b) => a.row - b.row);
    expect(all.map((p) => [p.file, p.row, p.column, p.got])).toEqual([
      ['personen.csv', 3, 'organisatie', 'Bestaat Niet BV'],
      ['personen.csv', 4, 'niveau', 'heel hoog'],
    ]);
  });
  it('derives the same id from the same natural key (idempotent re-import)', async () => {
    const csv = 'naam,soort\nWaterschap Voorbeeld,vitale-aanbieder\n';
    const a = resolveTables(
      parseTables(await readFile('o.csv', Buffer.from(csv), 'organisaties')).tables,
      known(),
      '2026-10-01',
    );
    expect(a.batches.organisaties[0]).toMatchObject({ id: 'org-waterschap-voorbeeld', chain: 'functioneel' });
    const b = resolveTables(
      parseTables(await readFile('o.csv', Buffer.from('naam\nveiligheidsregio groningen\n'), 'organisaties'))
        .tables,
      known(),
      '2026-10-01',
    );
    expect(b.batches.organisaties[0]?.id).toBe('vr-vr01');
  });
  it('reads an XLSX template back with one table per sheet', async () => {
    const buf = await templateXlsx(['organisaties', 'contacten']);
    const raw = await readFile('sjabloon.xlsx', buf);
    expect(raw.map((t) => [t.sheet, t.entity, t.rows.length])).toEqual([
      ['organisaties', 'organisaties', 1],
      ['contacten', 'contacten', 1],
    ]);
  });
  it('reads its own GraphML export as organisations and contacts', async () => {
    const xml = toGraphml(
      [
        {
          id: 'a',
          name: 'A & co',
          kind: 'overig',
          chain: 'overig',
          sectorId: null,
          regionCodes: [],
          processIds: [],
          description: '',
        },
      ],
      [
        {
          id: 'c1',
          orgAId: 'a',
          orgBId: 'a',
          date: '2026-01-01',
          kind: 'overleg',
          strength: 2,
          personIds: [],
          note: '',
        },
      ],
    );
    const res = resolveTables(
      parseTables(await readFile('n.graphml', Buffer.from(xml))).tables,
      known(),
      '2026-10-01',
    );
    expect(res.problems).toEqual([]);
    expect(res.batches.organisaties[0]).toMatchObject({ id: 'a', name: 'A & co' });
    expect(res.batches.contacten[0]).toMatchObject({ id: 'c1', strength: 2, date: '2026-01-01' });
  });
  it('reads GEXF nodes and weighted edges', async () => {
    const gexf = `<?xml version="1.0"?><gexf><graph><attributes class="node"><attribute id="0" title="keten"/></attributes>
      <nodes><node id="vr-vr01" label="VR Groningen"><attvalues><attvalue for="0" value="algemeen"/></attvalues></node></nodes>
      <edges><edge id="e1" source="vr-vr01" target="op-enexis" weight="3"/></edges></graph></gexf>`;
    const res = resolveTables(
      parseTables(await readFile('g.gexf', Buffer.from(gexf))).tables,
      known(),
      '2026-10-01',
    );
    expect(res.problems).toEqual([]);
    expect(res.batches.contacten[0]).toMatchObject({ orgAId: 'vr-vr01', orgBId: 'op-enexis', strength: 3 });
  });
});

describe('zip', () => {
  it('writes an archive it can list and extract (CRC32 of "123456789" is cbf43926)', () => {
    expect(crc32(Buffer.from('123456789')).toString(16)).toBe('cbf43926');
    const z = writeZip([{ name: 'a.csv', data: 'x,y\n1,2\n' }]);
    const [e] = listZip(z);
    expect(extractEntry(z, e!).toString()).toBe('x,y\n1,2\n');
  });
  it('refuses a zip bomb from its central directory before inflating', () => {
    const big = Buffer.alloc(8 * 1024 * 1024, 0);
    expect(deflateRawSync(big).length).toBeLessThan(100_000);
    const z = writeZip([{ name: 'xl/bomb.xml', data: big }]);
    expect(() => listZip(z)).toThrow(/zip/i);
  });
  it('writes CSV with the import headers', () => {
    expect(tableToCsv('sectoren', [{ id: 's', name: '=evil' }])).toBe("id,naam\r\ns,'=evil\r\n");
  });
});
