import louvainLib from 'graphology-communities-louvain';
import { asCsr, type AnyGraph, type GraphInput } from './csr';
import { AnalysisInputError, assertNumberInRange } from './errors';
import { louvainCsr } from './louvain-core';
import { mulberry32 } from './random';

export const LOUVAIN_DEFAULTS = { seed: 42, resolution: 1, weighted: false as boolean | string };

export interface CommunityResult {
  /** Community number per node key, numbered 0, 1, … in node order of first appearance. */
  communities: Record<string, number>;
  count: number;
  /** Sizes per community number. */
  sizes: number[];
  modularity: number;
  seed: number;
  resolution: number;
  convention: string;
}

/**
 * Louvain with a seeded mulberry32 RNG, so the same graph and seed always give the same partition:
 * our typed-array implementation for undirected graphs (louvain-core.ts), graphology-communities-louvain
 * for directed ones. Modularity is recomputed by `modularity` (one formula for all).
 */
export function louvain(graph: AnyGraph, options: Partial<typeof LOUVAIN_DEFAULTS> = {}): CommunityResult {
  const opts = { ...LOUVAIN_DEFAULTS, ...options };
  assertNumberInRange('louvain', 'resolution', opts.resolution, Number.MIN_VALUE, 1e6);
  if (!Number.isInteger(opts.seed))
    throw new AnalysisInputError('louvain', 'seed to be an integer', opts.seed);
  const csr = asCsr(graph, { weighted: opts.weighted }, 'louvain');
  const attr = csr.weightAttribute;
  let mapping: Record<string, number> = {};
  if (graph.size > 0 && !csr.directed) {
    const membership = louvainCsr(csr, opts.resolution, mulberry32(opts.seed));
    for (let v = 0; v < csr.n; v++) mapping[csr.keys[v]!] = membership[v]!;
  } else if (graph.size > 0) {
    mapping = louvainLib(graph, {
      rng: mulberry32(opts.seed),
      resolution: opts.resolution,
      getEdgeWeight: attr,
    });
  }
  const renumber = new Map<number, number>();
  const communities: Record<string, number> = {};
  const sizes: number[] = [];
  for (const key of csr.keys) {
    const raw = graph.size > 0 ? mapping[key]! : 0;
    let c = renumber.get(raw);
    if (c === undefined) {
      c = renumber.size;
      renumber.set(raw, c);
      sizes.push(0);
    }
    communities[key] = c;
    sizes[c]!++;
  }
  return {
    communities,
    count: sizes.length,
    sizes,
    modularity: modularity(csr, communities, { resolution: opts.resolution }),
    seed: opts.seed,
    resolution: opts.resolution,
    convention: `Louvain (${csr.directed ? 'graphology-communities-louvain, directed modularity' : 'typed-array implementation (louvain-core.ts)'}), seeded mulberry32(${opts.seed}), resolution ${opts.resolution}${attr ? `, weighted by '${attr}'` : ', unweighted'}`,
  };
}

/**
 * Modularity of any partition (Newman; networkx `modularity`): Σ_c [L_c/m − γ(K_c/2m)²] undirected,
 * Σ_c [L_c/m − γ·K_c^out·K_c^in/m²] directed. Every node must have a community.
 */
export function modularity(
  input: GraphInput,
  partition: Readonly<Record<string, string | number>>,
  options: { resolution?: number; weighted?: boolean | string } = {},
): number {
  const gamma = options.resolution ?? 1;
  const csr = asCsr(
    input,
    { weighted: options.weighted ?? (input as { weightAttribute?: string | null }).weightAttribute ?? false },
    'modularity',
  );
  const label = new Map<string | number, number>();
  const comm = new Int32Array(csr.n);
  for (let v = 0; v < csr.n; v++) {
    const key = csr.keys[v]!;
    const c = partition[key];
    if (c === undefined)
      throw new AnalysisInputError('modularity', `a community for every node (missing '${key}')`);
    let id = label.get(c);
    if (id === undefined) {
      id = label.size;
      label.set(c, id);
    }
    comm[v] = id;
  }
  const k = label.size;
  const internal = new Float64Array(k);
  const outTotals = new Float64Array(k);
  const inTotals = new Float64Array(k);
  let total = 0;
  for (let v = 0; v < csr.n; v++) {
    for (let p = csr.offsets[v]!; p < csr.offsets[v + 1]!; p++) {
      const w = csr.weights === null ? 1 : csr.weights[p]!;
      const t = csr.targets[p]!;
      total += w;
      outTotals[comm[v]!]! += w;
      inTotals[comm[t]!]! += w;
      if (comm[v] === comm[t]) internal[comm[v]!]! += w;
    }
  }
  // Undirected rows hold each tie twice, so `total` is 2m and `internal` is 2L_c there.
  if (total === 0) return 0;
  let q = 0;
  for (let c = 0; c < k; c++)
    q += internal[c]! / total - (gamma * outTotals[c]! * inTotals[c]!) / (total * total);
  return q;
}
