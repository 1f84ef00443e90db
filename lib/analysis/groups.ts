import { asCsr, toCsr, type AnyGraph, type Csr } from './csr';
import { AnalysisInputError } from './errors';

/**
 * Node groups read from an attribute (`chain` by default; any attribute such as sectorId,
 * regionCodes or a coalition list). A string or number is one group, an array is several
 * (multi-valued, e.g. regionCodes), null/undefined/'' is none. Stored CSR-style per node index.
 */
export interface Grouping {
  attribute: string;
  /** Group labels, sorted. */
  labels: string[];
  offsets: Int32Array;
  groupIds: Int32Array;
  /** True when some node has more than one group. */
  multi: boolean;
  sizes: number[];
}

export const GROUP_DEFAULTS = { attribute: 'chain' };

export function groupingOf(graph: AnyGraph, csr: Csr, attribute: string, module: string): Grouping {
  if (typeof attribute !== 'string' || attribute.length === 0)
    throw new AnalysisInputError(module, 'attribute to be a node attribute name', attribute);
  const perNode: string[][] = new Array(csr.n);
  const labelSet = new Set<string>();
  for (let v = 0; v < csr.n; v++) {
    const raw = graph.getNodeAttribute(csr.keys[v]!, attribute) as unknown;
    const values = (Array.isArray(raw) ? raw : [raw])
      .filter((x) => x !== null && x !== undefined && x !== '')
      .map(String);
    const unique = values.length > 1 ? [...new Set(values)] : values;
    perNode[v] = unique;
    for (const value of unique) labelSet.add(value);
  }
  const labels = [...labelSet].sort();
  const id = new Map(labels.map((l, i) => [l, i]));
  const offsets = new Int32Array(csr.n + 1);
  for (let v = 0; v < csr.n; v++) offsets[v + 1] = offsets[v]! + perNode[v]!.length;
  const groupIds = new Int32Array(offsets[csr.n]!);
  const sizes = labels.map(() => 0);
  let multi = false;
  for (let v = 0; v < csr.n; v++) {
    const values = perNode[v]!;
    if (values.length > 1) multi = true;
    values.forEach((value, i) => {
      const g = id.get(value)!;
      groupIds[offsets[v]! + i] = g;
      sizes[g]!++;
    });
  }
  return { attribute, labels, offsets, groupIds, multi, sizes };
}

export interface DensityMatrix {
  attribute: string;
  groups: string[];
  sizes: number[];
  directed: boolean;
  /** ties[i][j]: ties between group i and j (directed: from i to j). */
  ties: number[][];
  /** possible[i][j]: pairs that could be tied. */
  possible: number[][];
  /** ties / possible, null when no pair is possible. */
  density: (number | null)[][];
  convention: string;
}

/**
 * Density within and between groups. Undirected: within = ties / (n(n−1)/2), between A and B =
 * ties / |A|·|B|. Directed: within = arcs / n(n−1), A→B = arcs / |A|·|B|. With multi-valued groups a
 * tie counts once per cell it falls in, and a node in both A and B is never paired with itself:
 * possible(A,B) = |A||B| − k − k(k−1)/2 for k = |A∩B| (k(k−1)/2 pairs lie in both orders).
 */
export function groupDensityMatrix(
  graph: AnyGraph,
  options: Partial<typeof GROUP_DEFAULTS> = {},
): DensityMatrix {
  const { attribute } = { ...GROUP_DEFAULTS, ...options };
  const csr = toCsr(graph);
  const grouping = groupingOf(graph, csr, attribute, 'groupDensityMatrix');
  const k = grouping.labels.length;
  const ties = square(k);
  const overlap = square(k);
  const { offsets: go, groupIds } = grouping;
  for (let v = 0; v < csr.n; v++) {
    for (let a = go[v]!; a < go[v + 1]!; a++)
      for (let b = a + 1; b < go[v + 1]!; b++) {
        overlap[groupIds[a]!]![groupIds[b]!]!++;
        overlap[groupIds[b]!]![groupIds[a]!]!++;
      }
  }
  const seen = new Set<number>();
  for (let u = 0; u < csr.n; u++) {
    for (let p = csr.offsets[u]!; p < csr.offsets[u + 1]!; p++) {
      const v = csr.targets[p]!;
      if (!csr.directed && v < u) continue;
      seen.clear();
      for (let a = go[u]!; a < go[u + 1]!; a++) {
        for (let b = go[v]!; b < go[v + 1]!; b++) {
          let i = groupIds[a]!;
          let j = groupIds[b]!;
          if (!csr.directed && j < i) [i, j] = [j, i];
          const cell = i * k + j;
          if (grouping.multi) {
            if (seen.has(cell)) continue;
            seen.add(cell);
          }
          ties[i]![j]!++;
        }
      }
    }
  }
  const possible = square(k);
  const density: (number | null)[][] = [];
  for (let i = 0; i < k; i++) {
    density.push([]);
    for (let j = 0; j < k; j++) {
      const a = grouping.sizes[i]!;
      const b = grouping.sizes[j]!;
      const shared = overlap[i]![j]!;
      let pairs: number;
      if (i === j) pairs = csr.directed ? a * (a - 1) : (a * (a - 1)) / 2;
      else pairs = csr.directed ? a * b - shared : a * b - shared - (shared * (shared - 1)) / 2;
      if (!csr.directed && j < i) {
        ties[i]![j] = ties[j]![i]!;
      }
      possible[i]![j] = pairs;
      density[i]!.push(pairs > 0 ? ties[i]![j]! / pairs : null);
    }
  }
  return {
    attribute,
    groups: grouping.labels,
    sizes: grouping.sizes,
    directed: csr.directed,
    ties,
    possible,
    density,
    convention: csr.directed
      ? 'directed: within arcs/n(n−1), between arcs/|A||B|'
      : 'undirected: within ties/(n(n−1)/2), between ties/|A||B|',
  };
}

