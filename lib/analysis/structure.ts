import { asCsr, type Csr, type GraphInput } from './csr';
import { AnalysisInputError } from './errors';
import { mulberry32, randomInt } from './random';
import { bfsInto, bitParallelBfs, smallWorld, undirectedRows } from './traverse';

export interface Components {
  /** Component number per node index, numbered by decreasing size (0 = largest). */
  membership: Int32Array;
  /** Sizes, largest first. */
  sizes: number[];
}

/** Connected components (weakly connected for a directed graph), numbered largest first. */
export function components(input: GraphInput): Components {
  const csr = asCsr(input);
  const { offsets, targets } = undirectedRows(csr);
  const n = csr.n;
  const raw = new Int32Array(n).fill(-1);
  const dist = new Int32Array(n).fill(-1);
  const order = new Int32Array(n);
  const rawSizes: number[] = [];
  for (let s = 0; s < n; s++) {
    if (raw[s]! >= 0) continue;
    const reached = bfsInto(offsets, targets, s, dist, order);
    for (let i = 0; i < reached; i++) raw[order[i]!] = rawSizes.length;
    rawSizes.push(reached);
  }
  // Renumber largest first; ties keep discovery order so the numbering is deterministic.
  const rank = rawSizes.map((size, c) => ({ size, c })).sort((a, b) => b.size - a.size || a.c - b.c);
  const renumber = new Int32Array(rawSizes.length);
  rank.forEach((r, i) => (renumber[r.c] = i));
  const membership = new Int32Array(n);
  for (let v = 0; v < n; v++) membership[v] = renumber[raw[v]!]!;
  return { membership, sizes: rank.map((r) => r.size) };
}

export const DIAMETER_DEFAULTS = {
  method: 'exact' as 'exact' | 'sweep',
  sweeps: 4,
  seed: 1,
  /** Exact method: stop after this many BFS runs and report the interval [diameter, upperBound]. null = no limit. */
  maxSearches: null as number | null,
};
export interface DiameterResult {
  diameter: number;
  /** 'exact' (bounding eccentricities, Takes & Kosters 2011) or 'sweep' (a lower bound). */
  method: 'exact' | 'sweep';
  /** Breadth-first searches used. */
  searches: number;
  /** Proven upper bound: equals `diameter` when exact; larger when the search budget ran out. */
  upperBound: number;
  /** True when `diameter` is proven to be the diameter. */
  exact: boolean;
  componentSize: number;
}

/**
 * Diameter (hop count, unweighted, undirected skeleton) of the largest component. The exact method
 * bounds every node's eccentricity from a few BFS runs and stops when the bounds meet: same answer
 * as all-pairs BFS, usually with a handful of searches. 'sweep' returns a lower bound from repeated
 * double sweeps (BFS to the farthest node and again), seeded.
 */
export function diameter(input: GraphInput, options: Partial<typeof DIAMETER_DEFAULTS> = {}): DiameterResult {
  const opts = { ...DIAMETER_DEFAULTS, ...options };
  if (opts.method !== 'exact' && opts.method !== 'sweep')
    throw new AnalysisInputError('diameter', "method 'exact' or 'sweep'", opts.method);
  const csr = asCsr(input);
  const { offsets, targets } = undirectedRows(csr);
  const comp = components(csr);
  const size = comp.sizes[0] ?? 0;
  if (size <= 1)
    return { diameter: 0, method: opts.method, searches: 0, componentSize: size, upperBound: 0, exact: true };
  const members = new Int32Array(size);
  let k = 0;
  for (let v = 0; v < csr.n; v++) if (comp.membership[v] === 0) members[k++] = v;
  const dist = new Int32Array(csr.n).fill(-1);
  const order = new Int32Array(csr.n);
  const sweep = (s: number): { ecc: number; far: number } => {
    const reached = bfsInto(offsets, targets, s, dist, order);
    const far = order[reached - 1]!;
    const ecc = dist[far]!;
    return { ecc, far };
  };
  const reset = (reached: number) => {
    for (let i = 0; i < reached; i++) dist[order[i]!] = -1;
  };
  if (opts.method === 'sweep') {
    const rng = mulberry32(opts.seed);
    let best = 0;
    let searches = 0;
    for (let i = 0; i < opts.sweeps; i++) {
      const start = members[randomInt(rng, size)]!;
      const first = sweep(start);
      reset(size);
      const second = sweep(first.far);
      reset(size);
      searches += 2;
      best = Math.max(best, first.ecc, second.ecc);
    }
    return {
      diameter: best,
      method: 'sweep',
      searches,
      componentSize: size,
      upperBound: 2 * best,
      exact: false,
    };
  }
  return boundingDiameter(members, offsets, targets, csr.n, opts.maxSearches ?? Infinity);
}

