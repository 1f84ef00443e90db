import { describe, expect, it } from 'vitest';
import { DirectedGraph, UndirectedGraph } from 'graphology';
import { brokerage, constraint } from '@/lib/analysis/brokerage';
import { louvain, modularity } from '@/lib/analysis/communities';
import { crossGroupDensity, eiIndex, groupDensityMatrix } from '@/lib/analysis/groups';
import { toCsr, type Csr } from '@/lib/analysis/csr';
import { singlePointsOfFailure } from '@/lib/analysis/spof';
import { expectClose, florentine16, karate, reference } from './helpers';

/**
 *   a1 ── a2 ── a3          chains: a* algemeen, f* functioneel, o1 overig
 *    \   /       \
 *     f1 ─────── f2 ── o1
 */
function sample(): UndirectedGraph {
  const g = new UndirectedGraph();
  for (const id of ['a1', 'a2', 'a3']) g.addNode(id, { chain: 'algemeen' });
  for (const id of ['f1', 'f2']) g.addNode(id, { chain: 'functioneel' });
  g.addNode('o1', { chain: 'overig' });
  for (const [s, t] of [
    ['a1', 'a2'],
    ['a2', 'a3'],
    ['a1', 'f1'],
    ['a2', 'f1'],
    ['a3', 'f2'],
    ['f1', 'f2'],
    ['f2', 'o1'],
  ] as const)
    g.addEdge(s, t);
  return g;
}

describe('groupDensityMatrix', () => {
  it('divides within-group ties by n(n−1)/2 and between-group ties by |A|·|B|', () => {
    const m = groupDensityMatrix(sample());
    expect(m.groups).toEqual(['algemeen', 'functioneel', 'overig']);
    expect(m.sizes).toEqual([3, 2, 1]);
    expect(m.ties).toEqual([
      [2, 3, 0],
      [3, 1, 1],
      [0, 1, 0],
    ]);
    expect(m.possible).toEqual([
      [3, 6, 3],
      [6, 1, 2],
      [3, 2, 0],
    ]);
    expect(m.density).toEqual([
      [2 / 3, 0.5, 0],
      [0.5, 1, 0.5],
      [0, 0.5, null],
    ]);
  });
  it('gives one cell with crossGroupDensity', () => {
    expect(crossGroupDensity(sample(), 'algemeen', 'functioneel')).toEqual({
      a: 'algemeen',
      b: 'functioneel',
      ties: 3,
      possible: 6,
      density: 0.5,
    });
  });
  it('handles multi-valued groups without pairing a node with itself', () => {
    const g = new UndirectedGraph();
    g.addNode('x', { regionCodes: ['VR01', 'VR02'] });
    g.addNode('y', { regionCodes: ['VR01'] });
    g.addNode('z', { regionCodes: ['VR02'] });
    g.addEdge('x', 'y');
    g.addEdge('y', 'z');
    const m = groupDensityMatrix(g, { attribute: 'regionCodes' });
    // VR01 = {x, y}, VR02 = {x, z}, overlap {x}: pairs (x,z),(y,x),(y,z) = 2·2 − 1 − 0 = 3
    expect(m.possible).toEqual([
      [1, 3],
      [3, 1],
    ]);
    // x–y lies within VR01 and between VR01 and VR02 (x is in VR02); y–z lies between
    expect(m.ties).toEqual([
      [1, 2],
      [2, 0],
    ]);
  });
  it('keeps direction in a directed graph', () => {
    const g = new DirectedGraph();
    g.addNode('a', { chain: 'algemeen' });
    g.addNode('f', { chain: 'functioneel' });
    g.addEdge('a', 'f');
    const m = groupDensityMatrix(g);
    expect(m.density).toEqual([
      [null, 1],
      [0, null],
    ]);
  });
});

