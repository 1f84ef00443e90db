import type { Criticality, NetworkData, Organisation, ProcessCategory } from '../domain';
import { buildCollaborationGraph, type CollaborationOptions } from './collaboration';
import {
  inWindow,
  assertNetwork,
  assertWindow,
  compareStrings,
  isExpired,
  isReviewOverdue,
  isSignedCurrent,
  lookup,
  pairKey,
  sortedPair,
} from './facts';
import type { CollaborationGraph, ExpectedLink } from './types';

export const EXPECTED_DEFAULTS = {
  /** "Recent contact": at most this many days before asOf. */
  contactWindowDays: 365,
  /** Also expect a link between a veiligheidsregio and every operator serving its region with a process of these categories. */
  servedRegionCategories: ['A'] as ProcessCategory[],
  /** The criticality given to a served-region link (no koppelvlak states one). */
  servedRegionCriticality: 'hoog' as Criticality,
};

export interface ExpectedOptions extends CollaborationOptions {
  contactWindowDays?: number;
  servedRegionCategories?: ProcessCategory[];
  servedRegionCriticality?: Criticality;
  /** A collaboration graph already built from the same network and options (saves rebuilding it). */
  graph?: CollaborationGraph;
}

const CRITICALITY_RANK: Record<Criticality, number> = { laag: 0, middel: 1, hoog: 2 };

interface Draft {
  a: string;
  b: string;
  basis: Set<'koppelvlak' | 'verzorgingsgebied'>;
  processIds: Set<string>;
  koppelvlakProcessIds: Set<string>;
  koppelvlakIds: string[];
  criticality: Criticality;
  confidential: boolean;
  firstRecorded: string | null;
}

/**
 * The links the network expects, one per unordered organisation pair: every koppelvlak (fromId
 * depends on toId over a process), and every veiligheidsregio with each operator that serves its
 * region with a category-A process. Realised = a signed, current agreement between the two AND
 * contact within the window; `realisedBy` and `realisedLoosely` tell the UI which half is there.
 * Sorted by id. A process missing from network.processes counts as category B.
 */
export function expectedLinks(network: NetworkData, options: ExpectedOptions = {}): ExpectedLink[] {
  assertNetwork(network, 'expectedLinks');
  const opts = { ...EXPECTED_DEFAULTS, ...options };
  const window = assertWindow('expectedLinks', 'contactWindowDays', opts.contactWindowDays) ?? Infinity;
  const { orgs } = lookup(network);
  const processes = new Map(network.processes.map((p) => [p.id, p]));
  const drafts = new Map<string, Draft>();
  const draft = (x: string, y: string, criticality: Criticality): Draft => {
    const [a, b] = sortedPair(x, y);
    const key = pairKey(a, b);
    let d = drafts.get(key);
    if (!d) {
      d = {
        a,
        b,
        basis: new Set(),
        processIds: new Set(),
        koppelvlakProcessIds: new Set(),
        koppelvlakIds: [],
        criticality,
        confidential: false,
        firstRecorded: null,
      };
      drafts.set(key, d);
    }
    if (CRITICALITY_RANK[criticality] > CRITICALITY_RANK[d.criticality]) d.criticality = criticality;
    return d;
  };
  for (const k of network.koppelvlakken) {
    if (!orgs.has(k.fromId) || !orgs.has(k.toId) || k.fromId === k.toId) continue;
    const d = draft(k.fromId, k.toId, k.criticality);
    d.basis.add('koppelvlak');
    d.processIds.add(k.processId);
    d.koppelvlakProcessIds.add(k.processId);
    d.koppelvlakIds.push(k.id);
    d.confidential ||= k.confidential;
    if (d.firstRecorded === null || k.date < d.firstRecorded) d.firstRecorded = k.date;
  }
  const servedCategories = new Set(opts.servedRegionCategories);
  if (servedCategories.size > 0) {
    const regionOrgs = network.organisations.filter(
      (o) => o.kind === 'veiligheidsregio' && o.regionCodes.length === 1,
    );
    for (const op of network.organisations) {
      if (op.kind !== 'vitale-aanbieder') continue;
      const served = op.processIds.filter((p) => servedCategories.has(processes.get(p)?.category ?? 'B'));
      if (served.length === 0) continue;
      for (const vr of regionOrgs) {
        if (!op.regionCodes.includes(vr.regionCodes[0]!)) continue;
        const d = draft(vr.id, op.id, opts.servedRegionCriticality);
        d.basis.add('verzorgingsgebied');
        for (const p of served) d.processIds.add(p);
      }
    }
  }
  const graph = opts.graph ?? buildCollaborationGraph(network, options);
  const index = indexFacts(network);
  return [...drafts.values()]
    .map((d) => finish(d, network.asOf, index, orgs, processes, graph, window))
    .sort((x, y) => compareStrings(x.id, y.id));
}

