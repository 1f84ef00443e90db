import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Every text a person reads lives in lib/i18n/messages, where the same-keys test covers it. An
// inline `{ nl: '…', en: '…' }` elsewhere escapes that test (and drifts): this keeps them out.
const ROOT = path.resolve(__dirname, '../../..');
const INLINE = /\b(nl|en):\s*['"`]/;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return /\.(ts|tsx)$/.test(e.name) ? [p] : [];
  });
}

describe('texts', () => {
  it('no inline Dutch/English text outside lib/i18n', () => {
    const files = [...sources(path.join(ROOT, 'app')), ...sources(path.join(ROOT, 'lib'))].filter(
      (f) => !f.startsWith(path.join(ROOT, 'lib', 'i18n') + path.sep),
    );
    expect(files.length).toBeGreaterThan(100);
    const found: string[] = [];
    for (const f of files)
      readFileSync(f, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (INLINE.test(line)) found.push(`${path.relative(ROOT, f)}:${i + 1}: ${line.trim()}`);
        });
    expect(found, 'move these texts to lib/i18n/messages/<feature>.ts').toEqual([]);
  });
});
