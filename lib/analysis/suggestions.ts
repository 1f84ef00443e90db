import type { Chain, NetworkData, ProcessCategory } from '../domain';
import { toCsr } from './csr';
import { AnalysisInputError } from './errors';
import { expectedLinks, type ExpectedOptions } from './expected';
import { compareStrings, lookup, sortedPair } from './facts';
import { joinList } from './gap-priority';
import type { CollaborationGraph, ExpectedLink } from './types';

export const SUGGESTION_DEFAULTS = {
  /** Suggest pairs with one organisation in each of these chains. */
  chains: ['algemeen', 'functioneel'] as [Chain, Chain],
  limit: 50,
  /** Put expected-but-unrealised pairs first, even without shared neighbours. */
  prioritiseExpected: true,
  /** Shared neighbours named in the explanation. */
  namedNeighbours: 3,
};

export interface Suggestion {
  id: string;
  orgAId: string;
  orgBId: string;
  /** Σ 1/log(deg z) over shared neighbours z (Adamic & Adar 2003). */
  adamicAdar: number;
  /** Σ 1/deg z over shared neighbours z (Zhou, Lü & Zhang 2009). */
  resourceAllocation: number;
  /** Shared neighbours, strongest combined tie first. */
  commonNeighbours: string[];
  sharedCoalitions: string[];
  /** The shared neighbour with the most tie weight to both (w(a,z) + w(z,b)). */
  introducer: { id: string; name: string; weight: number } | null;
  expectedLinkId: string | null;
  category: ProcessCategory | null;
  explanation: { nl: string; en: string };
}

/**
 * Who could introduce whom: organisation pairs across the two chains without a tie, scored by
 * Adamic–Adar and resource allocation on the collaboration graph, with the best introducer.
 * Candidates are pairs two steps apart, plus expected links without any tie.
 */
export function suggestIntroductions(
  graph: CollaborationGraph,
  network: NetworkData,
  options: Partial<typeof SUGGESTION_DEFAULTS> & ExpectedOptions & { links?: ExpectedLink[] } = {},
): Suggestion[] {
  const opts = { ...SUGGESTION_DEFAULTS, ...options };
  if (!Array.isArray(opts.chains) || opts.chains.length !== 2 || opts.chains[0] === opts.chains[1])
    throw new AnalysisInputError('suggestIntroductions', 'chains to be two different chains', opts.chains);
  const csr = toCsr(graph, { weighted: true });
  const { n, offsets, targets, weights, keys, index } = csr;
  const chainOf = (v: number) => graph.getNodeAttribute(keys[v]!, 'chain');
  const links = opts.links ?? expectedLinks(network, { ...options, graph });
  const expectedByPair = new Map(links.map((l) => [`${l.orgAId}|${l.orgBId}`, l]));
  const neighbourWeight = new Float64Array(n);
  const aa = new Float64Array(n);
  const ra = new Float64Array(n);
  const common = new Map<number, number[]>();
  const candidates = new Map<string, { u: number; v: number; aa: number; ra: number; via: number[] }>();
  for (let u = 0; u < n; u++) {
    if (chainOf(u) !== opts.chains[0]) continue;
    for (let p = offsets[u]!; p < offsets[u + 1]!; p++) neighbourWeight[targets[p]!] = weights![p]!;
    common.clear();
    for (let p = offsets[u]!; p < offsets[u + 1]!; p++) {
      const z = targets[p]!;
      const degree = offsets[z + 1]! - offsets[z]!;
      for (let q = offsets[z]!; q < offsets[z + 1]!; q++) {
        const v = targets[q]!;
        if (v === u || neighbourWeight[v]! > 0 || chainOf(v) !== opts.chains[1]) continue;
        let via = common.get(v);
        if (!via) {
          via = [];
          common.set(v, via);
          aa[v] = 0;
          ra[v] = 0;
        }
        via.push(z);
        aa[v]! += 1 / Math.log(degree);
        ra[v]! += 1 / degree;
      }
    }
    for (const [v, via] of common)
      candidates.set(sortedPair(keys[u]!, keys[v]!).join('|'), { u, v, aa: aa[v]!, ra: ra[v]!, via });
    for (let p = offsets[u]!; p < offsets[u + 1]!; p++) neighbourWeight[targets[p]!] = 0;
  }
  if (opts.prioritiseExpected) {
    for (const l of links) {
      const key = `${l.orgAId}|${l.orgBId}`;
      if (candidates.has(key) || graph.hasEdge(l.orgAId, l.orgBId)) continue;
      const a = index.get(l.orgAId);
      const b = index.get(l.orgBId);
      if (a === undefined || b === undefined) continue;
      const [u, v] = chainOf(a) === opts.chains[0] ? [a, b] : [b, a];
      if (chainOf(u) !== opts.chains[0] || chainOf(v) !== opts.chains[1]) continue;
      candidates.set(key, { u, v, aa: 0, ra: 0, via: [] });
    }
  }
  const { orgs, people } = lookup(network);
  const coalitionsOf = new Map<string, Set<string>>();
  for (const c of network.coalitions) {
    if (!c.active) continue;
    const ids = new Set([
      ...c.organisationIds,
      ...c.memberIds.map((m) => people.get(m)?.organisationId).filter((x): x is string => !!x),
    ]);
    for (const id of ids) coalitionsOf.set(id, (coalitionsOf.get(id) ?? new Set()).add(c.id));
  }
  const name = (id: string) => orgs.get(id)?.name ?? graph.getNodeAttribute(id, 'name') ?? id;
  const weightOf = (x: string, y: string) =>
    graph.hasEdge(x, y) ? graph.getEdgeAttribute(x, y, 'weight') : 0;
  const out: Suggestion[] = [];
  for (const [key, c] of candidates) {
    const [a, b] = key.split('|') as [string, string];
    const via = c.via
      .map((z) => keys[z]!)
      .map((z) => ({ z, w: weightOf(a, z) + weightOf(z, b) }))
      .sort((x, y) => y.w - x.w || compareStrings(x.z, y.z));
    const shared = [...(coalitionsOf.get(a) ?? [])]
      .filter((id) => coalitionsOf.get(b)?.has(id))
      .sort(compareStrings);
    const expected = expectedByPair.get(key) ?? null;
    const introducer = via[0] ? { id: via[0].z, name: name(via[0].z), weight: via[0].w } : null;
    out.push({
      id: `sug:${key}`,
      orgAId: a,
      orgBId: b,
      adamicAdar: c.aa,
      resourceAllocation: c.ra,
      commonNeighbours: via.map((x) => x.z),
      sharedCoalitions: shared,
      introducer,
      expectedLinkId: expected?.id ?? null,
      category: expected?.category ?? null,
      explanation: explain(
        name(keys[c.u]!),
        name(keys[c.v]!),
        via.slice(0, opts.namedNeighbours).map((x) => name(x.z)),
        via.length,
        shared.map((id) => network.coalitions.find((co) => co.id === id)!.name),
        introducer,
        expected,
      ),
    });
  }
  const rank = (s: Suggestion) =>
    opts.prioritiseExpected && s.expectedLinkId ? (s.category === 'A' ? 0 : 1) : 2;
  return out
    .sort(
      (x, y) =>
        rank(x) - rank(y) ||
        y.adamicAdar - x.adamicAdar ||
        y.resourceAllocation - x.resourceAllocation ||
        compareStrings(x.id, y.id),
    )
    .slice(0, opts.limit);
}

