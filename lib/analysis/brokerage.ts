import { asCsr, byKey, toCsr, type AnyGraph, type GraphInput } from './csr';
import { AnalysisInputError } from './errors';
import { GROUP_DEFAULTS, groupingOf } from './groups';

export const BROKERAGE_ROLES = [
  'coordinator',
  'itinerant',
  'representative',
  'gatekeeper',
  'liaison',
] as const;
export type BrokerageRole = (typeof BROKERAGE_ROLES)[number];
export type BrokerageCounts = Record<BrokerageRole, number> & { total: number };

export interface BrokerageResult {
  attribute: string;
  roles: Record<string, BrokerageCounts>;
  convention: string;
}

/**
 * Gould & Fernandez (1989) brokerage roles. For every open two-path u → b → v (no tie u → v) the
 * broker b is counted as:
 *   coordinator     u, b, v all in one group          (wI)
 *   itinerant       u and v in one group, b outside   (wO; "consultant")
 *   representative  b in u's group, v outside         (bIO: b speaks for its group)
 *   gatekeeper      b in v's group, u outside         (bOI: b lets outsiders in)
 *   liaison         u, b, v in three groups           (bO)
 * Undirected graphs: every tie is read as reciprocal, so each open pair {u, v} around b is two
 * two-paths (u→b→v and v→b→u). Coordinator, itinerant and liaison counts are therefore twice the
 * number of open pairs, and representative equals gatekeeper. Nodes without a group are skipped;
 * multi-valued groups are refused (roles need one group per node).
 */
export function brokerage(graph: AnyGraph, options: Partial<typeof GROUP_DEFAULTS> = {}): BrokerageResult {
  const { attribute } = { ...GROUP_DEFAULTS, ...options };
  const csr = toCsr(graph);
  const grouping = groupingOf(graph, csr, attribute, 'brokerage');
  if (grouping.multi)
    throw new AnalysisInputError(
      'brokerage',
      `one value of '${attribute}' per node (brokerage roles need a partition)`,
      'a multi-valued attribute',
    );
  const n = csr.n;
  const group = new Int32Array(n).fill(-1);
  for (let v = 0; v < n; v++)
    if (grouping.offsets[v + 1]! > grouping.offsets[v]!) group[v] = grouping.groupIds[grouping.offsets[v]!]!;
  const counts = new Float64Array(n * 5);
  const mark = new Int32Array(n).fill(-1);
  let stamp = 0;
  for (let b = 0; b < n; b++) {
    const gb = group[b]!;
    if (gb < 0) continue;
    for (let p = csr.inOffsets[b]!; p < csr.inOffsets[b + 1]!; p++) {
      const u = csr.inSources[p]!;
      const gu = group[u]!;
      if (gu < 0) continue;
      stamp++;
      for (let q = csr.offsets[u]!; q < csr.offsets[u + 1]!; q++) mark[csr.targets[q]!] = stamp;
      for (let q = csr.offsets[b]!; q < csr.offsets[b + 1]!; q++) {
        const v = csr.targets[q]!;
        if (v === u || mark[v] === stamp) continue;
        const gv = group[v]!;
        if (gv < 0) continue;
        let role: number;
        if (gu === gb && gb === gv) role = 0;
        else if (gu === gv) role = 1;
        else if (gu === gb) role = 2;
        else if (gb === gv) role = 3;
        else role = 4;
        counts[b * 5 + role]!++;
      }
    }
  }
  const roles: Record<string, BrokerageCounts> = {};
  for (let v = 0; v < n; v++) {
    const c = (r: number) => counts[v * 5 + r]!;
    roles[csr.keys[v]!] = {
      coordinator: c(0),
      itinerant: c(1),
      representative: c(2),
      gatekeeper: c(3),
      liaison: c(4),
      total: c(0) + c(1) + c(2) + c(3) + c(4),
    };
  }
  return {
    attribute,
    roles,
    convention: `Gould & Fernandez on '${attribute}'${csr.directed ? '' : '; undirected ties read as reciprocal (each open pair counts as two two-paths)'}`,
  };
}

/**
 * Burt's constraint as networkx: c(v) = Σ_j (p_vj + Σ_q p_vq·p_qj)², p_ij = mutual weight of i–j over
 * the sum of i's mutual weights (a directed graph's arcs both ways add up). Isolates: null (networkx NaN).
 */
export function constraint(
  input: GraphInput,
  options: { weighted?: boolean | string } = {},
): { values: Record<string, number | null>; convention: string } {
  const csr = asCsr(input, { weighted: options.weighted ?? false, mode: 'undirected' }, 'constraint');
  const { n, offsets, targets, weights } = csr;
  const strength = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    let s = 0;
    for (let p = offsets[v]!; p < offsets[v + 1]!; p++) s += weights === null ? 1 : weights[p]!;
    strength[v] = s;
  }
  const slot = new Int32Array(n).fill(-1);
  const acc = new Float64Array(n);
  const out: (number | null)[] = new Array(n);
  for (let v = 0; v < n; v++) {
    const start = offsets[v]!;
    const end = offsets[v + 1]!;
    if (start === end) {
      out[v] = null;
      continue;
    }
    for (let p = start; p < end; p++) {
      slot[targets[p]!] = p;
      acc[p - start] = (weights === null ? 1 : weights[p]!) / strength[v]!;
    }
    for (let p = start; p < end; p++) {
      const q = targets[p]!;
      const pvq = (weights === null ? 1 : weights[p]!) / strength[v]!;
      for (let r = offsets[q]!; r < offsets[q + 1]!; r++) {
        const j = targets[r]!;
        const at = slot[j]!;
        if (at >= start && at < end && j !== v)
          acc[at - start]! += (pvq * (weights === null ? 1 : weights[r]!)) / strength[q]!;
      }
    }
    let c = 0;
    for (let p = start; p < end; p++) {
      c += acc[p - start]! ** 2;
      slot[targets[p]!] = -1;
    }
    out[v] = c;
  }
  return {
    values: byKey(csr, out),
    convention: 'Burt constraint (networkx): Σ_j (p_ij + Σ_q p_iq p_qj)², isolates null',
  };
}
