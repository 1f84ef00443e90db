import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// lib/db, lib/dal and the session code are server-only: a client component ('use client') may
// import their types, never their code (it would ship the driver or the role checks' data paths
// to the browser). eslint cannot tell client files apart, so this test reads them.
const ROOT = process.cwd();
const SERVER_ONLY = /^(@\/|(\.\.\/)+)lib\/(db|dal)(\/|$)|^(@\/|(\.\.\/)+)lib\/auth\/session$|^neo4j-driver$/;

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (/\.(ts|tsx)$/.test(name)) out.push(p);
  }
  return out;
}

function clientFiles(): string[] {
  return [...walk(path.join(ROOT, 'app')), ...walk(path.join(ROOT, 'lib'))].filter((f) =>
    /^\s*['"]use client['"]/.test(readFileSync(f, 'utf8')),
  );
}

/** Value imports (not `import type`) of a file, as written. */
export function valueImports(source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(/^import\s+(type\s+)?([^'"]*?)\s*from\s*['"]([^'"]+)['"]/gm)) {
    if (m[1]) continue;
    const names = m[2] ?? '';
    // `import { type A, type B } from …` imports no value either.
    const inner = names.match(/^\{([^}]*)\}$/)?.[1];
    if (inner !== undefined && inner.split(',').every((n) => /^\s*type\s/.test(n) || n.trim() === ''))
      continue;
    out.push(m[3] as string);
  }
  for (const m of source.matchAll(/^import\s+['"]([^'"]+)['"]/gm)) out.push(m[1] as string);
  return out;
}

describe('server-only layers', () => {
  it('finds the client components', () => {
    expect(clientFiles().length).toBeGreaterThan(10);
  });

  it('tells value imports from type imports', () => {
    expect(
      valueImports("import type { A } from '@/lib/dal/x';\nimport { type B } from '@/lib/db/run';"),
    ).toEqual([]);
    expect(valueImports("import { runQuery } from '@/lib/db/run';")).toEqual(['@/lib/db/run']);
  });

  it('no client component imports lib/db, lib/dal, the session or the driver', () => {
    const offenders = clientFiles().flatMap((f) =>
      valueImports(readFileSync(f, 'utf8'))
        .filter((spec) => SERVER_ONLY.test(spec))
        .map((spec) => `${path.relative(ROOT, f)} → ${spec}`),
    );
    expect(offenders).toEqual([]);
  });
});