function boundingDiameter(
  members: Int32Array,
  offsets: Int32Array,
  targets: Int32Array,
  n: number,
  budget: number,
): DiameterResult {
  const size = members.length;
  const lower = new Int32Array(n);
  const upper = new Int32Array(n).fill(0x7fffffff);
  const degree = (u: number) => offsets[u + 1]! - offsets[u]!;
  let candidates = Array.from(members);
  let lowerBound = 0;
  let upperBound = 0x7fffffff;
  let searches = 0;
  // 32 sources per bit-parallel pass on small-world graphs, one plain BFS at a time otherwise.
  const width = smallWorld(offsets, targets) ? 32 : 1;
  const seen = new Int32Array(n);
  const frontier = new Int32Array(n);
  const next = new Int32Array(n);
  const dist = new Int32Array(width * n);
  const single = new Int32Array(n).fill(-1);
  const order = new Int32Array(n);
  const ecc = new Int32Array(32);
  // First batch: the best-connected nodes (their eccentricity bounds are usually tight); later
  // batches alternate between the largest upper and the smallest lower eccentricity bounds.
  let batch = candidates
    .slice()
    .sort((a, b) => degree(b) - degree(a) || a - b)
    .slice(0, Math.min(width, budget));
  while (lowerBound < upperBound && candidates.length > 0 && searches < budget && batch.length > 0) {
    ecc.fill(0);
    if (width === 1) {
      const reached = bfsInto(offsets, targets, batch[0]!, single, order);
      for (let i = 0; i < reached; i++) {
        const v = order[i]!;
        dist[v] = single[v]!;
        single[v] = -1;
      }
      ecc[0] = dist[order[reached - 1]!]!;
    } else {
      bitParallelBfs(offsets, targets, batch, seen, frontier, next, (v, bits, level) => {
        let rest = bits;
        while (rest !== 0) {
          const b = 31 - Math.clz32(rest & -rest);
          dist[b * n + v] = level;
          if (level > ecc[b]!) ecc[b] = level;
          rest &= rest - 1;
        }
      });
    }
    searches += batch.length;
    let newUpper = 0;
    for (const w of candidates) {
      let lo = lower[w]!;
      let hi = upper[w]!;
      for (let b = 0; b < batch.length; b++) {
        const d = dist[b * n + w]!;
        const e = ecc[b]!;
        lo = Math.max(lo, d, e - d);
        hi = Math.min(hi, e + d);
      }
      lower[w] = lo;
      upper[w] = hi;
      if (hi > newUpper) newUpper = hi;
      if (lo > lowerBound) lowerBound = lo;
    }
    upperBound = Math.min(upperBound, newUpper);
    candidates = candidates.filter(
      (w) => !(lower[w] === upper[w] || (upper[w]! <= lowerBound && 2 * lower[w]! >= upperBound)),
    );
    if (candidates.length === 0) break;
    const take = Math.min(width, budget - searches, candidates.length);
    const byUpper = candidates
      .slice()
      .sort((a, b) => upper[b]! - upper[a]! || lower[a]! - lower[b]! || a - b);
    const byLower = candidates.slice().sort((a, b) => lower[a]! - lower[b]! || a - b);
    const picked = new Set<number>();
    for (let i = 0; picked.size < take && i < candidates.length; i++) {
      picked.add(byUpper[i]!);
      if (picked.size < take) picked.add(byLower[i]!);
    }
    batch = [...picked];
  }
  const exact = lowerBound >= upperBound || candidates.length === 0;
  return {
    diameter: lowerBound,
    method: 'exact',
    searches,
    componentSize: size,
    upperBound: exact ? lowerBound : upperBound,
    exact,
  };
}

export interface NetworkMeasures {
  nodes: number;
  edges: number;
  directed: boolean;
  density: number;
  averageDegree: number;
  components: number;
  componentSizes: number[];
  isolates: number;
  largestComponent: number;
  diameter: number;
  diameterMethod: 'exact' | 'sweep';
  /** False when a search budget (options.diameter.maxSearches) stopped the exact method early. */
  diameterExact: boolean;
}

/**
 * Whole-network measures. Density is 2m/(n(n−1)) undirected and m/(n(n−1)) directed (networkx),
 * average degree is 2m/n (in + out for a directed graph), components are weakly connected.
 */
export function networkMeasures(
  input: GraphInput,
  options: { diameter?: Partial<typeof DIAMETER_DEFAULTS> } = {},
): NetworkMeasures {
  const csr: Csr = asCsr(input);
  const { n, m, directed } = csr;
  const comp = components(csr);
  let isolates = 0;
  for (let v = 0; v < n; v++)
    if (csr.offsets[v + 1] === csr.offsets[v] && csr.inOffsets[v + 1] === csr.inOffsets[v]) isolates++;
  const d = diameter(csr, options.diameter);
  return {
    nodes: n,
    edges: m,
    directed,
    density: n < 2 ? 0 : (directed ? m : 2 * m) / (n * (n - 1)),
    averageDegree: n === 0 ? 0 : (2 * m) / n,
    components: comp.sizes.length,
    componentSizes: comp.sizes,
    isolates,
    largestComponent: comp.sizes[0] ?? 0,
    diameter: d.diameter,
    diameterMethod: d.method,
    diameterExact: d.exact,
  };
}
