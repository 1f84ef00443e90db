import type { Csr } from './csr';
import type { Rng } from './random';

/**
 * Louvain (Blondel et al. 2008) on an undirected Csr, written for typed arrays: local moving from a
 * seeded random order (queue-based, see moveNodes) until no node moves, then aggregation of communities into nodes, repeated
 * until a level changes nothing. Returns the community number of every node of `csr`.
 * Gain of moving node i into community C: w(i, C) − γ·tot(C)·k_i / 2m; ties keep the node where it is.
 */
export function louvainCsr(csr: Csr, resolution: number, rng: Rng, maxVisitsPerNode = 64): Int32Array {
  const membership = new Int32Array(csr.n);
  for (let i = 0; i < csr.n; i++) membership[i] = i;
  let n = csr.n;
  let offsets = csr.offsets;
  let targets = csr.targets;
  let weights: Float64Array = csr.weights ?? new Float64Array(targets.length).fill(1);
  let loops = new Float64Array(n);
  for (;;) {
    const k = new Float64Array(n);
    let m2 = 0;
    for (let i = 0; i < n; i++) {
      let s = 2 * loops[i]!;
      for (let p = offsets[i]!; p < offsets[i + 1]!; p++) s += weights[p]!;
      k[i] = s;
      m2 += s;
    }
    if (m2 === 0) break;
    const comm = new Int32Array(n);
    for (let i = 0; i < n; i++) comm[i] = i;
    const tot = k.slice();
    const order = new Int32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      const t = order[i]!;
      order[i] = order[j]!;
      order[j] = t;
    }
    const movedAny = moveNodes(
      n,
      offsets,
      targets,
      weights,
      k,
      m2,
      comm,
      tot,
      order,
      resolution,
      maxVisitsPerNode * n,
    );
    if (!movedAny) break;
    // Renumber communities 0..C−1 and fold them into the membership of the original nodes.
    const renumber = new Int32Array(n).fill(-1);
    let communities = 0;
    for (let i = 0; i < n; i++) if (renumber[comm[i]!] === -1) renumber[comm[i]!] = communities++;
    for (let i = 0; i < n; i++) comm[i] = renumber[comm[i]!]!;
    for (let v = 0; v < csr.n; v++) membership[v] = comm[membership[v]!]!;
    if (communities === n) break;
    const next = aggregate(n, communities, comm, offsets, targets, weights, loops);
    n = communities;
    offsets = next.offsets;
    targets = next.targets;
    weights = next.weights;
    loops = next.loops;
  }
  return membership;
}

function aggregate(
  n: number,
  count: number,
  comm: Int32Array,
  offsets: Int32Array,
  targets: Int32Array,
  weights: Float64Array,
  loops: Float64Array,
) {
  const start = new Int32Array(count + 1);
  for (let i = 0; i < n; i++) start[comm[i]! + 1]!++;
  for (let c = 0; c < count; c++) start[c + 1]! += start[c]!;
  const members = new Int32Array(n);
  const cursor = start.slice(0, count);
  for (let i = 0; i < n; i++) members[cursor[comm[i]!]!++] = i;
  const newLoops = new Float64Array(count);
  const newOffsets = new Int32Array(count + 1);
  const newTargets: number[] = [];
  const newWeights: number[] = [];
  const slot = new Int32Array(count).fill(-1);
  for (let c = 0; c < count; c++) {
    const rowStart = newTargets.length;
    for (let q = start[c]!; q < start[c + 1]!; q++) {
      const i = members[q]!;
      newLoops[c]! += loops[i]!;
      for (let p = offsets[i]!; p < offsets[i + 1]!; p++) {
        const d = comm[targets[p]!]!;
        if (d === c) {
          newLoops[c]! += weights[p]! / 2; // an internal tie is seen from both ends
          continue;
        }
        const at = slot[d]!;
        if (at >= rowStart) newWeights[at]! += weights[p]!;
        else {
          slot[d] = newTargets.length;
          newTargets.push(d);
          newWeights.push(weights[p]!);
        }
      }
    }
    newOffsets[c + 1] = newTargets.length;
  }
  return {
    offsets: newOffsets,
    targets: Int32Array.from(newTargets),
    weights: Float64Array.from(newWeights),
    loops: newLoops,
  };
}

/**
 * Local moving with a queue (the "fast local move" of Traag et al. 2019): every node is visited
 * once in `order`; a node that moves puts its neighbours outside its new community back in the
 * queue. Stops when the queue is empty (no move improves modularity by more than 1e-12).
 */
function moveNodes(
  n: number,
  offsets: Int32Array,
  targets: Int32Array,
  weights: Float64Array,
  k: Float64Array,
  m2: number,
  comm: Int32Array,
  tot: Float64Array,
  order: Int32Array,
  resolution: number,
  maxVisits: number,
): boolean {
  const weightTo = new Float64Array(n);
  const mark = new Int32Array(n).fill(-1);
  const touched = new Int32Array(n);
  const queue = Int32Array.from(order);
  const queued = new Uint8Array(n).fill(1);
  let head = 0;
  let size = n;
  let movedAny = false;
  for (let visit = 0; size > 0 && visit < maxVisits; visit++) {
    const i = queue[head]!;
    head = head + 1 === n ? 0 : head + 1;
    size--;
    queued[i] = 0;
    const ci = comm[i]!;
    const ki = k[i]!;
    let count = 0;
    for (let p = offsets[i]!, end = offsets[i + 1]!; p < end; p++) {
      const j = targets[p]!;
      if (j === i) continue;
      const c = comm[j]!;
      if (mark[c] !== visit) {
        mark[c] = visit;
        weightTo[c] = 0;
        touched[count++] = c;
      }
      weightTo[c]! += weights[p]!;
    }
    tot[ci]! -= ki;
    const scale = (resolution * ki) / m2;
    let best = ci;
    let bestGain = (mark[ci] === visit ? weightTo[ci]! : 0) - tot[ci]! * scale;
    for (let t = 0; t < count; t++) {
      const c = touched[t]!;
      const gain = weightTo[c]! - tot[c]! * scale;
      if (gain > bestGain + 1e-12) {
        bestGain = gain;
        best = c;
      }
    }
    tot[best]! += ki;
    if (best === ci) continue;
    comm[i] = best;
    movedAny = true;
    for (let p = offsets[i]!, end = offsets[i + 1]!; p < end; p++) {
      const j = targets[p]!;
      if (queued[j] === 1 || comm[j] === best) continue;
      queued[j] = 1;
      queue[(head + size) % n] = j;
      size++;
    }
  }
  return movedAny;
}
