import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dependenciesToCsv, parseDependencyCsv } from '../../../lib/import/dependencies';

const file = readFileSync(path.join(process.cwd(), 'data/nl/vital_process_dependencies.csv'), 'utf8');
const processes = new Set(
  file
    .split('\n')
    .slice(1)
    .flatMap((l) => l.split(',').slice(0, 2))
    .filter(Boolean),
);

describe('parseDependencyCsv', () => {
  it('reads data/nl/vital_process_dependencies.csv and writes it back in the same columns', () => {
    const r = parseDependencyCsv(file, processes);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.dependencies).toHaveLength(13);
    expect(r.dependencies.find((d) => d.fromId === 'keren-en-beheren-waterkwantiteit')?.hours).toBeNull();
    const again = parseDependencyCsv(dependenciesToCsv(r.dependencies), processes);
    expect(again).toEqual(r);
  });

  it('names every bad row (spreadsheet row numbers) and a cycle, in Dutch and English', () => {
    const csv = [
      'from_process;to_process;kind;hours;basis;source',
      'a;b;stroom;2;x;https://example.invalid',
      'b;a;elektriciteit;-1;x;https://example.invalid',
      'a;b;elektriciteit;;x;',
      'b;c;elektriciteit;1;x;https://example.invalid',
      'c;b;elektriciteit;1;x;https://example.invalid',
      'b;zzz;elektriciteit;1;x;https://example.invalid',
    ].join('\n');
    const r = parseDependencyCsv(csv, new Set(['a', 'b', 'c']));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const nl = r.issues.map((i) => i.nl);
    expect(nl).toContain(
      "Rij 2: soort moet een van elektriciteit, telecom, brandstof, water, data, overig zijn; ontvangen 'stroom'.",
    );
    expect(nl).toContain("Rij 3: uren moet leeg zijn of een getal van 0 tot en met 8760; ontvangen '-1'.");
    expect(nl).toContain('Rij 4: een afhankelijkheid heeft een bron.');
    expect(nl.some((t) => t.startsWith("Rij 7: onbekend vitaal proces 'zzz'"))).toBe(true);
    expect(nl.some((t) => /Kringloop in de afhankelijkheden: b → c → b/.test(t))).toBe(true);
    expect(r.issues.every((i) => i.en.length > 0)).toBe(true);
  });

  it('refuses a wrong header and an empty file', () => {
    const wrong = parseDependencyCsv('van,naar\na,b\n', new Set(['a', 'b']));
    expect(!wrong.ok && wrong.issues[0]!.nl).toMatch(/De kopregel moet zijn: from_process,to_process/);
    const empty = parseDependencyCsv('from_process,to_process,kind,hours,basis,source\n', new Set());
    expect(!empty.ok && empty.issues[0]!.en).toBe('The file contains no dependencies.');
  });
});
