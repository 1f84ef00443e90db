import { betweennessArrays, type BetweennessOptions } from './betweenness';
import { closenessArray, type ClosenessOptions } from './closeness';
import { asCsr, byKey, type Csr, type GraphInput } from './csr';
import { eigenvectorArray, pagerankArray } from './spectral';

export interface DegreeResult {
  degree: Record<string, number>;
  /** degree / (n − 1), as networkx degree_centrality. */
  centrality: Record<string, number>;
  /** Sum of tie weights, when weighted. */
  strength: Record<string, number> | null;
}

/** Degree (in + out for a directed graph, as networkx G.degree) and degree centrality. */
export function degreeCentrality(
  input: GraphInput,
  options: { weighted?: boolean | string } = {},
): DegreeResult {
  const csr = asCsr(input, options, 'degreeCentrality');
  const { degree, strength } = degreeArrays(csr);
  const scale = csr.n > 1 ? 1 / (csr.n - 1) : 0;
  return {
    degree: byKey(csr, degree),
    centrality: byKey(
      csr,
      Float64Array.from(degree, (d) => d * scale),
    ),
    strength: strength === null ? null : byKey(csr, strength),
  };
}

export function degreeArrays(csr: Csr): { degree: Int32Array; strength: Float64Array | null } {
  const degree = new Int32Array(csr.n);
  const strength = csr.weights === null ? null : new Float64Array(csr.n);
  for (let v = 0; v < csr.n; v++) {
    degree[v] =
      csr.offsets[v + 1]! - csr.offsets[v]! + (csr.directed ? csr.inOffsets[v + 1]! - csr.inOffsets[v]! : 0);
    if (strength !== null) {
      let s = 0;
      for (let p = csr.offsets[v]!; p < csr.offsets[v + 1]!; p++) s += csr.weights![p]!;
      if (csr.directed)
        for (let p = csr.inOffsets[v]!; p < csr.inOffsets[v + 1]!; p++) s += csr.inWeights![p]!;
      strength[v] = s;
    }
  }
  return { degree, strength };
}

export interface NodeMetrics {
  degree: number;
  degreeCentrality: number;
  betweenness: number;
  betweennessRaw: number;
  closeness: number;
  eigenvector: number;
  pagerank: number;
}

export const NODE_METRICS_DEFAULTS = {
  weighted: false as boolean | string,
  /** How path-based measures read a weight. */
  weightAs: 'distance' as 'distance' | 'strength',
  betweennessSample: null as number | null,
  closenessSample: null as number | null,
  seed: 1,
};

/** Every node-level measure in one pass over one Csr, as plain records per node key. */
export function nodeMetrics(
  input: GraphInput,
  options: Partial<typeof NODE_METRICS_DEFAULTS> = {},
): {
  metrics: Record<string, NodeMetrics>;
  converged: { eigenvector: boolean; pagerank: boolean };
} {
  const opts = { ...NODE_METRICS_DEFAULTS, ...options };
  const csr = asCsr(input, { weighted: opts.weighted }, 'nodeMetrics');
  const { degree } = degreeArrays(csr);
  const bOpts: BetweennessOptions = {
    weightAs: opts.weightAs,
    sample: opts.betweennessSample,
    seed: opts.seed,
  };
  const cOpts: ClosenessOptions = { weightAs: opts.weightAs, sample: opts.closenessSample, seed: opts.seed };
  const b = betweennessArrays(csr, bOpts);
  const c = closenessArray(csr, cOpts);
  const e = eigenvectorArray(csr);
  const p = pagerankArray(csr);
  const scale = csr.n > 1 ? 1 / (csr.n - 1) : 0;
  const metrics: Record<string, NodeMetrics> = {};
  for (let v = 0; v < csr.n; v++) {
    metrics[csr.keys[v]!] = {
      degree: degree[v]!,
      degreeCentrality: degree[v]! * scale,
      betweenness: b.normalized[v]!,
      betweennessRaw: b.raw[v]!,
      closeness: c[v]!,
      eigenvector: e.values[v]!,
      pagerank: p.values[v]!,
    };
  }
  return { metrics, converged: { eigenvector: e.converged, pagerank: p.converged } };
}
