import type { Csr } from './csr';

/**
 * Breadth-first search over the rows given (out-rows, or in-rows for "distances to the source").
 * Writes hop distances into `dist` (which must be -1 for unvisited nodes) and the visiting order
 * into `order`; returns how many nodes were reached. The caller resets `dist` for the nodes in
 * `order` afterwards, which keeps a run over many sources at O(reached), not O(n), per source.
 */
export function bfsInto(
  offsets: Int32Array,
  targets: Int32Array,
  source: number,
  dist: Int32Array,
  order: Int32Array,
): number {
  dist[source] = 0;
  order[0] = source;
  let head = 0;
  let tail = 1;
  while (head < tail) {
    const v = order[head++]!;
    const dv = dist[v]! + 1;
    for (let p = offsets[v]!, end = offsets[v + 1]!; p < end; p++) {
      const w = targets[p]!;
      if (dist[w]! < 0) {
        dist[w] = dv;
        order[tail++] = w;
      }
    }
  }
  return tail;
}

/**
 * A binary min-heap of (key, node) on typed arrays with lazy deletion: Dijkstra pushes a node again
 * when its distance improves and skips stale entries when popping.
 */
export class MinHeap {
  private keys: Float64Array;
  private nodes: Int32Array;
  size = 0;
  constructor(capacity: number) {
    this.keys = new Float64Array(Math.max(4, capacity));
    this.nodes = new Int32Array(Math.max(4, capacity));
  }
  push(key: number, node: number): void {
    if (this.size === this.keys.length) this.grow();
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.keys[parent]! <= key) break;
      this.keys[i] = this.keys[parent]!;
      this.nodes[i] = this.nodes[parent]!;
      i = parent;
    }
    this.keys[i] = key;
    this.nodes[i] = node;
  }
  /** Pops the minimum; its key is left in `lastKey`. */
  lastKey = 0;
  pop(): number {
    const top = this.nodes[0]!;
    this.lastKey = this.keys[0]!;
    const last = --this.size;
    const key = this.keys[last]!;
    const node = this.nodes[last]!;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= last) break;
      if (child + 1 < last && this.keys[child + 1]! < this.keys[child]!) child++;
      if (this.keys[child]! >= key) break;
      this.keys[i] = this.keys[child]!;
      this.nodes[i] = this.nodes[child]!;
      i = child;
    }
    this.keys[i] = key;
    this.nodes[i] = node;
    return top;
  }
  private grow(): void {
    const keys = new Float64Array(this.keys.length * 2);
    keys.set(this.keys);
    const nodes = new Int32Array(this.nodes.length * 2);
    nodes.set(this.nodes);
    this.keys = keys;
    this.nodes = nodes;
  }
}

/**
 * Dijkstra from `source` with edge lengths `lengths`; writes distances into `dist` (Infinity for
 * unreached, which the caller restores) and the settling order into `order`. Returns the count.
 */
export function dijkstraInto(
  offsets: Int32Array,
  targets: Int32Array,
  lengths: Float64Array,
  source: number,
  dist: Float64Array,
  order: Int32Array,
  settled: Uint8Array,
  heap: MinHeap,
): number {
  heap.size = 0;
  dist[source] = 0;
  heap.push(0, source);
  let count = 0;
  while (heap.size > 0) {
    const v = heap.pop();
    if (settled[v] === 1) continue;
    settled[v] = 1;
    order[count++] = v;
    const dv = dist[v]!;
    for (let p = offsets[v]!, end = offsets[v + 1]!; p < end; p++) {
      const w = targets[p]!;
      const alt = dv + lengths[p]!;
      if (alt < dist[w]!) {
        dist[w] = alt;
        heap.push(alt, w);
      }
    }
  }
  return count;
}

/** Undirected skeleton of a Csr: for a directed graph, the union of out- and in-rows (deduplicated). */
export function undirectedRows(csr: Csr): { offsets: Int32Array; targets: Int32Array } {
  if (!csr.directed) return { offsets: csr.offsets, targets: csr.targets };
  const n = csr.n;
  const offsets = new Int32Array(n + 1);
  const targets = new Int32Array(csr.targets.length + csr.inSources.length);
  const mark = new Int32Array(n).fill(-1);
  let write = 0;
  for (let v = 0; v < n; v++) {
    for (let p = csr.offsets[v]!; p < csr.offsets[v + 1]!; p++) {
      const w = csr.targets[p]!;
      if (mark[w] !== v) {
        mark[w] = v;
        targets[write++] = w;
      }
    }
    for (let p = csr.inOffsets[v]!; p < csr.inOffsets[v + 1]!; p++) {
      const w = csr.inSources[p]!;
      if (mark[w] !== v) {
        mark[w] = v;
        targets[write++] = w;
      }
    }
    offsets[v + 1] = write;
  }
  return { offsets, targets: targets.slice(0, write) };
}

/**
 * Up to 32 breadth-first searches at once over undirected rows, one bit per source. Each level
 * pulls the frontier bits of every node's neighbours; nodes already reached from all sources are
 * skipped, so late levels cost little. `onReach(node, bits, level)` is called for the nodes first
 * reached at `level` by the sources whose bits are set (level 0: the sources themselves).
 * The work arrays must have length n; they are overwritten.
 */
export function bitParallelBfs(
  offsets: Int32Array,
  targets: Int32Array,
  sources: ArrayLike<number>,
  seen: Int32Array,
  frontier: Int32Array,
  next: Int32Array,
  onReach: (node: number, bits: number, level: number) => void,
): void {
  const n = offsets.length - 1;
  const count = sources.length;
  const full = count >= 32 ? -1 : (1 << count) - 1;
  seen.fill(0);
  frontier.fill(0);
  for (let b = 0; b < count; b++) {
    const s = sources[b]!;
    frontier[s]! |= 1 << b;
    seen[s]! |= 1 << b;
  }
  for (let b = 0; b < count; b++) onReach(sources[b]!, 1 << b, 0);
  let current = frontier;
  let upcoming = next;
  for (let level = 1; ; level++) {
    let any = false;
    for (let v = 0; v < n; v++) {
      const sv = seen[v]!;
      if (sv === full) {
        upcoming[v] = 0;
        continue;
      }
      let acc = 0;
      for (let p = offsets[v]!, end = offsets[v + 1]!; p < end; p++) acc |= current[targets[p]!]!;
      const fresh = acc & ~sv;
      upcoming[v] = fresh;
      if (fresh !== 0) {
        seen[v] = sv | fresh;
        any = true;
        onReach(v, fresh, level);
      }
    }
    if (!any) return;
    const swap = current;
    current = upcoming;
    upcoming = swap;
  }
}

/**
 * Bit-parallel BFS pays (levels + 1) full scans per batch of 32 sources, plain BFS 32 scans: it
 * only wins on small-world graphs. Decide from one BFS out of the best-connected node: its
 * eccentricity e bounds every distance by 2e.
 */
export function smallWorld(offsets: Int32Array, targets: Int32Array, limit = 12): boolean {
  const n = offsets.length - 1;
  if (n === 0) return false;
  let hub = 0;
  for (let v = 1; v < n; v++) if (offsets[v + 1]! - offsets[v]! > offsets[hub + 1]! - offsets[hub]!) hub = v;
  const dist = new Int32Array(n).fill(-1);
  const order = new Int32Array(n);
  const reached = bfsInto(offsets, targets, hub, dist, order);
  return dist[order[reached - 1]!]! <= limit;
}
