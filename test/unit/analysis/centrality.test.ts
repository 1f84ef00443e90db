import { describe, expect, it } from 'vitest';
import Graph, { DirectedGraph, MultiUndirectedGraph, UndirectedGraph } from 'graphology';
import { betweenness } from '@/lib/analysis/betweenness';
import { closeness } from '@/lib/analysis/closeness';
import { degreeCentrality, nodeMetrics } from '@/lib/analysis/centrality';
import { toCsr } from '@/lib/analysis/csr';
import { mulberry32 } from '@/lib/analysis/random';
import { bfsInto } from '@/lib/analysis/traverse';
import { AnalysisInputError } from '@/lib/analysis/errors';
import { eigenvector, pagerank } from '@/lib/analysis/spectral';
import { diameter, networkMeasures } from '@/lib/analysis/structure';
import { expectClose, florentine15, florentine16, karate, reference } from './helpers';

describe('published figures: Zachary karate club', () => {
  const g = karate();
  it('has 34 nodes, 78 edges and density 0.139037', () => {
    const m = networkMeasures(g);
    expect([m.nodes, m.edges]).toEqual([34, 78]);
    expect(m.density).toBeCloseTo(0.139037, 6);
    expect(m.components).toBe(1);
    expect(m.diameter).toBe(reference.karate.diameter);
  });
  it('gives node 0 normalised betweenness 0.437635', () => {
    expect(betweenness(g).normalized['0']).toBeCloseTo(0.437635, 6);
  });
  it('matches networkx betweenness (raw and normalised), closeness, eigenvector and pagerank for every node', () => {
    const b = betweenness(g);
    expect(expectClose(b.normalized, reference.karate.betweenness, 9)).toEqual([]);
    expect(expectClose(b.raw, reference.karate.betweennessRaw, 9)).toEqual([]);
    expect(expectClose(closeness(g).values, reference.karate.closeness, 9)).toEqual([]);
    expect(expectClose(eigenvector(g).values, reference.karate.eigenvector, 9)).toEqual([]);
    expect(expectClose(pagerank(g).values, reference.karate.pagerank, 9)).toEqual([]);
  });
  it('matches networkx weighted variants (weight read as a length for paths)', () => {
    const w = reference.karate.weighted;
    expect(expectClose(betweenness(g, { weighted: true }).normalized, w.betweenness, 9)).toEqual([]);
    expect(expectClose(closeness(g, { weighted: true }).values, w.closeness, 9)).toEqual([]);
    expect(expectClose(eigenvector(g, { weighted: true }).values, w.eigenvector, 9)).toEqual([]);
    expect(expectClose(pagerank(g, { weighted: true }).values, w.pagerank, 9)).toEqual([]);
  });
  it('does not read weights unless asked', () => {
    expect(pagerank(g).values['0']).not.toBeCloseTo(reference.karate.weighted.pagerank['0'], 4);
  });
});

describe('published figures: Padgett Florentine marriages', () => {
  it('gives the Medici 0.452381 with the isolated Pucci and 0.521978 without', () => {
    expect(betweenness(florentine16()).normalized.Medici).toBeCloseTo(0.452381, 6);
    expect(betweenness(florentine15()).normalized.Medici).toBeCloseTo(0.521978, 6);
  });
  it('applies the Wasserman–Faust correction on the disconnected graph', () => {
    const c = closeness(florentine16()).values;
    expect(expectClose(c, reference.florentine16.closeness, 9)).toEqual([]);
    expect(c.Pucci).toBe(0);
    expect(closeness(florentine16(), { wfImproved: false }).values.Medici).toBeCloseTo(
      reference.florentine15.closeness.Medici,
      9,
    );
  });
  it('matches networkx eigenvector and pagerank with an isolate (dangling node)', () => {
    expect(expectClose(eigenvector(florentine16()).values, reference.florentine16.eigenvector, 8)).toEqual(
      [],
    );
    expect(expectClose(pagerank(florentine16()).values, reference.florentine16.pagerank, 9)).toEqual([]);
  });
  it('counts two components and degree centrality over n−1', () => {
    const m = networkMeasures(florentine16());
    expect(m.componentSizes).toEqual([15, 1]);
    expect(m.isolates).toBe(1);
    expect(degreeCentrality(florentine16()).centrality.Medici).toBeCloseTo(6 / 15, 12);
  });
});

