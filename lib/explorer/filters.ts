// Which nodes, edges and missing links a filter keeps. Pure: the graph view, the counts, the table
// and the server-side GEXF/GraphML export all use these same predicates.
import { AGREEMENT_STATUSES, CHAINS, PROCESS_CATEGORIES } from '../domain/enums';
import type { VEdge, VNode, ViewModel } from './model';
import { dayNumber, EVIDENCE_TYPES, type ExplorerPayload } from './payload';
import type { Filters } from './state';

export interface FilterIndex {
  p: ExplorerPayload;
  f: Filters;
  /** Organisations by process category they run or depend on through a koppelvlak. */
  orgCats: Array<Set<number>>;
  orgCoalitions: Array<Set<string>>;
  personCoalitions: Array<Set<string>>;
  relMask: number;
  statusMask: number;
  /** The contact date range as day numbers (payload.ts dayNumber), null when open. */
  fromDay: number | null;
  toDay: number | null;
}

export function filterIndex(p: ExplorerPayload, f: Filters): FilterIndex {
  const orgCats = p.orgs.ids.map(() => new Set<number>());
  p.orgs.processes.forEach((ps, o) => ps.forEach((x) => orgCats[o]!.add(p.processes.cat[x] ?? -1)));
  p.koppelvlakken.ids.forEach((_, k) => {
    const c = p.processes.cat[p.koppelvlakken.process[k] ?? -1] ?? -1;
    orgCats[p.koppelvlakken.from[k] ?? -1]?.add(c);
    orgCats[p.koppelvlakken.to[k] ?? -1]?.add(c);
  });
  const orgCoalitions = p.orgs.ids.map(() => new Set<string>());
  const personCoalitions = p.people.ids.map(() => new Set<string>());
  p.coalitions.ids.forEach((cid, c) => {
    for (const o of p.coalitions.orgs[c] ?? []) orgCoalitions[o]?.add(cid);
    for (const m of p.coalitions.members[c] ?? []) personCoalitions[m]?.add(cid);
  });
  const mask = (vals: readonly string[], all: readonly string[]) =>
    vals.reduce((m, v) => m | (1 << all.indexOf(v)), 0);
  return {
    p,
    f,
    orgCats,
    orgCoalitions,
    personCoalitions,
    relMask: mask(f.rel, EVIDENCE_TYPES),
    statusMask: mask(f.status, AGREEMENT_STATUSES),
    fromDay: f.from ? dayNumber(f.from) : null,
    toDay: f.to ? dayNumber(f.to) : null,
  };
}

function orgPasses(ix: FilterIndex, o: number): boolean {
  const { p, f } = ix;
  if (o < 0) return false;
  if (f.chain.length && !f.chain.includes(CHAINS[p.orgs.chain[o] ?? -1]!)) return false;
  if (f.sector.length && !f.sector.includes(p.sectors.ids[p.orgs.sector[o] ?? -1] ?? '')) return false;
  if (f.region.length && !(p.orgs.regions[o] ?? []).some((r) => f.region.includes(p.regions.codes[r]!)))
    return false;
  if (f.cat.length && !f.cat.some((c) => ix.orgCats[o]?.has(PROCESS_CATEGORIES.indexOf(c)))) return false;
  return true;
}

export function nodePasses(ix: FilterIndex, n: VNode): boolean {
  const { f } = ix;
  if (n.type === 'coalitie')
    return !f.coalition.length || f.coalition.includes(ix.p.coalitions.ids[n.coalition]!);
  if (!orgPasses(ix, n.org)) return false;
  if (!f.coalition.length) return true;
  const set = n.type === 'persoon' ? ix.personCoalitions[n.person] : ix.orgCoalitions[n.org];
  return f.coalition.some((c) => set?.has(c));
}

export function edgePasses(ix: FilterIndex, e: VEdge): boolean {
  if (e.membership) return true;
  if (ix.relMask && !(e.ev & ix.relMask)) return false;
  if (ix.statusMask && !(e.st & ix.statusMask)) return false;
  if (ix.fromDay !== null || ix.toDay !== null)
    return e.dates.some(
      (d) => (ix.fromDay === null || d >= ix.fromDay) && (ix.toDay === null || d <= ix.toDay),
    );
  return true;
}

export interface FilteredView {
  nodes: Set<string>;
  edges: Set<string>;
  /**
   * Indices into payload.missing whose two organisations are both visible in this view (in the
   * people view: both have a visible person).
   */
  missing: number[];
}

/** Applies the filters to a view: edges are kept only between visible nodes. */
export function applyFilters(ix: FilterIndex, model: ViewModel): FilteredView {
  const nodes = new Set(model.nodes.filter((n) => nodePasses(ix, n)).map((n) => n.key));
  const edges = new Set(
    model.edges
      .filter((e) => nodes.has(e.source) && nodes.has(e.target) && edgePasses(ix, e))
      .map((e) => e.key),
  );
  const missing: number[] = [];
  const { p } = ix;
  const shown = new Set<number>();
  if (model.view === 'mensen') for (const n of model.nodes) if (nodes.has(n.key)) shown.add(n.org);
  const orgShown = (o: number) => (model.view === 'mensen' ? shown.has(o) : nodes.has(p.orgs.ids[o] ?? ''));
  p.missing.a.forEach((a, i) => {
    if (orgShown(a) && orgShown(p.missing.b[i] ?? -1)) missing.push(i);
  });
  return { nodes, edges, missing };
}
