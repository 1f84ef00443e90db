import { asCsr, byKey, type Csr, type GraphInput } from './csr';
import { AnalysisInputError, assertPositiveInteger } from './errors';
import { mulberry32, sampleIndices } from './random';
import { components } from './structure';
import { bfsInto, bitParallelBfs, dijkstraInto, MinHeap, smallWorld } from './traverse';

export const CLOSENESS_DEFAULTS = {
  weighted: false as boolean | string,
  weightAs: 'distance' as 'distance' | 'strength',
  /** Wasserman–Faust correction for disconnected graphs (networkx wf_improved=True). */
  wfImproved: true,
  /** Pivot estimate: BFS from this many seeded pivots per large component (Eppstein & Wang). null = exact. */
  sample: null as number | null,
  seed: 1,
};
export type ClosenessOptions = Partial<typeof CLOSENESS_DEFAULTS>;

export interface ClosenessResult {
  values: Record<string, number>;
  sampled: number | null;
  convention: string;
}

/**
 * Closeness as networkx: (r−1)/Σd over the r nodes that reach the node, times (r−1)/(n−1) with the
 * Wasserman–Faust correction. For a directed graph, distances *to* the node (incoming), as networkx.
 */
export function closeness(input: GraphInput, options: ClosenessOptions = {}): ClosenessResult {
  const opts = { ...CLOSENESS_DEFAULTS, ...options };
  const csr = asCsr(input, { weighted: opts.weighted }, 'closeness');
  const values = closenessArray(csr, opts);
  return {
    values: byKey(csr, values),
    sampled: opts.sample,
    convention: `networkx closeness: (r−1)/Σd${opts.wfImproved ? ' × (r−1)/(n−1) (Wasserman–Faust)' : ''}${csr.directed ? ', incoming distances' : ''}${csr.weights ? `, weighted (${opts.weightAs === 'strength' ? 'length = 1/weight' : 'length = weight'})` : ''}${opts.sample === null ? '' : `; estimated from ${opts.sample} seeded pivots per component (seed ${opts.seed}), exact in components no larger than that`}`,
  };
}

export function closenessArray(csr: Csr, options: ClosenessOptions = {}): Float64Array {
  const opts = { ...CLOSENESS_DEFAULTS, ...options };
  if (opts.weightAs !== 'distance' && opts.weightAs !== 'strength')
    throw new AnalysisInputError('closeness', "weightAs 'distance' or 'strength'", opts.weightAs);
  if (opts.sample !== null) {
    assertPositiveInteger('closeness', 'sample', opts.sample);
    if (csr.directed || csr.weights !== null)
      throw new AnalysisInputError(
        'closeness',
        'an undirected, unweighted graph for the pivot estimate',
        'a directed or weighted graph',
      );
    return pivotCloseness(csr, opts.sample, opts.seed, opts.wfImproved);
  }
  const n = csr.n;
  const out = new Float64Array(n);
  const order = new Int32Array(n);
  const finish = (v: number, reached: number, total: number) => {
    if (total > 0 && n > 1) {
      let c = (reached - 1) / total;
      if (opts.wfImproved) c *= (reached - 1) / (n - 1);
      out[v] = c;
    }
  };
  if (csr.weights === null && !csr.directed && smallWorld(csr.offsets, csr.targets)) {
    // 32 sources per pass (bit-parallel BFS): the same sums of distances, far fewer edge scans.
    const seen = new Int32Array(n);
    const frontier = new Int32Array(n);
    const next = new Int32Array(n);
    const total = new Float64Array(32);
    const reached = new Int32Array(32);
    const batch = new Int32Array(32);
    for (let start = 0; start < n; start += 32) {
      const size = Math.min(32, n - start);
      for (let b = 0; b < size; b++) batch[b] = start + b;
      total.fill(0);
      reached.fill(0);
      bitParallelBfs(
        csr.offsets,
        csr.targets,
        batch.subarray(0, size),
        seen,
        frontier,
        next,
        (_v, bits, level) => {
          let rest = bits;
          while (rest !== 0) {
            const b = 31 - Math.clz32(rest & -rest);
            total[b]! += level;
            reached[b]!++;
            rest &= rest - 1;
          }
        },
      );
      for (let b = 0; b < size; b++) finish(start + b, reached[b]!, total[b]!);
    }
    return out;
  }
  if (csr.weights === null) {
    const dist = new Int32Array(n).fill(-1);
    for (let v = 0; v < n; v++) {
      const reached = bfsInto(csr.inOffsets, csr.inSources, v, dist, order);
      let total = 0;
      for (let i = 0; i < reached; i++) {
        total += dist[order[i]!]!;
        dist[order[i]!] = -1;
      }
      finish(v, reached, total);
    }
    return out;
  }
  const lengths = Float64Array.from(csr.inWeights!, (w) => (opts.weightAs === 'strength' ? 1 / w : w));
  const dist = new Float64Array(n).fill(Infinity);
  const settled = new Uint8Array(n);
  const heap = new MinHeap(csr.inOffsets[n]! + 1);
  for (let v = 0; v < n; v++) {
    const reached = dijkstraInto(csr.inOffsets, csr.inSources, lengths, v, dist, order, settled, heap);
    let total = 0;
    for (let i = 0; i < reached; i++) {
      const u = order[i]!;
      total += dist[u]!;
      dist[u] = Infinity;
      settled[u] = 0;
    }
    finish(v, reached, total);
  }
  return out;
}

