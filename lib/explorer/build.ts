// Turns the viewer's NetworkData into the compact explorer payload (server side, pure). The network
// handed in is already cut to what the viewer may see, so everything derived here (expected links,
// gaps, missing links) can only come from visible koppelvlakken.
import {
  betweenness,
  buildCollaborationGraph,
  buildPeopleGraph,
  computeGaps,
  expectedLinks,
  louvain,
  type TieAttributes,
} from '../analysis';
import { AGREEMENT_STATUSES, CHAINS, CRITICALITIES, ORG_KINDS, PROCESS_CATEGORIES } from '../domain/enums';
import type { NetworkData } from '../domain/network';
import {
  dayNumber,
  EVIDENCE_TYPES,
  VIEWS,
  type ExplorerPayload,
  type Layout,
  type Ties,
  type View,
} from './payload';

const indexer = (ids: readonly string[]) => {
  const m = new Map<string, number>();
  ids.forEach((id, i) => m.set(id, i));
  return (id: string | null | undefined) => (id == null ? -1 : (m.get(id) ?? -1));
};
const round = (x: number, digits = 4) => Math.round(x * 10 ** digits) / 10 ** digits;

function encodeTies(
  edges: Array<{ s: string; t: string; attrs: TieAttributes }>,
  idx: (id: string) => number,
  agreementStatus: Map<string, number>,
): Ties {
  const ties: Ties = { a: [], b: [], w: [], ev: [], st: [], dates: [] };
  for (const { s, t, attrs } of edges) {
    const a = idx(s);
    const b = idx(t);
    if (a < 0 || b < 0) continue;
    let ev = 0;
    let st = 0;
    const dates = new Set<number>();
    for (const e of attrs.evidence) {
      ev |= 1 << EVIDENCE_TYPES.indexOf(e.type);
      if (e.type === 'agreement') st |= 1 << (agreementStatus.get(e.id) ?? 0);
      if (e.type === 'contact' && e.date) dates.add(dayNumber(e.date));
    }
    ties.a.push(a);
    ties.b.push(b);
    ties.w.push(round(attrs.weight, 3));
    ties.ev.push(ev);
    ties.st.push(st);
    ties.dates.push([...dates].sort((x, y) => x - y));
  }
  return ties;
}

export interface BuildOptions {
  layouts?: Partial<Record<View, Layout>>;
  can?: Partial<ExplorerPayload['can']>;
  locale?: 'nl' | 'en';
  /** Gap ids the project team closed: not shown as open, no missing link drawn for them. */
  closedGapIds?: ReadonlySet<string>;
  /** Survey scores per organisation id (lib/dal: withheld ones are null). */
  surveyScores?: Record<string, { trust: number | null; value: number | null }>;
}

/** The reported ties between organisations this viewer sees (network.reportedTies: latest closed round). */
function reportedOf(network: NetworkData, orgIdx: (id: string) => number): ExplorerPayload['reported'] {
  const out: ExplorerPayload['reported'] = { a: [], b: [], confirmed: [] };
  for (const t of network.reportedTies ?? []) {
    const a = orgIdx(t.orgAId);
    const b = orgIdx(t.orgBId);
    if (a < 0 || b < 0) continue;
    out.a.push(a);
    out.b.push(b);
    out.confirmed.push(t.confirmed ? 1 : 0);
  }
  return out;
}