function explain(
  a: string,
  b: string,
  named: string[],
  count: number,
  coalitions: string[],
  introducer: Suggestion['introducer'],
  expected: ExpectedLink | null,
): { nl: string; en: string } {
  const more = count > named.length;
  const listNl = more ? `${named.join(', ')} en ${count - named.length} andere` : joinList(named, 'nl');
  const listEn = more ? `${named.join(', ')} and ${count - named.length} more` : joinList(named, 'en');
  const coNl =
    coalitions.length === 0
      ? ''
      : ` en zitten samen in ${coalitions.length === 1 ? 'de coalitie' : 'de coalities'} ${joinList(
          coalitions.map((c) => `‘${c}’`),
          'nl',
        )}`;
  const coEn =
    coalitions.length === 0
      ? ''
      : ` and both take part in ${coalitions.length === 1 ? 'the coalition' : 'the coalitions'} ${joinList(
          coalitions.map((c) => `‘${c}’`),
          'en',
        )}`;
  const nl: string[] = [];
  const en: string[] = [];
  if (count > 0) {
    nl.push(
      `${a} en ${b} werken nog niet samen, maar hebben ${count === 1 ? 'een gemeenschappelijke partner' : `${count} gemeenschappelijke partners`} (${listNl})${coNl}.`,
    );
    en.push(
      `${a} and ${b} do not work together yet, but share ${count === 1 ? 'a partner' : `${count} partners`} (${listEn})${coEn}.`,
    );
  } else {
    nl.push(`${a} en ${b} werken nog niet samen en hebben geen gemeenschappelijke partners${coNl}.`);
    en.push(`${a} and ${b} do not work together yet and share no partners${coEn}.`);
  }
  if (introducer) {
    nl.push(`${introducer.name} kan hen met elkaar in contact brengen.`);
    en.push(`${introducer.name} could introduce them.`);
  }
  if (expected) {
    nl.push(`De koppeling wordt verwacht (vitaal proces van categorie ${expected.category}).`);
    en.push(`The link is expected (category ${expected.category} vital process).`);
  }
  return { nl: nl.join(' '), en: en.join(' ') };
}
