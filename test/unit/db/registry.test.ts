import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { QUERIES } from '../../../lib/db/queries';

const dir = path.join(process.cwd(), 'cypher');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.cypher') && f !== 'schema.cypher')
  .map((f) => f.replace(/\.cypher$/, ''));

function header(text: string) {
  const lines = text.split('\n');
  const paramsLine = lines.find((l) => l.startsWith('// params:')) ?? '';
  const returnsLine = lines.find((l) => l.startsWith('// returns:')) ?? '';
  const declared = [...paramsLine.matchAll(/\$(\w+)/g)].map((m) => m[1] as string);
  const body = lines.filter((l) => !l.trimStart().startsWith('//')).join('\n');
  const used = [...new Set([...body.matchAll(/\$(\w+)/g)].map((m) => m[1] as string))];
  return { first: lines[0] ?? '', paramsLine, returnsLine, declared, used };
}

describe('query registry', () => {
  it('has one registry entry for every .cypher file and a file for every entry', () => {
    expect(Object.keys(QUERIES).sort()).toEqual([...files].sort());
  });

  for (const name of files) {
    it(`${name}.cypher has a header whose $parameters match the file and the schema`, () => {
      const h = header(readFileSync(path.join(dir, `${name}.cypher`), 'utf8'));
      expect(h.first.startsWith(`// ${name}:`)).toBe(true);
      expect(h.paramsLine).not.toBe('');
      expect(h.returnsLine).not.toBe('');
      expect([...h.declared].sort()).toEqual([...h.used].sort());
      const def = QUERIES[name as keyof typeof QUERIES];
      const shape = (def.params as unknown as z.ZodObject<z.ZodRawShape>).shape;
      expect(Object.keys(shape).sort()).toEqual([...h.used].sort());
    });
  }

  it('never builds Cypher from strings in the registry (no template placeholders in files)', () => {
    for (const name of files) {
      const text = readFileSync(path.join(dir, `${name}.cypher`), 'utf8');
      expect(text).not.toMatch(/\$\{/);
    }
  });
});