export function buildExplorerPayload(network: NetworkData, options: BuildOptions = {}): ExplorerPayload {
  // Only the measures the explorer shows (no diameter, closeness, … : they cost time at scale).
  const collab = buildCollaborationGraph(network);
  const links = expectedLinks(network, { graph: collab });
  const analysis = { expectedLinks: links, gaps: computeGaps(network, { graph: collab, links }) };
  const between = betweenness(collab).normalized;
  const community = louvain(collab, { seed: 42, weighted: true }).communities;
  const peopleGraph = buildPeopleGraph(network);
  const orgIds = network.organisations.map((o) => o.id);
  const orgIdx = indexer(orgIds);
  const personIdx = indexer(network.people.map((p) => p.id));
  const sectorIdx = indexer(network.sectors.map((s) => s.id));
  const regionIdx = indexer(network.regions.map((r) => r.code));
  const processIdx = indexer(network.processes.map((p) => p.id));
  const roles = [...new Set(network.people.map((p) => p.role))].sort();
  const roleIdx = indexer(roles);
  const agreementStatus = new Map(
    network.agreements.map((a) => [a.id, AGREEMENT_STATUSES.indexOf(a.status)]),
  );

  // Per-organisation E-I over chains and coverage of expected links.
  const chainOf = new Map(network.organisations.map((o) => [o.id, o.chain]));
  const ext = new Map<string, number>();
  const int = new Map<string, number>();
  collab.forEachEdge((_e, _a, s, t) => {
    const across = chainOf.get(s) !== chainOf.get(t);
    for (const x of [s, t]) (across ? ext : int).set(x, ((across ? ext : int).get(x) ?? 0) + 1);
  });
  const expected = new Map<string, number>();
  const realised = new Map<string, number>();
  for (const l of analysis.expectedLinks)
    for (const x of [l.orgAId, l.orgBId]) {
      expected.set(x, (expected.get(x) ?? 0) + 1);
      if (l.realised) realised.set(x, (realised.get(x) ?? 0) + 1);
    }

  const visibleKv = new Set(network.koppelvlakken.map((k) => k.id));
  const closed = options.closedGapIds ?? new Set<string>();
  const gaps = analysis.gaps.filter((g) => !closed.has(g.id));
  const gapByLink = new Map<string, number>();
  gaps.forEach((g, i) => {
    const l = g.evidence.expectedLinkId;
    if (l && !gapByLink.has(l)) gapByLink.set(l, i); // gaps come highest priority first
  });
  const linksWithGap = new Set(analysis.gaps.map((g) => g.evidence.expectedLinkId));
  const missing: ExplorerPayload['missing'] = { a: [], b: [], gap: [] };
  for (const l of analysis.expectedLinks) {
    if (l.realised) continue;
    if (l.koppelvlakIds.some((k) => !visibleKv.has(k))) continue; // defensive: never derive from unseen ones
    if (!gapByLink.has(l.id) && linksWithGap.has(l.id)) continue; // its gaps were closed by the team
    missing.a.push(orgIdx(l.orgAId));
    missing.b.push(orgIdx(l.orgBId));
    missing.gap.push(gapByLink.get(l.id) ?? -1);
  }

  const explained = new Set(missing.gap.filter((g) => g >= 0));
  const edgesOf = <
    G extends { forEachEdge: (cb: (e: string, a: TieAttributes, s: string, t: string) => void) => void },
  >(
    g: G,
  ) => {
    const out: Array<{ s: string; t: string; attrs: TieAttributes }> = [];
    g.forEachEdge((_e, attrs, s, t) => out.push({ s, t, attrs }));
    return out;
  };
  const emptyLayout = (): Layout => ({ ids: [], xs: [], ys: [], updatedAt: null });
  const layouts = Object.fromEntries(VIEWS.map((v) => [v, options.layouts?.[v] ?? emptyLayout()])) as Record<
    View,
    Layout
  >;

  return {
    asOf: network.asOf,
    sectors: { ids: network.sectors.map((s) => s.id), names: network.sectors.map((s) => s.name) },
    regions: { codes: network.regions.map((r) => r.code), names: network.regions.map((r) => r.name) },
    processes: {
      ids: network.processes.map((p) => p.id),
      names: network.processes.map((p) => p.name),
      cat: network.processes.map((p) => PROCESS_CATEGORIES.indexOf(p.category)),
    },
    orgs: {
      ids: orgIds,
      names: network.organisations.map((o) => o.name),
      kind: network.organisations.map((o) => ORG_KINDS.indexOf(o.kind)),
      chain: network.organisations.map((o) => CHAINS.indexOf(o.chain)),
      sector: network.organisations.map((o) => sectorIdx(o.sectorId)),
      regions: network.organisations.map((o) => o.regionCodes.map(regionIdx).filter((i) => i >= 0)),
      processes: network.organisations.map((o) => o.processIds.map(processIdx).filter((i) => i >= 0)),
      community: orgIds.map((id) => community[id] ?? -1),
      degree: orgIds.map((id) => (collab.hasNode(id) ? collab.degree(id) : 0)),
      betweenness: orgIds.map((id) => round(between[id] ?? 0)),
      ei: orgIds.map((id) => {
        const e = ext.get(id) ?? 0;
        const i = int.get(id) ?? 0;
        return e + i === 0 ? 0 : round((e - i) / (e + i), 3);
      }),
      coverage: orgIds.map((id) => {
        const x = expected.get(id) ?? 0;
        return x === 0 ? -1 : round((realised.get(id) ?? 0) / x, 3);
      }),
      trust: orgIds.map((id) => round(options.surveyScores?.[id]?.trust ?? -1, 3)),
      value: orgIds.map((id) => round(options.surveyScores?.[id]?.value ?? -1, 3)),
    },
    reported: reportedOf(network, orgIdx),
    people: {
      ids: network.people.map((p) => p.id),
      names: network.people.map((p) => p.name),
      org: network.people.map((p) => orgIdx(p.organisationId)),
      role: network.people.map((p) => roleIdx(p.role)),
      roles,
      degree: network.people.map((p) => (peopleGraph.hasNode(p.id) ? peopleGraph.degree(p.id) : 0)),
    },
    coalitions: {
      ids: network.coalitions.map((c) => c.id),
      names: network.coalitions.map((c) => c.name),
      form: network.coalitions.map((c) => c.form),
      active: network.coalitions.map((c) => (c.active ? 1 : 0)),
      orgs: network.coalitions.map((c) => c.organisationIds.map(orgIdx).filter((i) => i >= 0)),
      members: network.coalitions.map((c) => c.memberIds.map(personIdx).filter((i) => i >= 0)),
    },
    ties: encodeTies(edgesOf(collab), orgIdx, agreementStatus),
    peopleTies: encodeTies(edgesOf(peopleGraph), personIdx, agreementStatus),
    agreements: {
      ids: network.agreements.map((a) => a.id),
      titles: network.agreements.map((a) => a.title),
      status: network.agreements.map((a) => AGREEMENT_STATUSES.indexOf(a.status)),
      signedAt: network.agreements.map((a) => a.signedAt),
      expiresAt: network.agreements.map((a) => a.expiresAt),
      parties: network.agreements.map((a) => a.partyIds.map(orgIdx).filter((i) => i >= 0)),
    },
    koppelvlakken: {
      ids: network.koppelvlakken.map((k) => k.id),
      from: network.koppelvlakken.map((k) => orgIdx(k.fromId)),
      to: network.koppelvlakken.map((k) => orgIdx(k.toId)),
      process: network.koppelvlakken.map((k) => processIdx(k.processId)),
      crit: network.koppelvlakken.map((k) => CRITICALITIES.indexOf(k.criticality)),
      confidential: network.koppelvlakken.map((k) => (k.confidential ? 1 : 0)),
    },
    gaps: {
      ids: gaps.map((g) => g.id),
      type: gaps.map((g) => g.type),
      priority: gaps.map((g) => g.priority),
      level: gaps.map((g) => g.priorityLevel),
      text: gaps.map((g, i) => (explained.has(i) ? g.explanation[options.locale ?? 'nl'] : '')),
      orgs: gaps.map((g) => g.organisationIds.map(orgIdx).filter((i) => i >= 0)),
    },
    missing,
    layouts,
    can: { layoutWrite: false, exportData: false, editNetwork: false, gapsRead: false, ...options.can },
  };
}
