import type { AbstractGraph } from 'graphology-types';
import { AnalysisInputError } from './errors';

/**
 * Compressed sparse rows: the adjacency of a graphology graph as typed arrays, built once and shared
 * by every heavy measure. Node i has out-neighbours targets[offsets[i] .. offsets[i+1]).
 *
 * Conventions (stated again in `conventions` of every result):
 * - A graph with both directed and undirected edges is refused; a `mixed` graph that holds only one
 *   kind is read as that kind (graphology's plain `Graph` is mixed, which would otherwise count
 *   every undirected edge twice in density and betweenness).
 * - Parallel edges (multi graphs, or a→b and b→a read as undirected) collapse into one tie whose
 *   weight is the sum of theirs.
 * - Self-loops are dropped (counted in `selfLoops`).
 * - Weights are read only when asked (`weighted: true` reads `weight`, a string names the
 *   attribute); a missing weight counts as 1; anything but a positive finite number is refused.
 */
export interface Csr {
  readonly n: number;
  /** Ties after collapsing: unordered pairs when undirected, arcs when directed. */
  readonly m: number;
  readonly directed: boolean;
  readonly keys: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  readonly weights: Float64Array | null;
  /** In-adjacency; the same arrays as the out-adjacency when undirected. */
  readonly inOffsets: Int32Array;
  readonly inSources: Int32Array;
  readonly inWeights: Float64Array | null;
  readonly weightAttribute: string | null;
  readonly selfLoops: number;
  readonly parallelCollapsed: number;
}

export interface CsrOptions {
  /** false (default): every tie counts 1; true: read `weight`; a string: read that attribute. */
  weighted?: boolean | string;
  /** 'auto' (default) follows the graph; 'undirected' reads every edge as an undirected tie. */
  mode?: 'auto' | 'undirected';
}

// graphology-types' AbstractGraph is the common shape of Graph, UndirectedGraph, DirectedGraph, …
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyGraph = AbstractGraph<any, any, any>;
export type GraphInput = AnyGraph | Csr;

const MODULE = 'toCsr';

export function isCsr(input: unknown): input is Csr {
  return typeof input === 'object' && input !== null && (input as Csr).offsets instanceof Int32Array;
}

export function weightAttributeOf(weighted: boolean | string | undefined): string | null {
  if (weighted === undefined || weighted === false) return null;
  if (weighted === true) return 'weight';
  if (typeof weighted === 'string' && weighted.length > 0) return weighted;
  throw new AnalysisInputError(MODULE, 'weighted to be true, false or an attribute name', weighted);
}

/** Use a prepared Csr (checking it carries the weights asked for) or build one from a graph. */
export function asCsr(input: GraphInput, options: CsrOptions = {}, module = MODULE): Csr {
  if (!isCsr(input)) return toCsr(input, options);
  const attr = weightAttributeOf(options.weighted);
  if (options.mode === 'undirected' && input.directed) {
    throw new AnalysisInputError(
      module,
      'an undirected Csr (build it with mode: "undirected")',
      'a directed Csr',
    );
  }
  if (attr === null)
    return input.weights === null
      ? input
      : { ...input, weights: null, inWeights: null, weightAttribute: null };
  if (input.weightAttribute !== attr) {
    throw new AnalysisInputError(
      module,
      `a Csr built with weighted: '${attr}'`,
      input.weightAttribute ?? 'an unweighted Csr',
    );
  }
  return input;
}