export interface CrossDensity {
  a: string;
  b: string;
  ties: number;
  possible: number;
  density: number | null;
}

/** Density between two groups (or within one when a === b); undirected reading for a directed graph gives A→B. */
export function crossGroupDensity(
  graph: AnyGraph,
  a: string,
  b: string,
  options: Partial<typeof GROUP_DEFAULTS> = {},
): CrossDensity {
  const m = groupDensityMatrix(graph, options);
  const i = m.groups.indexOf(String(a));
  const j = m.groups.indexOf(String(b));
  if (i < 0 || j < 0) return { a, b, ties: 0, possible: 0, density: null };
  return { a, b, ties: m.ties[i]![j]!, possible: m.possible[i]![j]!, density: m.density[i]![j]! };
}

export interface EiScore {
  internal: number;
  external: number;
  /** (E − I)/(E + I); null when the group has no ties. −1 all ties inside, +1 all outside. */
  index: number | null;
}

export interface EiResult {
  attribute: string;
  overall: EiScore;
  byGroup: Record<string, EiScore & { size: number }>;
  /** Ties with an endpoint that has no group: left out of every count. */
  ungroupedTies: number;
  convention: string;
}

/**
 * Krackhardt & Stern's E-I index on the undirected skeleton. Per group: I = ties with both ends in the
 * group, E = ties with one end in it. Overall: a tie is internal when its ends share a group. With
 * `weighted`, tie weights are summed instead of counted.
 */
export function eiIndex(
  graph: AnyGraph,
  options: Partial<typeof GROUP_DEFAULTS> & { weighted?: boolean | string } = {},
): EiResult {
  const { attribute } = { ...GROUP_DEFAULTS, ...options };
  const csr = asCsr(graph, { weighted: options.weighted ?? false, mode: 'undirected' }, 'eiIndex');
  const grouping = groupingOf(graph, csr, attribute, 'eiIndex');
  const k = grouping.labels.length;
  const internal = new Float64Array(k);
  const external = new Float64Array(k);
  const { offsets: go, groupIds } = grouping;
  const inU = new Int32Array(k).fill(-1);
  const inV = new Int32Array(k).fill(-1);
  let totalInternal = 0;
  let totalExternal = 0;
  let ungroupedTies = 0;
  let stamp = 0;
  for (let u = 0; u < csr.n; u++) {
    for (let p = csr.offsets[u]!; p < csr.offsets[u + 1]!; p++) {
      const v = csr.targets[p]!;
      if (v < u) continue;
      const w = csr.weights === null ? 1 : csr.weights[p]!;
      if (go[u] === go[u + 1] || go[v] === go[v + 1]) {
        ungroupedTies++;
        continue;
      }
      stamp++;
      for (let a = go[u]!; a < go[u + 1]!; a++) inU[groupIds[a]!] = stamp;
      for (let b = go[v]!; b < go[v + 1]!; b++) inV[groupIds[b]!] = stamp;
      let shared = false;
      for (let a = go[u]!; a < go[u + 1]!; a++) {
        const g = groupIds[a]!;
        if (inV[g] === stamp) {
          internal[g]! += w;
          shared = true;
        } else external[g]! += w;
      }
      for (let b = go[v]!; b < go[v + 1]!; b++) {
        const g = groupIds[b]!;
        if (inU[g] !== stamp) external[g]! += w;
      }
      if (shared) totalInternal += w;
      else totalExternal += w;
    }
  }
  const byGroup: EiResult['byGroup'] = {};
  grouping.labels.forEach((label, g) => {
    byGroup[label] = { size: grouping.sizes[g]!, ...score(internal[g]!, external[g]!) };
  });
  return {
    attribute,
    overall: score(totalInternal, totalExternal),
    byGroup,
    ungroupedTies,
    convention:
      'Krackhardt E-I = (E−I)/(E+I) on undirected ties; overall: internal when the ends share a group; ties touching an ungrouped node left out',
  };
}

function score(internal: number, external: number): EiScore {
  const total = internal + external;
  return { internal, external, index: total === 0 ? null : (external - internal) / total };
}

function square(k: number): number[][] {
  return Array.from({ length: k }, () => new Array<number>(k).fill(0));
}
