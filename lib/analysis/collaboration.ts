import { UndirectedGraph } from 'graphology';
import type { NetworkData } from '../domain';
import { AnalysisInputError } from './errors';
import {
  assertNetwork,
  assertWindow,
  byOrganisation,
  compareStrings,
  inWindow,
  isCrossChain,
  isSignedCurrent,
  lookup,
  pairKey,
} from './facts';
import type {
  CollaborationGraph,
  OrgNodeAttributes,
  PeopleGraph,
  PersonNodeAttributes,
  TieAttributes,
  TieEvidence,
} from './types';

/**
 * What makes a tie and how much it weighs. A signed current agreement is the strongest single fact;
 * contacts add up per contact (times their strength 1–3); sharing an active coalition is real joint
 * work; meeting at the same network meeting is the weakest sign.
 */
export const COLLABORATION_DEFAULTS = {
  /** Contacts older than this (days before asOf) do not count; null = all up to asOf. */
  contactWindowDays: 365 as number | null,
  /** Meetings older than this do not count; null = all up to asOf. */
  meetingWindowDays: 365 as number | null,
  weights: { agreement: 3, contactPerStrength: 1, coalition: 2, meeting: 0.5 },
  sources: { agreement: true, contact: true, coalition: true, meeting: true },
};

export interface CollaborationOptions {
  contactWindowDays?: number | null;
  meetingWindowDays?: number | null;
  weights?: Partial<typeof COLLABORATION_DEFAULTS.weights>;
  sources?: Partial<typeof COLLABORATION_DEFAULTS.sources>;
}

export function resolveCollaborationOptions(
  options: CollaborationOptions = {},
  module = 'buildCollaborationGraph',
) {
  const weights = { ...COLLABORATION_DEFAULTS.weights, ...options.weights };
  for (const [key, value] of Object.entries(weights)) {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
      throw new AnalysisInputError(module, `weights.${key} to be a number ≥ 0`, value);
  }
  return {
    contactWindowDays: assertWindow(
      module,
      'contactWindowDays',
      options.contactWindowDays === undefined
        ? COLLABORATION_DEFAULTS.contactWindowDays
        : options.contactWindowDays,
    ),
    meetingWindowDays: assertWindow(
      module,
      'meetingWindowDays',
      options.meetingWindowDays === undefined
        ? COLLABORATION_DEFAULTS.meetingWindowDays
        : options.meetingWindowDays,
    ),
    weights,
    sources: { ...COLLABORATION_DEFAULTS.sources, ...options.sources },
  };
}

class Ties {
  private map = new Map<string, { a: string; b: string; evidence: TieEvidence[] }>();
  add(a: string, b: string, evidence: TieEvidence): void {
    if (a === b) return;
    const key = pairKey(a, b);
    const tie = this.map.get(key);
    if (tie) tie.evidence.push(evidence);
    else this.map.set(key, { a: a < b ? a : b, b: a < b ? b : a, evidence: [evidence] });
  }
  /** Ties sorted by key, so the graph (and everything computed on it) is the same on every run. */
  entries() {
    return [...this.map.entries()].sort((x, y) => compareStrings(x[0], y[0]));
  }
}

function tieAttributes(evidence: TieEvidence[], crossChain: boolean): TieAttributes {
  const people = new Set<string>();
  let weight = 0;
  for (const e of evidence) {
    weight += e.weight;
    for (const p of e.personIds ?? []) people.add(p);
  }
  return { weight, evidence, personIds: [...people].sort(compareStrings), crossChain };
}

function pairsOf<T>(groups: Map<string, T>, visit: (a: string, b: string, ga: T, gb: T) => void): void {
  const keys = [...groups.keys()].sort(compareStrings);
  for (let i = 0; i < keys.length; i++)
    for (let j = i + 1; j < keys.length; j++)
      visit(keys[i]!, keys[j]!, groups.get(keys[i]!)!, groups.get(keys[j]!)!);
}

/**
 * Organisations tied by realised collaboration: signed current agreements, contacts in the window,
 * people of both in the same active coalition, and people of both at the same meeting in the window.
 * Node key = organisation id (every organisation is a node, tied or not); edge key = 'orgA|orgB'.
 * References to organisations or people not in `network` are skipped (the caller may not see them).
 */