describe('graph kinds', () => {
  it('reads a mixed Graph with only undirected edges as undirected', () => {
    const mixed = new Graph();
    const und = new UndirectedGraph();
    for (const [a, b] of [
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'd'],
    ] as const) {
      mixed.mergeUndirectedEdge(a, b);
      und.mergeEdge(a, b);
    }
    expect(networkMeasures(mixed).density).toBe(networkMeasures(und).density);
    expect(betweenness(mixed).normalized).toEqual(betweenness(und).normalized);
  });
  it('refuses a graph with directed and undirected edges', () => {
    const g = new Graph();
    g.mergeUndirectedEdge('a', 'b');
    g.mergeDirectedEdge('b', 'c');
    expect(() => toCsr(g)).toThrow(AnalysisInputError);
    expect(() => toCsr(g)).toThrow(/toCsr: expected a graph with only directed or only undirected edges/);
  });
  it('collapses parallel edges, summing weights', () => {
    const g = new MultiUndirectedGraph();
    g.addNode('a');
    g.addNode('b');
    g.addEdge('a', 'b', { weight: 2 });
    g.addEdge('b', 'a', { weight: 3 });
    const csr = toCsr(g, { weighted: true });
    expect(csr.m).toBe(1);
    expect(Array.from(csr.weights!)).toEqual([5, 5]);
  });
  it('refuses a negative weight', () => {
    const g = new UndirectedGraph();
    g.mergeEdge('a', 'b', { weight: -1 });
    expect(() => toCsr(g, { weighted: true })).toThrow(/positive number/);
  });
  it('uses directed normalisation and incoming closeness on a directed path', () => {
    const g = new DirectedGraph();
    g.mergeEdge('a', 'b');
    g.mergeEdge('b', 'c');
    expect(betweenness(g).normalized.b).toBeCloseTo(0.5, 12); // 1 path / ((3−1)(3−2))
    const c = closeness(g).values;
    expect(c.a).toBe(0);
    expect(c.c).toBeCloseTo((2 / 3) * (2 / 2), 12);
  });
});

describe('approximations', () => {
  it('pivot betweenness with k = n equals the exact value', () => {
    const g = karate();
    expect(betweenness(g, { sample: 34 }).normalized['0']).toBeCloseTo(0.437635, 6);
  });
  it('sampled diameter is a lower bound and exact diameter matches all-pairs BFS', () => {
    const g = karate();
    expect(diameter(g, { method: 'sweep', sweeps: 2 }).diameter).toBeLessThanOrEqual(5);
    expect(diameter(g).diameter).toBe(5);
  });
  it('nodeMetrics bundles every measure', () => {
    const { metrics } = nodeMetrics(karate());
    expect(metrics['0']!.betweenness).toBeCloseTo(0.437635, 6);
    expect(metrics['33']!.degree).toBe(17);
  });
  it('stops the exact diameter at a search budget with a proven interval', () => {
    const d = diameter(karate(), { maxSearches: 1 });
    expect(d.searches).toBeLessThanOrEqual(1);
    expect(d.diameter).toBeLessThanOrEqual(5);
    expect(d.upperBound).toBeGreaterThanOrEqual(5);
  });
  it('pivot closeness is exact when a component is no larger than the pivots', () => {
    const exact = closeness(florentine16()).values;
    const pivot = closeness(florentine16(), { sample: 15 }).values;
    expect(expectClose(pivot, exact, 12)).toEqual([]);
    expect(() => closeness(karate(), { sample: 4, weighted: true })).toThrow(
      /closeness: expected an undirected, unweighted graph/,
    );
  });
  it('pivot closeness stays within a few percent on the karate club', () => {
    const exact = closeness(karate()).values;
    const pivot = closeness(karate(), { sample: 20, seed: 3 }).values;
    const errors = Object.keys(exact).map((k) => Math.abs(pivot[k]! - exact[k]!) / exact[k]!);
    expect(Math.max(...errors)).toBeLessThan(0.15);
  });
  it('refuses bad options with a message naming the module', () => {
    expect(() => pagerank(karate(), { alpha: 1 })).toThrow(
      'pagerank: expected alpha to be a number in [0, 1), got 1',
    );
    expect(() => betweenness(karate(), { sample: 0 })).toThrow(
      /betweenness: expected sample to be a positive integer/,
    );
    expect(() => toCsr(karate(), { weighted: '' })).toThrow(
      /toCsr: expected weighted to be true, false or an attribute name/,
    );
  });
});