describe('eiIndex', () => {
  it('computes (E − I)/(E + I) per group and overall', () => {
    const r = eiIndex(sample());
    expect(r.byGroup.algemeen).toEqual({ size: 3, internal: 2, external: 3, index: 0.2 });
    expect(r.byGroup.functioneel).toEqual({ size: 2, internal: 1, external: 4, index: 0.6 });
    expect(r.byGroup.overig).toEqual({ size: 1, internal: 0, external: 1, index: 1 });
    expect(r.overall).toEqual({ internal: 3, external: 4, index: 1 / 7 });
  });
  it('leaves ties to ungrouped nodes out', () => {
    const g = sample();
    g.addNode('x');
    g.addEdge('x', 'a1');
    expect(eiIndex(g).ungroupedTies).toBe(1);
    expect(eiIndex(g).overall.index).toBe(1 / 7);
  });
});

describe('brokerage', () => {
  it('counts Gould–Fernandez roles, each undirected open pair as two two-paths', () => {
    const r = brokerage(sample()).roles;
    expect(r.a2).toMatchObject({
      coordinator: 2,
      representative: 1,
      gatekeeper: 1,
      itinerant: 0,
      liaison: 0,
      total: 4,
    });
    expect(r.f1).toMatchObject({ coordinator: 0, representative: 2, gatekeeper: 2, total: 4 });
    expect(r.f2).toMatchObject({ representative: 2, gatekeeper: 2, liaison: 2, total: 6 });
    expect(r.a1!.total).toBe(0); // its two neighbours are tied to each other
  });
  it('finds an itinerant broker and follows direction in a directed graph', () => {
    const g = new DirectedGraph();
    g.addNode('u', { chain: 'algemeen' });
    g.addNode('b', { chain: 'functioneel' });
    g.addNode('v', { chain: 'algemeen' });
    g.addEdge('u', 'b');
    g.addEdge('b', 'v');
    expect(brokerage(g).roles.b).toMatchObject({ itinerant: 1, total: 1 });
    g.setNodeAttribute('v', 'chain', 'functioneel');
    expect(brokerage(g).roles.b).toMatchObject({ gatekeeper: 1, total: 1 });
  });
  it('refuses a multi-valued attribute', () => {
    const g = new UndirectedGraph();
    g.addNode('x', { regionCodes: ['VR01', 'VR02'] });
    expect(() => brokerage(g, { attribute: 'regionCodes' })).toThrow(
      /brokerage: expected one value of 'regionCodes' per node/,
    );
  });
});

describe('constraint', () => {
  it('matches networkx on the karate club, unweighted and weighted', () => {
    expect(
      expectClose(constraint(karate()).values as Record<string, number>, reference.karate.constraint, 9),
    ).toEqual([]);
    expect(
      expectClose(
        constraint(karate(), { weighted: true }).values as Record<string, number>,
        reference.karate.weighted.constraint,
        9,
      ),
    ).toEqual([]);
  });
  it('gives null for an isolate (networkx NaN)', () => {
    const c = constraint(florentine16()).values;
    expect(c.Pucci).toBeNull();
    expect(c.Medici).toBeCloseTo(reference.florentine16.constraint.Medici, 9);
  });
});

describe('louvain', () => {
  it('finds the karate club communities within the known modularity range', () => {
    const r = louvain(karate(), { seed: 7 });
    expect(r.modularity).toBeGreaterThanOrEqual(0.38);
    expect(r.modularity).toBeLessThanOrEqual(0.4199);
    expect(r.count).toBeGreaterThanOrEqual(3);
    expect(r.sizes.reduce((a, b) => a + b, 0)).toBe(34);
  });
  it('is reproducible with a seed', () => {
    expect(louvain(karate(), { seed: 3 }).communities).toEqual(louvain(karate(), { seed: 3 }).communities);
  });
  it('computes the modularity of any partition as networkx (the two clubs: 0.3582 unweighted)', () => {
    const g = karate();
    const clubs = Object.fromEntries(g.mapNodes((n, a) => [n, a.club as string]));
    expect(modularity(g, clubs)).toBeCloseTo(reference.karate.clubModularity, 12);
    expect(modularity(g, clubs, { weighted: true })).toBeCloseTo(reference.karate.clubModularityWeighted, 12);
    expect(modularity(g, Object.fromEntries(g.mapNodes((n) => [n, 0])))).toBeCloseTo(0, 12);
  });
  it('refuses a partition that misses a node', () => {
    expect(() => modularity(karate(), { '0': 1 })).toThrow(/modularity: expected a community for every node/);
  });
});