export function toCsr(graph: AnyGraph, options: CsrOptions = {}): Csr {
  if (graph === null || typeof graph !== 'object' || typeof graph.forEachEdge !== 'function') {
    throw new AnalysisInputError(MODULE, 'a graphology graph', graph);
  }
  const attr = weightAttributeOf(options.weighted);
  const hasDirected = graph.directedSize > 0;
  const hasUndirected = graph.undirectedSize > 0;
  if (options.mode !== 'undirected' && hasDirected && hasUndirected) {
    throw new AnalysisInputError(
      MODULE,
      'a graph with only directed or only undirected edges (or mode: "undirected")',
      `a mixed graph with ${graph.directedSize} directed and ${graph.undirectedSize} undirected edges`,
    );
  }
  const directed =
    options.mode !== 'undirected' && (graph.type === 'directed' || (graph.type === 'mixed' && hasDirected));
  const keys = graph.nodes();
  const n = keys.length;
  const index = new Map<string, number>();
  for (let i = 0; i < n; i++) index.set(keys[i]!, i);

  const size = graph.size;
  const src = new Int32Array(size);
  const dst = new Int32Array(size);
  const wts = attr === null ? null : new Float64Array(size);
  let count = 0;
  let selfLoops = 0;
  graph.forEachEdge((edge, attributes, source, target) => {
    const s = index.get(source)!;
    const t = index.get(target)!;
    if (s === t) {
      selfLoops++;
      return;
    }
    if (wts !== null) {
      const raw = (attributes as Record<string, unknown>)[attr!];
      const w = raw === undefined || raw === null ? 1 : raw;
      if (typeof w !== 'number' || !Number.isFinite(w) || w <= 0) {
        throw new AnalysisInputError(
          MODULE,
          `edge attribute '${attr}' to be a positive number (edge ${edge})`,
          w,
        );
      }
      wts[count] = w;
    }
    src[count] = s;
    dst[count] = t;
    count++;
  });

  const mayRepeat = graph.multi || (options.mode === 'undirected' && hasDirected);
  const out = buildRows(n, count, src, dst, wts, !directed);
  const merged = mayRepeat ? mergeParallel(out) : { ...out, collapsed: 0 };
  const inRows = directed ? buildRows(n, count, dst, src, wts, false) : null;
  const mergedIn = inRows && mayRepeat ? mergeParallel(inRows) : inRows;
  const entries = merged.offsets[n]!;
  return {
    n,
    m: directed ? entries : entries / 2,
    directed,
    keys,
    index,
    offsets: merged.offsets,
    targets: merged.targets,
    weights: merged.weights,
    inOffsets: mergedIn ? mergedIn.offsets : merged.offsets,
    inSources: mergedIn ? mergedIn.targets : merged.targets,
    inWeights: mergedIn ? mergedIn.weights : merged.weights,
    weightAttribute: attr,
    selfLoops,
    parallelCollapsed: directed ? merged.collapsed : merged.collapsed / 2,
  };
}

interface Rows {
  offsets: Int32Array;
  targets: Int32Array;
  weights: Float64Array | null;
}

function buildRows(
  n: number,
  count: number,
  src: Int32Array,
  dst: Int32Array,
  wts: Float64Array | null,
  both: boolean,
): Rows {
  const offsets = new Int32Array(n + 1);
  for (let e = 0; e < count; e++) {
    offsets[src[e]! + 1]!++;
    if (both) offsets[dst[e]! + 1]!++;
  }
  for (let i = 0; i < n; i++) offsets[i + 1]! += offsets[i]!;
  const total = offsets[n]!;
  const targets = new Int32Array(total);
  const weights = wts === null ? null : new Float64Array(total);
  const cursor = offsets.slice(0, n);
  for (let e = 0; e < count; e++) {
    const s = src[e]!;
    const t = dst[e]!;
    let p = cursor[s]!++;
    targets[p] = t;
    if (weights !== null) weights[p] = wts![e]!;
    if (both) {
      p = cursor[t]!++;
      targets[p] = s;
      if (weights !== null) weights[p] = wts![e]!;
    }
  }
  return { offsets, targets, weights };
}

/** Sum the weights of repeated targets within each row (rows keep first-seen order). */
function mergeParallel(rows: Rows): Rows & { collapsed: number } {
  const { offsets, targets, weights } = rows;
  const n = offsets.length - 1;
  const seenAt = new Int32Array(n).fill(-1);
  const newOffsets = new Int32Array(n + 1);
  const newTargets = new Int32Array(targets.length);
  const newWeights = weights === null ? null : new Float64Array(targets.length);
  let write = 0;
  for (let i = 0; i < n; i++) {
    const rowStart = write;
    for (let p = offsets[i]!; p < offsets[i + 1]!; p++) {
      const t = targets[p]!;
      const at = seenAt[t]!;
      if (at >= rowStart) {
        if (newWeights !== null) newWeights[at]! += weights![p]!;
        continue;
      }
      seenAt[t] = write;
      newTargets[write] = t;
      if (newWeights !== null) newWeights[write] = weights![p]!;
      write++;
    }
    newOffsets[i + 1] = write;
  }
  return {
    offsets: newOffsets,
    targets: newTargets.slice(0, write),
    weights: newWeights === null ? null : newWeights.slice(0, write),
    collapsed: targets.length - write,
  };
}

/** Turn a typed array indexed like csr.keys into a record by node key. */
export function byKey<T>(csr: Csr, values: ArrayLike<T>): Record<string, T> {
  const out: Record<string, T> = {};
  for (let i = 0; i < csr.n; i++) out[csr.keys[i]!] = values[i]!;
  return out;
}
