import { asCsr, byKey, type Csr, type GraphInput } from './csr';
import { AnalysisInputError, assertPositiveInteger } from './errors';
import { mulberry32, sampleIndices } from './random';
import { MinHeap } from './traverse';

export const BETWEENNESS_DEFAULTS = {
  /** false: hop counts; true / attribute name: weighted shortest paths (see weightAs). */
  weighted: false as boolean | string,
  /** 'distance' (networkx): a weight is a length. 'strength': a weight is a tie strength, length = 1/weight. */
  weightAs: 'distance' as 'distance' | 'strength',
  /** Pivot sampling: use this many seeded random sources and scale by n/k (networkx `k`). null = exact. */
  sample: null as number | null,
  seed: 1,
};
export type BetweennessOptions = Partial<typeof BETWEENNESS_DEFAULTS>;

export interface BetweennessResult {
  /** networkx normalized=True: raw / ((n−1)(n−2)) undirected (pairs counted once) and directed. */
  normalized: Record<string, number>;
  /** networkx normalized=False: the number of shortest paths through the node (undirected: each pair once). */
  raw: Record<string, number>;
  sampled: number | null;
  convention: string;
}

/** Brandes betweenness centrality on the CSR (no endpoints, like networkx). */
export function betweenness(input: GraphInput, options: BetweennessOptions = {}): BetweennessResult {
  const opts = { ...BETWEENNESS_DEFAULTS, ...options };
  const csr = asCsr(input, { weighted: opts.weighted }, 'betweenness');
  const { raw, normalized } = betweennessArrays(csr, opts);
  const mode =
    csr.weights === null
      ? 'unweighted shortest paths'
      : `weighted shortest paths (${opts.weightAs === 'strength' ? 'length = 1/weight' : 'length = weight'})`;
  return {
    normalized: byKey(csr, normalized),
    raw: byKey(csr, raw),
    sampled: opts.sample,
    convention: `Brandes, ${mode}, endpoints excluded; normalised by (n−1)(n−2) as networkx${opts.sample === null ? '' : `; estimated from ${opts.sample} seeded pivots (seed ${opts.seed}) scaled by n/k`}`,
  };
}

export function betweennessArrays(
  csr: Csr,
  options: BetweennessOptions = {},
): { raw: Float64Array; normalized: Float64Array } {
  const opts = { ...BETWEENNESS_DEFAULTS, ...options };
  if (opts.weightAs !== 'distance' && opts.weightAs !== 'strength')
    throw new AnalysisInputError('betweenness', "weightAs 'distance' or 'strength'", opts.weightAs);
  const n = csr.n;
  let sources: Int32Array;
  if (opts.sample === null || opts.sample >= n) {
    sources = new Int32Array(n);
    for (let i = 0; i < n; i++) sources[i] = i;
  } else {
    assertPositiveInteger('betweenness', 'sample', opts.sample);
    sources = sampleIndices(mulberry32(opts.seed), n, opts.sample);
  }
  const acc =
    csr.weights === null ? accumulateHops(csr, sources) : accumulateWeighted(csr, sources, opts.weightAs);
  const k = sources.length;
  const scaleSample = k === 0 ? 0 : n / k;
  const raw = new Float64Array(n);
  const normalized = new Float64Array(n);
  const rawScale = (csr.directed ? 1 : 0.5) * scaleSample;
  const normScale = n > 2 ? scaleSample / ((n - 1) * (n - 2)) : 0;
  for (let v = 0; v < n; v++) {
    raw[v] = acc[v]! * rawScale;
    normalized[v] = acc[v]! * normScale;
  }
  return { raw, normalized };
}

function accumulateHops(csr: Csr, sources: Int32Array): Float64Array {
  const { n, offsets, targets } = csr;
  const bc = new Float64Array(n);
  const dist = new Int32Array(n).fill(-1);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const order = new Int32Array(n);
  // The shortest-path DAG of one source, as its edges in BFS order: walking it backwards settles
  // every dependency without scanning (or storing) predecessor lists.
  const dagFrom = new Int32Array(targets.length);
  const dagTo = new Int32Array(targets.length);
  for (let si = 0; si < sources.length; si++) {
    const s = sources[si]!;
    dist[s] = 0;
    sigma[s] = 1;
    order[0] = s;
    let head = 0;
    let tail = 1;
    let edges = 0;
    while (head < tail) {
      const v = order[head++]!;
      const next = dist[v]! + 1;
      const sv = sigma[v]!;
      for (let p = offsets[v]!, end = offsets[v + 1]!; p < end; p++) {
        const w = targets[p]!;
        let dw = dist[w]!;
        if (dw < 0) {
          dw = next;
          dist[w] = dw;
          order[tail++] = w;
        }
        if (dw === next) {
          sigma[w]! += sv;
          dagFrom[edges] = v;
          dagTo[edges] = w;
          edges++;
        }
      }
    }
    for (let e = edges - 1; e >= 0; e--) {
      const v = dagFrom[e]!;
      const w = dagTo[e]!;
      delta[v]! += (sigma[v]! / sigma[w]!) * (1 + delta[w]!);
    }
    for (let i = 1; i < tail; i++) {
      const w = order[i]!;
      bc[w]! += delta[w]!;
    }
    for (let i = 0; i < tail; i++) {
      const v = order[i]!;
      dist[v] = -1;
      sigma[v] = 0;
      delta[v] = 0;
    }
  }
  return bc;
}

function accumulateWeighted(csr: Csr, sources: Int32Array, weightAs: 'distance' | 'strength'): Float64Array {
  const { n, offsets, targets, inOffsets, inSources } = csr;
  const toLength = (w: number) => (weightAs === 'strength' ? 1 / w : w);
  const lengths = Float64Array.from(csr.weights!, toLength);
  const inLengths = csr.directed ? Float64Array.from(csr.inWeights!, toLength) : lengths;
  const bc = new Float64Array(n);
  const dist = new Float64Array(n).fill(Infinity);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const order = new Int32Array(n);
  const settled = new Uint8Array(n);
  const heap = new MinHeap(offsets[n]! + 1);
  for (let si = 0; si < sources.length; si++) {
    const s = sources[si]!;
    dist[s] = 0;
    sigma[s] = 1;
    heap.size = 0;
    heap.push(0, s);
    let count = 0;
    while (heap.size > 0) {
      const v = heap.pop();
      if (settled[v] === 1) continue;
      settled[v] = 1;
      order[count++] = v;
      const dv = dist[v]!;
      const sv = sigma[v]!;
      for (let p = offsets[v]!, end = offsets[v + 1]!; p < end; p++) {
        const w = targets[p]!;
        if (settled[w] === 1) continue;
        const alt = dv + lengths[p]!;
        const dw = dist[w]!;
        if (alt < dw) {
          dist[w] = alt;
          sigma[w] = sv;
          heap.push(alt, w);
        } else if (alt === dw) {
          sigma[w]! += sv;
        }
      }
    }
    for (let i = count - 1; i > 0; i--) {
      const w = order[i]!;
      const coeff = (1 + delta[w]!) / sigma[w]!;
      const dw = dist[w]!;
      for (let p = inOffsets[w]!, end = inOffsets[w + 1]!; p < end; p++) {
        const v = inSources[p]!;
        if (settled[v] === 1 && dist[v]! + inLengths[p]! === dw) delta[v]! += sigma[v]! * coeff;
      }
      bc[w]! += delta[w]!;
    }
    for (let i = 0; i < count; i++) {
      const v = order[i]!;
      dist[v] = Infinity;
      sigma[v] = 0;
      delta[v] = 0;
      settled[v] = 0;
    }
  }
  return bc;
}