describe('singlePointsOfFailure', () => {
  it('finds the articulation points and bridges of the Florentine families (as networkx)', () => {
    const r = singlePointsOfFailure(florentine16());
    expect(r.articulationPoints.map((a) => a.id).sort()).toEqual([
      'Albizzi',
      'Guadagni',
      'Medici',
      'Salviati',
    ]);
    expect(r.articulationPoints[0]).toEqual({ id: 'Medici', splits: 2 });
    expect(r.bridges).toEqual([
      { source: 'Acciaiuoli', target: 'Medici' },
      { source: 'Albizzi', target: 'Ginori' },
      { source: 'Guadagni', target: 'Lamberteschi' },
      { source: 'Medici', target: 'Salviati' },
      { source: 'Pazzi', target: 'Salviati' },
    ]);
  });
  it('does not overflow the stack on a path of 200,000 nodes', () => {
    const n = 200_000;
    const offsets = new Int32Array(n + 1);
    const targets = new Int32Array(2 * (n - 1));
    let w = 0;
    for (let i = 0; i < n; i++) {
      if (i > 0) targets[w++] = i - 1;
      if (i < n - 1) targets[w++] = i + 1;
      offsets[i + 1] = w;
    }
    const keys = Array.from({ length: n }, (_, i) => String(i));
    const csr: Csr = {
      n,
      m: n - 1,
      directed: false,
      keys,
      index: new Map(keys.map((k, i) => [k, i])),
      offsets,
      targets,
      weights: null,
      inOffsets: offsets,
      inSources: targets,
      inWeights: null,
      weightAttribute: null,
      selfLoops: 0,
      parallelCollapsed: 0,
    };
    const r = singlePointsOfFailure(csr);
    expect(r.articulationPoints).toHaveLength(199_998);
    expect(r.bridges).toHaveLength(199_999);
  });
  it('finds the same articulation points in a graph and in its Csr', () => {
    const g = florentine16();
    expect(singlePointsOfFailure(toCsr(g))).toEqual(singlePointsOfFailure(g));
  });
});

describe('louvain on other graphs', () => {
  it('uses edge weights when asked and stays deterministic', () => {
    const g = karate();
    const w = louvain(g, { seed: 5, weighted: true });
    expect(w.modularity).toBeCloseTo(modularity(g, w.communities, { weighted: true }), 12);
    expect(louvain(g, { seed: 5, weighted: true }).communities).toEqual(w.communities);
    expect(w.convention).toMatch(/weighted by 'weight'/);
  });
  it('falls back to graphology-communities-louvain for a directed graph', () => {
    const g = new DirectedGraph();
    for (const [s, t] of [
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'a'],
      ['d', 'e'],
      ['e', 'f'],
      ['f', 'd'],
      ['c', 'd'],
    ] as const)
      g.mergeEdge(s, t);
    const r = louvain(g, { seed: 1 });
    expect(r.count).toBe(2);
    expect(r.communities.a).toBe(r.communities.b);
    expect(r.communities.a).not.toBe(r.communities.e);
  });
  it('puts every node of an edgeless graph in one community', () => {
    const g = new UndirectedGraph();
    g.addNode('x');
    g.addNode('y');
    expect(louvain(g)).toMatchObject({ count: 1, modularity: 0 });
  });
});
