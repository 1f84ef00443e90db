import { asCsr, type Csr, type GraphInput } from './csr';
import { AnalysisInputError } from './errors';
import { mulberry32, randomInt } from './random';
import { bfsInto, undirectedRows } from './traverse';

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
  if (size <= 1) return { diameter: 0, method: opts.method, searches: 0, componentSize: size, upperBound: 0, exact: true };
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
    return { diameter: best, method: 'sweep', searches, componentSize: size, upperBound: 2 * best, exact: false };
  }
  return boundingDiameter(members, offsets, targets, dist, order, csr.n, opts.maxSearches ?? Infinity);
}

function boundingDiameter(
  members: Int32Array,
  offsets: Int32Array,
  targets: Int32Array,
  dist: Int32Array,
  order: Int32Array,
  n: number,
  budget: number,
): DiameterResult {
  const size = members.length;
  const lower = new Int32Array(n);
  const upper = new Int32Array(n).fill(0x7fffffff);
  let candidates = members.slice();
  let count = size;
  let lowerBound = 0;
  let upperBound = 0x7fffffff;
  let searches = 0;
  let pickHigh = false;
  // Start from a node of highest degree: its eccentricity bounds are usually tight.
  let v = members[0]!;
  for (let i = 0; i < size; i++) {
    const u = members[i]!;
    if (offsets[u + 1]! - offsets[u]! > offsets[v + 1]! - offsets[v]!) v = u;
  }
  while (lowerBound < upperBound && count > 0 && searches < budget) {
    const reached = bfsInto(offsets, targets, v, dist, order);
    searches++;
    const ecc = dist[order[reached - 1]!]!;
    lowerBound = Math.max(lowerBound, ecc);
    let newUpper = 0;
    let kept = 0;
    for (let i = 0; i < count; i++) {
      const w = candidates[i]!;
      const d = dist[w]!;
      const lo = Math.max(lower[w]!, d, ecc - d);
      const hi = Math.min(upper[w]!, ecc + d);
      lower[w] = lo;
      upper[w] = hi;
      if (hi > newUpper) newUpper = hi;
      if (lo > lowerBound) lowerBound = lo;
    }
    upperBound = Math.min(upperBound, newUpper);
    for (let i = 0; i < count; i++) {
      const w = candidates[i]!;
      const lo = lower[w]!;
      const hi = upper[w]!;
      const settled = lo === hi || (hi <= lowerBound && 2 * lo >= upperBound);
      if (!settled && w !== v) candidates[kept++] = w;
    }
    count = kept;
    for (let i = 0; i < reached; i++) dist[order[i]!] = -1;
    if (count === 0) break;
    // Alternate between the node with the largest upper bound and the one with the smallest lower bound.
    let pick = candidates[0]!;
    for (let i = 1; i < count; i++) {
      const w = candidates[i]!;
      if (
        pickHigh
          ? upper[w]! > upper[pick]! || (upper[w] === upper[pick] && lower[w]! < lower[pick]!)
          : lower[w]! < lower[pick]!
      )
        pick = w;
    }
    pickHigh = !pickHigh;
    v = pick;
    candidates = candidates.subarray(0, count);
  }
  const exact = lowerBound >= upperBound || count === 0;
  return { diameter: lowerBound, method: 'exact', searches, componentSize: size, upperBound: exact ? lowerBound : upperBound, exact };
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
