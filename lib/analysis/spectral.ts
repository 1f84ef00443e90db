import { asCsr, byKey, type Csr, type GraphInput } from './csr';
import { assertNumberInRange, assertPositiveInteger } from './errors';

export const EIGENVECTOR_DEFAULTS = { weighted: false as boolean | string, maxIter: 100, tol: 1e-6 };
export const PAGERANK_DEFAULTS = {
  weighted: false as boolean | string,
  alpha: 0.85,
  maxIter: 100,
  tol: 1e-6,
};

export interface IterativeResult {
  values: Record<string, number>;
  converged: boolean;
  iterations: number;
  convention: string;
}

/**
 * Eigenvector centrality as networkx: power iteration on (A + I) from a uniform start, L2-normalised,
 * stopping when Σ|x − x_prev| < n·tol; a directed graph uses in-edges. Not converging within maxIter
 * is reported (`converged: false`) instead of thrown, so a dashboard can still show the rest.
 */
export function eigenvector(
  input: GraphInput,
  options: Partial<typeof EIGENVECTOR_DEFAULTS> = {},
): IterativeResult {
  const opts = { ...EIGENVECTOR_DEFAULTS, ...options };
  assertPositiveInteger('eigenvector', 'maxIter', opts.maxIter);
  assertNumberInRange('eigenvector', 'tol', opts.tol, Number.MIN_VALUE, 1);
  const csr = asCsr(input, { weighted: opts.weighted }, 'eigenvector');
  const r = eigenvectorArray(csr, opts);
  return {
    values: byKey(csr, r.values),
    converged: r.converged,
    iterations: r.iterations,
    convention: 'networkx eigenvector_centrality: power iteration on A + I, L2-normalised, tol n·1e-6',
  };
}

export function eigenvectorArray(
  csr: Csr,
  options: Partial<typeof EIGENVECTOR_DEFAULTS> = {},
): { values: Float64Array; converged: boolean; iterations: number } {
  const { maxIter, tol } = { ...EIGENVECTOR_DEFAULTS, ...options };
  const { n, inOffsets, inSources, inWeights } = csr;
  let x = new Float64Array(n).fill(n === 0 ? 0 : 1 / n);
  let next = new Float64Array(n);
  for (let it = 1; it <= maxIter; it++) {
    let norm = 0;
    for (let v = 0; v < n; v++) {
      let s = x[v]!;
      if (inWeights === null)
        for (let p = inOffsets[v]!, end = inOffsets[v + 1]!; p < end; p++) s += x[inSources[p]!]!;
      else
        for (let p = inOffsets[v]!, end = inOffsets[v + 1]!; p < end; p++)
          s += x[inSources[p]!]! * inWeights[p]!;
      next[v] = s;
      norm += s * s;
    }
    norm = Math.sqrt(norm) || 1;
    let err = 0;
    for (let v = 0; v < n; v++) {
      const value = next[v]! / norm;
      next[v] = value;
      err += Math.abs(value - x[v]!);
    }
    [x, next] = [next, x];
    if (err < n * tol) return { values: x, converged: true, iterations: it };
  }
  return { values: x, converged: false, iterations: maxIter };
}

/**
 * PageRank as networkx: damping alpha, uniform teleport, a dangling node's rank spread uniformly,
 * stopping when Σ|x − x_prev| < n·tol. Undirected ties count in both directions. Unweighted unless
 * asked (networkx reads `weight` by default; here that is opt-in).
 */
export function pagerank(
  input: GraphInput,
  options: Partial<typeof PAGERANK_DEFAULTS> = {},
): IterativeResult {
  const opts = { ...PAGERANK_DEFAULTS, ...options };
  assertNumberInRange('pagerank', 'alpha', opts.alpha, 0, 1, true);
  assertPositiveInteger('pagerank', 'maxIter', opts.maxIter);
  assertNumberInRange('pagerank', 'tol', opts.tol, Number.MIN_VALUE, 1);
  const csr = asCsr(input, { weighted: opts.weighted }, 'pagerank');
  const r = pagerankArray(csr, opts);
  return {
    values: byKey(csr, r.values),
    converged: r.converged,
    iterations: r.iterations,
    convention: `networkx pagerank: alpha ${opts.alpha}, uniform teleport and dangling distribution, tol n·${opts.tol}`,
  };
}

export function pagerankArray(
  csr: Csr,
  options: Partial<typeof PAGERANK_DEFAULTS> = {},
): { values: Float64Array; converged: boolean; iterations: number } {
  const { alpha, maxIter, tol } = { ...PAGERANK_DEFAULTS, ...options };
  const { n, offsets, weights, inOffsets, inSources, inWeights } = csr;
  const inverseStrength = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    let s = 0;
    if (weights === null) s = offsets[u + 1]! - offsets[u]!;
    else for (let p = offsets[u]!; p < offsets[u + 1]!; p++) s += weights[p]!;
    inverseStrength[u] = s > 0 ? 1 / s : 0;
  }
  let x = new Float64Array(n).fill(n === 0 ? 0 : 1 / n);
  let next = new Float64Array(n);
  const share = new Float64Array(n);
  for (let it = 1; it <= maxIter; it++) {
    let dangling = 0;
    for (let u = 0; u < n; u++) {
      if (inverseStrength[u] === 0) dangling += x[u]!;
      share[u] = x[u]! * inverseStrength[u]!;
    }
    const base = (alpha * dangling + 1 - alpha) / n;
    let err = 0;
    for (let v = 0; v < n; v++) {
      let s = 0;
      if (inWeights === null)
        for (let p = inOffsets[v]!, end = inOffsets[v + 1]!; p < end; p++) s += share[inSources[p]!]!;
      else
        for (let p = inOffsets[v]!, end = inOffsets[v + 1]!; p < end; p++)
          s += share[inSources[p]!]! * inWeights[p]!;
      const value = alpha * s + base;
      next[v] = value;
      err += Math.abs(value - x[v]!);
    }
    [x, next] = [next, x];
    if (err < n * tol) return { values: x, converged: true, iterations: it };
  }
  return { values: x, converged: false, iterations: maxIter };
}
