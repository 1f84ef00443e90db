// Decodes the compact payload into the nodes and edges of one view, and maps a focus between views.
import type { ExplorerPayload, View } from './payload';

export type NodeType = 'organisatie' | 'persoon' | 'coalitie';

export interface VNode {
  key: string;
  label: string;
  type: NodeType;
  /** Organisation index (for a person: its organisation; for a coalition: -1). */
  org: number;
  person: number;
  coalition: number;
}

export interface VEdge {
  key: string;
  source: string;
  target: string;
  weight: number;
  /** Evidence bitmask, agreement-status bitmask, contact dates; membership edges carry ev = 0. */
  ev: number;
  st: number;
  dates: number[];
  membership: boolean;
}

export interface ViewModel {
  view: View;
  nodes: VNode[];
  edges: VEdge[];
}

const orgNode = (p: ExplorerPayload, i: number): VNode => ({
  key: p.orgs.ids[i]!,
  label: p.orgs.names[i]!,
  type: 'organisatie',
  org: i,
  person: -1,
  coalition: -1,
});
const personNode = (p: ExplorerPayload, i: number): VNode => ({
  key: p.people.ids[i]!,
  label: p.people.names[i]!,
  type: 'persoon',
  org: p.people.org[i] ?? -1,
  person: i,
  coalition: -1,
});
const coalitionNode = (p: ExplorerPayload, i: number): VNode => ({
  key: p.coalitions.ids[i]!,
  label: p.coalitions.names[i]!,
  type: 'coalitie',
  org: -1,
  person: -1,
  coalition: i,
});

function tieEdges(ties: ExplorerPayload['ties'], ids: string[]): VEdge[] {
  const out: VEdge[] = [];
  for (let i = 0; i < ties.a.length; i++) {
    const s = ids[ties.a[i]!];
    const t = ids[ties.b[i]!];
    if (s === undefined || t === undefined || s === t) continue;
    out.push({
      key: `${s}|${t}`,
      source: s,
      target: t,
      weight: ties.w[i] ?? 1,
      ev: ties.ev[i] ?? 0,
      st: ties.st[i] ?? 0,
      dates: ties.dates[i] ?? [],
      membership: false,
    });
  }
  return out;
}

export function viewModel(p: ExplorerPayload, view: View): ViewModel {
  if (view === 'organisaties')
    return { view, nodes: p.orgs.ids.map((_, i) => orgNode(p, i)), edges: tieEdges(p.ties, p.orgs.ids) };
  if (view === 'mensen')
    return {
      view,
      nodes: p.people.ids.map((_, i) => personNode(p, i)),
      edges: tieEdges(p.peopleTies, p.people.ids),
    };
  // Coalitions: a bipartite picture of coalitions with their organisations and member people.
  const nodes: VNode[] = p.coalitions.ids.map((_, i) => coalitionNode(p, i));
  const edges: VEdge[] = [];
  const usedOrgs = new Set<number>();
  const usedPeople = new Set<number>();
  p.coalitions.ids.forEach((cid, c) => {
    for (const o of p.coalitions.orgs[c] ?? []) {
      usedOrgs.add(o);
      edges.push({
        key: `${cid}|${p.orgs.ids[o]}`,
        source: cid,
        target: p.orgs.ids[o]!,
        weight: 1,
        ev: 0,
        st: 0,
        dates: [],
        membership: true,
      });
    }
    for (const m of p.coalitions.members[c] ?? []) {
      usedPeople.add(m);
      edges.push({
        key: `${cid}|${p.people.ids[m]}`,
        source: cid,
        target: p.people.ids[m]!,
        weight: 1,
        ev: 0,
        st: 0,
        dates: [],
        membership: true,
      });
    }
  });
  for (const o of [...usedOrgs].sort((a, b) => a - b)) nodes.push(orgNode(p, o));
  for (const m of [...usedPeople].sort((a, b) => a - b)) nodes.push(personNode(p, m));
  return { view, nodes, edges };
}

/** Which entity a key refers to, whatever the view. */
export function entityOf(p: ExplorerPayload, key: string): { type: NodeType; index: number } | null {
  let i = p.orgs.ids.indexOf(key);
  if (i >= 0) return { type: 'organisatie', index: i };
  i = p.people.ids.indexOf(key);
  if (i >= 0) return { type: 'persoon', index: i };
  i = p.coalitions.ids.indexOf(key);
  if (i >= 0) return { type: 'coalitie', index: i };
  return null;
}

/**
 * Keeps the focus when switching views: an organisation maps to its first person in the people
 * view, a person to its organisation, a coalition to its first organisation. Null when nothing fits.
 */
export function mapFocus(p: ExplorerPayload, key: string | null, to: View): string | null {
  if (!key) return null;
  const e = entityOf(p, key);
  if (!e) return null;
  if (to === 'coalities') {
    if (e.type === 'coalitie') return key;
    const model = viewModel(p, 'coalities');
    if (model.nodes.some((n) => n.key === key)) return key;
    const org = e.type === 'persoon' ? (p.people.org[e.index] ?? -1) : e.index;
    const c = p.coalitions.orgs.findIndex((os) => os.includes(org));
    return c >= 0 ? p.coalitions.ids[c]! : null;
  }
  if (to === 'organisaties') {
    if (e.type === 'organisatie') return key;
    if (e.type === 'persoon') return p.orgs.ids[p.people.org[e.index] ?? -1] ?? null;
    return p.orgs.ids[p.coalitions.orgs[e.index]?.[0] ?? -1] ?? null;
  }
  if (e.type === 'persoon') return key;
  if (e.type === 'organisatie') {
    const i = p.people.org.indexOf(e.index);
    return i >= 0 ? p.people.ids[i]! : null;
  }
  return p.people.ids[p.coalitions.members[e.index]?.[0] ?? -1] ?? null;
}