export function buildCollaborationGraph(
  network: NetworkData,
  options: CollaborationOptions = {},
): CollaborationGraph {
  assertNetwork(network, 'buildCollaborationGraph');
  const opts = resolveCollaborationOptions(options);
  const { orgs, people } = lookup(network);
  const asOf = network.asOf;
  const ties = new Ties();
  if (opts.sources.agreement) {
    for (const a of network.agreements) {
      if (!isSignedCurrent(a, asOf)) continue;
      const parties = [...new Set(a.partyIds)].filter((id) => orgs.has(id)).sort(compareStrings);
      for (let i = 0; i < parties.length; i++)
        for (let j = i + 1; j < parties.length; j++) {
          ties.add(parties[i]!, parties[j]!, {
            type: 'agreement',
            id: a.id,
            label: a.title,
            ...(a.signedAt ? { date: a.signedAt } : {}),
            weight: opts.weights.agreement,
          });
        }
    }
  }
  if (opts.sources.contact) {
    for (const c of network.contacts) {
      if (!orgs.has(c.orgAId) || !orgs.has(c.orgBId) || !inWindow(c.date, asOf, opts.contactWindowDays))
        continue;
      ties.add(c.orgAId, c.orgBId, {
        type: 'contact',
        id: c.id,
        label: c.kind,
        personIds: [...c.personIds],
        date: c.date,
        weight: opts.weights.contactPerStrength * c.strength,
      });
    }
  }
  if (opts.sources.coalition) {
    for (const co of network.coalitions) {
      if (!co.active) continue;
      pairsOf(byOrganisation(co.memberIds, people, orgs), (a, b, pa, pb) =>
        ties.add(a, b, {
          type: 'coalition',
          id: co.id,
          label: co.name,
          personIds: [...pa, ...pb],
          date: co.startedAt,
          weight: opts.weights.coalition,
        }),
      );
    }
  }
  if (opts.sources.meeting) {
    for (const m of network.meetings) {
      if (!inWindow(m.date, asOf, opts.meetingWindowDays)) continue;
      pairsOf(byOrganisation(m.attendeeIds, people, orgs), (a, b, pa, pb) =>
        ties.add(a, b, {
          type: 'meeting',
          id: m.id,
          label: m.theme,
          personIds: [...pa, ...pb],
          date: m.date,
          weight: opts.weights.meeting,
        }),
      );
    }
  }
  const graph: CollaborationGraph = new UndirectedGraph<OrgNodeAttributes, TieAttributes>();
  for (const o of network.organisations) {
    graph.addNode(o.id, {
      name: o.name,
      kind: o.kind,
      chain: o.chain,
      sectorId: o.sectorId,
      regionCodes: [...o.regionCodes],
      processIds: [...o.processIds],
    });
  }
  for (const [key, tie] of ties.entries()) {
    graph.addUndirectedEdgeWithKey(
      key,
      tie.a,
      tie.b,
      tieAttributes(tie.evidence, isCrossChain(orgs.get(tie.a), orgs.get(tie.b))),
    );
  }
  return graph;
}

/**
 * People tied by a shared active coalition, a meeting in the window or a contact in the window, for
 * the explorer. Same weights as the organisation graph. `crossChain` is about the people's chains.
 */
export function buildPeopleGraph(network: NetworkData, options: CollaborationOptions = {}): PeopleGraph {
  assertNetwork(network, 'buildPeopleGraph');
  const opts = resolveCollaborationOptions(options, 'buildPeopleGraph');
  const { orgs, people } = lookup(network);
  const asOf = network.asOf;
  const ties = new Ties();
  const clique = (ids: readonly string[], make: () => Omit<TieEvidence, 'personIds'>) => {
    const known = [...new Set(ids)].filter((id) => people.has(id)).sort(compareStrings);
    for (let i = 0; i < known.length; i++)
      for (let j = i + 1; j < known.length; j++)
        ties.add(known[i]!, known[j]!, { ...make(), personIds: [known[i]!, known[j]!] });
  };
  if (opts.sources.contact)
    for (const c of network.contacts)
      if (inWindow(c.date, asOf, opts.contactWindowDays))
        clique(c.personIds, () => ({
          type: 'contact',
          id: c.id,
          label: c.kind,
          date: c.date,
          weight: opts.weights.contactPerStrength * c.strength,
        }));
  if (opts.sources.coalition)
    for (const co of network.coalitions)
      if (co.active)
        clique(co.memberIds, () => ({
          type: 'coalition',
          id: co.id,
          label: co.name,
          date: co.startedAt,
          weight: opts.weights.coalition,
        }));
  if (opts.sources.meeting)
    for (const m of network.meetings)
      if (inWindow(m.date, asOf, opts.meetingWindowDays))
        clique(m.attendeeIds, () => ({
          type: 'meeting',
          id: m.id,
          label: m.theme,
          date: m.date,
          weight: opts.weights.meeting,
        }));
  const graph: PeopleGraph = new UndirectedGraph<PersonNodeAttributes, TieAttributes>();
  for (const p of network.people) {
    const org = orgs.get(p.organisationId);
    graph.addNode(p.id, {
      name: p.name,
      organisationId: p.organisationId,
      organisationName: org?.name ?? null,
      chain: org?.chain ?? null,
      level: p.level,
      role: p.role,
    });
  }
  for (const [key, tie] of ties.entries()) {
    const a = orgs.get(people.get(tie.a)!.organisationId);
    const b = orgs.get(people.get(tie.b)!.organisationId);
    graph.addUndirectedEdgeWithKey(key, tie.a, tie.b, tieAttributes(tie.evidence, isCrossChain(a, b)));
  }
  return graph;
}