/** A ring of n nodes, each also tied to its second neighbour, plus `chords` seeded random ties. */
function smallWorldGraph(n: number, chords: number): UndirectedGraph {
  const g = new UndirectedGraph();
  for (let i = 0; i < n; i++) g.addNode(String(i));
  for (let i = 0; i < n; i++) {
    g.mergeEdge(String(i), String((i + 1) % n));
    g.mergeEdge(String(i), String((i + 2) % n));
  }
  const rng = mulberry32(9);
  for (let c = 0; c < chords; c++) {
    const a = Math.floor(rng() * n);
    const b = Math.floor(rng() * n);
    if (a !== b) g.mergeEdge(String(a), String(b));
  }
  return g;
}

describe('bit-parallel and plain searches agree', () => {
  it('gives path-graph closeness and diameter exactly (plain BFS branch)', () => {
    const n = 300;
    const g = new UndirectedGraph();
    for (let i = 1; i < n; i++) g.mergeEdge(String(i - 1), String(i));
    const c = closeness(g).values;
    const sum = (i: number) => (i * (i + 1)) / 2 + ((n - 1 - i) * (n - i)) / 2;
    expect(c['0']).toBeCloseTo((n - 1) / sum(0), 12);
    expect(c['150']).toBeCloseTo((n - 1) / sum(150), 12);
    expect(diameter(g)).toMatchObject({ diameter: n - 1, exact: true });
  });
  it('matches plain BFS closeness on a 2,000-node small world (bit-parallel branch)', () => {
    const g = smallWorldGraph(2000, 600);
    const csr = toCsr(g);
    const bitParallel = closeness(csr).values;
    const plain = closeness({ ...csr, directed: true }).values; // in-rows = rows: forces one BFS per node
    expect(expectClose(bitParallel, plain, 12)).toEqual([]);
    expect(expectClose(closeness(csr, { sample: 2000 }).values, plain, 12)).toEqual([]);
    const approx = closeness(csr, { sample: 64 }).values;
    const worst = Math.max(...Object.keys(plain).map((k) => Math.abs(approx[k]! - plain[k]!) / plain[k]!));
    expect(worst).toBeLessThan(0.15); // an estimate from 64 pivots; the bench reports the error at 10,000 nodes
  });
  it('finds the same diameter with 32 sources per pass as with all-pairs BFS', () => {
    const g = smallWorldGraph(1500, 300);
    const csr = toCsr(g);
    let all = 0;
    const dist = new Int32Array(csr.n).fill(-1);
    const order = new Int32Array(csr.n);
    for (let s = 0; s < csr.n; s++) {
      const reached = bfsInto(csr.offsets, csr.targets, s, dist, order);
      all = Math.max(all, dist[order[reached - 1]!]!);
      for (let i = 0; i < reached; i++) dist[order[i]!] = -1;
    }
    expect(diameter(csr)).toMatchObject({ diameter: all, exact: true });
  });
});
