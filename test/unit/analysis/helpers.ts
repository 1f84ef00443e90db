import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { UndirectedGraph } from 'graphology';

export const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url));

/** networkx reference values, made by test/fixtures/reference/make_reference.py. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const reference: any = JSON.parse(readFileSync(fixture('reference/networkx.json'), 'utf8'));

/** A plain reader for the fixture CSVs, independent of lib/analysis/io (which has its own tests). */
export function readFixtureGraph(edges: string, nodes?: string): UndirectedGraph {
  const g = new UndirectedGraph();
  if (nodes) {
    const [, ...rows] = readFileSync(fixture(nodes), 'utf8').trim().split('\n');
    for (const row of rows) {
      const [id, , club] = row.split(',');
      g.addNode(id!, club ? { club } : {});
    }
  }
  const [header, ...rows] = readFileSync(fixture(edges), 'utf8').trim().split('\n');
  const weighted = header!.split(',').includes('weight');
  for (const row of rows) {
    const [s, t, w] = row.split(',');
    g.mergeEdge(s!, t!, weighted ? { weight: Number(w) } : {});
  }
  return g;
}

export const karate = () => readFixtureGraph('karate.csv', 'karate-nodes.csv');
export const florentine16 = () => readFixtureGraph('florentine-marriage.csv', 'florentine-nodes.csv');
export const florentine15 = () => readFixtureGraph('florentine-marriage.csv');

export function expectClose(
  actual: Record<string, number>,
  expected: Record<string, number>,
  digits = 6,
): string[] {
  const wrong: string[] = [];
  for (const [key, value] of Object.entries(expected)) {
    const got = actual[key];
    if (got === undefined || Math.abs(got - value) > 0.5 * 10 ** -digits)
      wrong.push(`${key}: got ${got}, expected ${value}`);
  }
  if (Object.keys(actual).length !== Object.keys(expected).length)
    wrong.push(`size ${Object.keys(actual).length} vs ${Object.keys(expected).length}`);
  return wrong;
}
