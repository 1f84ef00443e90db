import { asCsr, type GraphInput } from './csr';
import { undirectedRows } from './traverse';

export interface SinglePointsOfFailure {
  /** Nodes whose removal disconnects their component; `splits` = how many extra components appear. */
  articulationPoints: Array<{ id: string; splits: number }>;
  /** Ties whose removal disconnects their component (source < target by key). */
  bridges: Array<{ source: string; target: string }>;
}

/** Articulation points and bridges (Tarjan, iterative: no recursion, so no stack overflow on big graphs). */
export function singlePointsOfFailure(input: GraphInput): SinglePointsOfFailure {
  const csr = asCsr(input);
  const { offsets, targets } = undirectedRows(csr);
  const n = csr.n;
  const disc = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const cursor = new Int32Array(n);
  const stack = new Int32Array(n);
  const splits = new Int32Array(n);
  const bridges: Array<[number, number]> = [];
  let time = 0;
  for (let root = 0; root < n; root++) {
    if (disc[root]! >= 0) continue;
    let top = 0;
    stack[0] = root;
    disc[root] = low[root] = time++;
    cursor[root] = offsets[root]!;
    let rootChildren = 0;
    while (top >= 0) {
      const v = stack[top]!;
      const p = cursor[v]!;
      if (p < offsets[v + 1]!) {
        cursor[v] = p + 1;
        const w = targets[p]!;
        if (disc[w]! < 0) {
          parent[w] = v;
          disc[w] = low[w] = time++;
          cursor[w] = offsets[w]!;
          stack[++top] = w;
          if (v === root) rootChildren++;
        } else if (w !== parent[v] && disc[w]! < low[v]!) {
          low[v] = disc[w]!;
        }
        continue;
      }
      top--;
      const u = parent[v]!;
      if (u < 0) continue;
      if (low[v]! < low[u]!) low[u] = low[v]!;
      if (low[v]! > disc[u]!) bridges.push([u, v]);
      if (u !== root && low[v]! >= disc[u]!) splits[u]!++;
    }
    if (rootChildren >= 2) splits[root] = rootChildren - 1;
  }
  const key = (i: number) => csr.keys[i]!;
  const articulationPoints: SinglePointsOfFailure['articulationPoints'] = [];
  for (let v = 0; v < n; v++) if (splits[v]! > 0) articulationPoints.push({ id: key(v), splits: splits[v]! });
  articulationPoints.sort((a, b) => b.splits - a.splits || compare(a.id, b.id));
  const bridgeList = bridges
    .map(([u, v]) =>
      compare(key(u), key(v)) <= 0 ? { source: key(u), target: key(v) } : { source: key(v), target: key(u) },
    )
    .sort((a, b) => compare(a.source, b.source) || compare(a.target, b.target));
  return { articulationPoints, bridges: bridgeList };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