function pivotCloseness(csr: Csr, k: number, seed: number, wfImproved: boolean): Float64Array {
  const n = csr.n;
  const comp = components(csr);
  const out = new Float64Array(n);
  const seen = new Int32Array(n);
  const frontier = new Int32Array(n);
  const next = new Int32Array(n);
  const sum = new Float64Array(n);
  const pivotsSeen = new Int32Array(n);
  const rng = mulberry32(seed);
  const parallel = smallWorld(csr.offsets, csr.targets);
  const dist = new Int32Array(n).fill(-1);
  const order = new Int32Array(n);
  const byComp: number[][] = comp.sizes.map(() => []);
  for (let v = 0; v < n; v++) byComp[comp.membership[v]!]!.push(v);
  for (const members of byComp) {
    const size = members.length;
    if (size <= 1) continue;
    const exact = size <= k;
    const picks = exact ? Int32Array.from(members.keys()) : sampleIndices(rng, size, k);
    if (!parallel || size <= 1024) {
      for (let i = 0; i < picks.length; i++) {
        const p = members[picks[i]!]!;
        const reached = bfsInto(csr.offsets, csr.targets, p, dist, order);
        for (let j = 0; j < reached; j++) {
          const u = order[j]!;
          sum[u]! += dist[u]!;
          if (u !== p) pivotsSeen[u]!++;
          dist[u] = -1;
        }
      }
    }
    // 32 pivots per bit-parallel pass: each node adds level × (pivots first reaching it at that level).
    for (let start = 0; parallel && size > 1024 && start < picks.length; start += 32) {
      const batch = Int32Array.from(picks.subarray(start, start + 32), (i) => members[i]!);
      bitParallelBfs(csr.offsets, csr.targets, batch, seen, frontier, next, (v, bits, level) => {
        if (level === 0) return;
        const count = popcount(bits);
        sum[v]! += level * count;
        pivotsSeen[v]! += count;
      });
    }
    for (const v of members) {
      // Σd(v) ≈ (size−1) × mean distance from the pivots other than v; exact when every node is a pivot.
      const seen = pivotsSeen[v]!;
      const total = exact ? sum[v]! : seen === 0 ? 0 : (sum[v]! * (size - 1)) / seen;
      if (total <= 0) continue;
      let c = (size - 1) / total;
      if (wfImproved) c *= (size - 1) / (n - 1);
      out[v] = c;
    }
  }
  return out;
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