interface FactIndex {
  agreementsByOrg: Map<string, NetworkData['agreements']>;
  contactsByPair: Map<string, NetworkData['contacts']>;
}

function indexFacts(network: NetworkData): FactIndex {
  const agreementsByOrg = new Map<string, NetworkData['agreements']>();
  for (const ag of network.agreements) {
    for (const id of new Set(ag.partyIds)) {
      const list = agreementsByOrg.get(id);
      if (list) list.push(ag);
      else agreementsByOrg.set(id, [ag]);
    }
  }
  const contactsByPair = new Map<string, NetworkData['contacts']>();
  for (const c of network.contacts) {
    const key = pairKey(c.orgAId, c.orgBId);
    const list = contactsByPair.get(key);
    if (list) list.push(c);
    else contactsByPair.set(key, [c]);
  }
  return { agreementsByOrg, contactsByPair };
}

function finish(
  d: Draft,
  asOf: string,
  index: FactIndex,
  orgs: Map<string, Organisation>,
  processes: Map<string, { category: ProcessCategory; sectorId: string }>,
  graph: CollaborationGraph,
  window: number,
): ExpectedLink {
  const a = orgs.get(d.a)!;
  const b = orgs.get(d.b)!;
  const shared = a.regionCodes.filter((r) => b.regionCodes.includes(r));
  const regionCodes = (shared.length > 0 ? shared : [...new Set([...a.regionCodes, ...b.regionCodes])]).sort(
    compareStrings,
  );
  const processIds = [...d.processIds].sort(compareStrings);
  const sectorIds = [
    ...new Set(
      processIds.map((p) => processes.get(p)?.sectorId).filter((s): s is string => typeof s === 'string'),
    ),
  ].sort(compareStrings);
  const category: ProcessCategory = processIds.some((p) => processes.get(p)?.category === 'A') ? 'A' : 'B';
  const covering = (index.agreementsByOrg.get(d.a) ?? []).filter((ag) => ag.partyIds.includes(d.b));
  const ids = (pred: (x: (typeof covering)[number]) => boolean) =>
    covering
      .filter(pred)
      .map((x) => x.id)
      .sort(compareStrings);
  const agreementIds = ids((x) => isSignedCurrent(x, asOf));
  let lastContact: string | null = null;
  const contactIdsInWindow: string[] = [];
  for (const c of index.contactsByPair.get(pairKey(d.a, d.b)) ?? []) {
    if (c.date > asOf) continue;
    if (lastContact === null || c.date > lastContact) lastContact = c.date;
    if (inWindow(c.date, asOf, window === Infinity ? null : window)) contactIdsInWindow.push(c.id);
  }
  contactIdsInWindow.sort(compareStrings);
  const tie = graph.hasEdge(d.a, d.b) ? graph.getEdgeAttributes(d.a, d.b) : null;
  const realisedBy = {
    agreement: agreementIds.length > 0,
    contact: contactIdsInWindow.length > 0,
    coalition: tie?.evidence.some((e) => e.type === 'coalition') ?? false,
    meeting: tie?.evidence.some((e) => e.type === 'meeting') ?? false,
  };
  const servedOnly = processIds.filter((p) => !d.koppelvlakProcessIds.has(p)).length;
  return {
    id: `exp:${d.a}|${d.b}`,
    orgAId: d.a,
    orgBId: d.b,
    basis: (['koppelvlak', 'verzorgingsgebied'] as const).filter((x) => d.basis.has(x)),
    regionCodes,
    sectorIds,
    processIds,
    category,
    criticality: d.criticality,
    dependencyCount: d.koppelvlakIds.length + servedOnly,
    koppelvlakIds: [...d.koppelvlakIds].sort(compareStrings),
    confidential: d.confidential,
    firstRecorded: d.firstRecorded,
    agreementIds,
    expiredAgreementIds: ids((x) => isExpired(x, asOf)),
    reviewOverdueAgreementIds: ids((x) => isReviewOverdue(x, asOf)),
    pendingAgreementIds: ids((x) => x.status === 'in-voorbereiding'),
    lastContact,
    contactIdsInWindow,
    realised: realisedBy.agreement && realisedBy.contact,
    realisedBy,
    realisedLoosely: realisedBy.agreement || realisedBy.contact || realisedBy.coalition || realisedBy.meeting,
  };
}
