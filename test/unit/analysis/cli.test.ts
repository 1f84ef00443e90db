import { spawnSync } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixture } from './helpers';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const analyze = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/analyze.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
  });

describe('npm run analyze', { timeout: 60_000 }, () => {
  it('prints one JSON object with the agreed keys for the karate club', () => {
    const r = analyze(
      fixture('karate.csv'),
      '--nodes',
      fixture('karate-nodes.csv'),
      '--group',
      'club',
      '--json',
    );
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(
      expect.arrayContaining([
        'nodes',
        'edges',
        'density',
        'components',
        'nodeMetrics',
        'modularity',
        'groups',
      ]),
    );
    expect([out.nodes, out.edges, out.components]).toEqual([34, 78, 1]);
    expect(out.density).toBeCloseTo(0.139037, 6);
    expect(Object.keys(out.nodeMetrics['0'])).toEqual([
      'degree',
      'degreeCentrality',
      'betweenness',
      'closeness',
      'eigenvector',
      'pagerank',
      'community',
    ]);
    expect(out.nodeMetrics['0'].betweenness).toBeCloseTo(0.437635, 6);
    // 11 of the 78 ties cross the two clubs: E-I = (11 − 67)/78
    expect(out.groups.eiIndex.overall).toEqual({ internal: 67, external: 11, index: (11 - 67) / 78 });
    expect(out.modularity).toBeGreaterThanOrEqual(0.38);
  });
  it('prints readable tables without --json', () => {
    const r = analyze(fixture('florentine-marriage.csv'), '--nodes', fixture('florentine-nodes.csv'));
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/components\s+2 \(sizes 15, 1\)/);
    expect(r.stdout).toMatch(/Medici\s+6\s+0\.400000\s+0\.452381/);
  });
  it('names file, line and expectation for a malformed file and exits non-zero', () => {
    const dir = mkdtempSync(join(tmpdir(), 'analyze-'));
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'source,target\na,b\nc\n');
    const r = analyze(bad);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${bad}:3: expected a row source,target[,weight]`);
    expect(analyze().status).toBe(2);
  });
});
