import { GAP_TYPES, type GapType, type NetworkData, type Organisation } from '../domain';
import { buildCollaborationGraph } from './collaboration';
import { addDays, formatDate } from './dates';
import { AnalysisInputError } from './errors';
import { expectedLinks, type ExpectedOptions } from './expected';
import { assertNetwork, compareStrings, lookup, sortedPair } from './facts';
import {
  ageFactor,
  categoryFactor,
  criticalityFactor,
  dependencyFactor,
  GAP_POINTS,
  prioritise,
} from './gap-priority';
import { participationGaps } from './gaps-participation';
import { blockerGaps } from './gaps-blockers';
import type { CollaborationGraph, ExpectedLink, Gap, GapEvidence, TieAttributes } from './types';
import { bilingual } from '../i18n/define';
import { gapExplanations } from '../i18n/messages/gap-explanations';

export const GAP_DEFAULTS = {
  contactWindowDays: 365,
  /** A coalition member is inactive without a meeting or contact in this many days (null: contactWindowDays). */
  activityWindowDays: null as number | null,
  /** 'expected': look for one-person ties on expected links only; 'cross-chain': on every algemeen–functioneel tie too. */
  singlePersonScope: 'expected' as 'expected' | 'cross-chain',
  /** Which kinds of gap to look for. */
  types: [...GAP_TYPES] as GapType[],
};

export interface GapOptions extends ExpectedOptions {
  activityWindowDays?: number | null;
  singlePersonScope?: 'expected' | 'cross-chain';
  types?: GapType[];
  /** Expected links already computed with the same options. */
  links?: ExpectedLink[];
}

const TYPE_ORDER = new Map<GapType, number>(GAP_TYPES.map((t, i) => [t, i]));

/**
 * Every gap, highest priority first (ties broken by kind, then id). Link gaps come from the expected
 * links; participation gaps (sector, region, member) from coalitions, meetings and contacts.
 */
export function computeGaps(network: NetworkData, options: GapOptions = {}): Gap[] {
  assertNetwork(network, 'computeGaps');
  const opts = { ...GAP_DEFAULTS, ...options };
  for (const t of opts.types)
    if (!TYPE_ORDER.has(t))
      throw new AnalysisInputError('computeGaps', `types from ${GAP_TYPES.join(', ')}`, t);
  if (opts.singlePersonScope !== 'expected' && opts.singlePersonScope !== 'cross-chain')
    throw new AnalysisInputError(
      'computeGaps',
      "singlePersonScope 'expected' or 'cross-chain'",
      opts.singlePersonScope,
    );
  const graph = opts.graph ?? buildCollaborationGraph(network, options);
  const links = opts.links ?? expectedLinks(network, { ...options, graph });
  const wanted = new Set(opts.types);
  const { orgs, people } = lookup(network);
  const name = (id: string) => orgs.get(id)?.name ?? id;
  const gaps: Gap[] = [];
  const asOf = network.asOf;
  for (const link of links) {
    const [a, b] = [name(link.orgAId), name(link.orgBId)];
    const base = linkSubject(link, graph);
    const context = [
      categoryFactor(link.category),
      dependencyFactor(link.dependencyCount),
      criticalityFactor(link.criticality),
    ];
    const add = (
      type: GapType,
      baseKey: keyof typeof GAP_POINTS.base,
      headline: { nl: string; en: string },
      openSince: string | null,
      extra: Partial<Gap> = {},
    ) => {
      if (!wanted.has(type)) return;
      const age = ageFactor(openSince, asOf);
      const factors = [
        { key: 'type', points: GAP_POINTS.base[baseKey], nl: headline.nl, en: headline.en },
        ...context,
        ...(age ? [age] : []),
      ];
      gaps.push({
        ...base,
        id: `gap:${type}:${link.orgAId}|${link.orgBId}`,
        type,
        openSince,
        ...prioritise(headline, factors),
        ...extra,
      });
    };
    if (!link.realisedBy.agreement) {
      if (link.expiredAgreementIds.length > 0) {
        const expiry = latest(
          network.agreements
            .filter((x) => link.expiredAgreementIds.includes(x.id))
            .map((x) => x.expiresAt ?? x.reviewAt),
        );
        add(
          'afspraak-verlopen',
          'afspraak-verlopen',
          expiry
            ? bilingual(gapExplanations, 'agreementExpiredOn', (l) => ({ a, b, date: formatDate(expiry, l) }))
            : bilingual(gapExplanations, 'agreementExpired', { a, b }),
          expiry,
        );
      } else {
        const pending = link.pendingAgreementIds.length > 0;
        add(
          'geen-afspraak',
          'geen-afspraak',
          bilingual(gapExplanations, pending ? 'noSignedAgreementPending' : 'noSignedAgreement', { a, b }),
          link.firstRecorded,
        );
      }
    } else if (link.agreementIds.every((id) => link.reviewOverdueAgreementIds.includes(id))) {
      const due = latest(
        network.agreements
          .filter((x) => link.reviewOverdueAgreementIds.includes(x.id))
          .map((x) => x.reviewAt),
      );
      add(
        'afspraak-verlopen',
        'herziening-verlopen',
        due
          ? bilingual(gapExplanations, 'reviewOverdueOn', (l) => ({ a, b, date: formatDate(due, l) }))
          : bilingual(gapExplanations, 'reviewOverdue', { a, b }),
        due,
      );
    }
    if (!link.realisedBy.contact) {
      const window = opts.contactWindowDays;
      add(
        'geen-recent-contact',
        'geen-recent-contact',
        link.lastContact
          ? bilingual(gapExplanations, 'noRecentContact', (l) => ({
              a,
              b,
              window,
              date: formatDate(link.lastContact!, l),
            }))
          : bilingual(gapExplanations, 'noContact', { a, b }),
        link.lastContact ? addDays(link.lastContact, window + 1) : link.firstRecorded,
      );
    }
    const single = wanted.has('enkel-persoon')
      ? singleCarriers(graph, link.orgAId, link.orgBId, people)
      : null;
    if (single)
      add('enkel-persoon', 'enkel-persoon', singleHeadline(a, b, single, people, orgs), null, {
        personIds: single,
      });
  }
  if (wanted.has('enkel-persoon') && opts.singlePersonScope === 'cross-chain') {
    const expected = new Set(links.map((l) => `${l.orgAId}|${l.orgBId}`));
    graph.forEachEdge((edge, attrs, s, t) => {
      const [x, y] = sortedPair(s, t);
      if (!attrs.crossChain || expected.has(`${x}|${y}`)) return;
      const single = singleCarriers(graph, x, y, people);
      if (!single) return;
      const headline = singleHeadline(name(x), name(y), single, people, orgs);
      const ox = orgs.get(x)!;
      const oy = orgs.get(y)!;
      const regions = ox.regionCodes.filter((r) => oy.regionCodes.includes(r));
      const sector = ox.sectorId ?? oy.sectorId;
      gaps.push({
        id: `gap:enkel-persoon:${x}|${y}`,
        type: 'enkel-persoon',
        organisationIds: [x, y],
        personIds: single,
        regionCode: regions.length === 1 ? regions[0]! : null,
        sectorId: sector,
        processIds: [],
        category: null,
        confidential: false,
        openSince: null,
        evidence: tieEvidence(null, attrs),
        ...prioritise(headline, [
          { key: 'type', points: GAP_POINTS.base['enkel-persoon'], nl: headline.nl, en: headline.en },
        ]),
      });
    });
  }
  gaps.push(...participationGaps(network, links, { ...opts, types: opts.types }));
  if (wanted.has('knelpunt-zonder-aanbeveling')) gaps.push(...blockerGaps(network));
  return gaps.sort(
    (x, y) =>
      y.priority - x.priority ||
      TYPE_ORDER.get(x.type)! - TYPE_ORDER.get(y.type)! ||
      compareStrings(x.id, y.id),
  );
}

function latest(dates: Array<string | null>): string | null {
  let best: string | null = null;
  for (const d of dates) if (d !== null && (best === null || d > best)) best = d;
  return best;
}

function linkSubject(
  link: ExpectedLink,
  graph: CollaborationGraph,
): Omit<Gap, 'id' | 'type' | 'openSince' | 'priority' | 'priorityLevel' | 'factors' | 'explanation'> {
  const tie = graph.hasEdge(link.orgAId, link.orgBId)
    ? graph.getEdgeAttributes(link.orgAId, link.orgBId)
    : null;
  return {
    organisationIds: [link.orgAId, link.orgBId],
    personIds: [],
    regionCode: link.regionCodes.length === 1 ? link.regionCodes[0]! : null,
    sectorId: link.sectorIds.length === 1 ? link.sectorIds[0]! : null,
    processIds: link.processIds,
    category: link.category,
    confidential: link.confidential,
    evidence: { ...tieEvidence(link, tie), contactIds: link.contactIdsInWindow },
  };
}

function tieEvidence(link: ExpectedLink | null, tie: TieAttributes | null): GapEvidence {
  const ids = (type: string) =>
    [...new Set((tie?.evidence ?? []).filter((e) => e.type === type).map((e) => e.id))].sort(compareStrings);
  return {
    expectedLinkId: link?.id ?? null,
    koppelvlakIds: link?.koppelvlakIds ?? [],
    agreementIds: link?.agreementIds ?? ids('agreement'),
    expiredAgreementIds: link?.expiredAgreementIds ?? [],
    pendingAgreementIds: link?.pendingAgreementIds ?? [],
    lastContact: link?.lastContact ?? null,
    coalitionIds: ids('coalition'),
    meetingIds: ids('meeting'),
    contactIds: ids('contact'),
  };
}

/**
 * The people a tie hangs on, or null when it does not hang on one person. A tie hangs on one person
 * when one of the two organisations takes part in it through exactly one person, or when only one
 * person carries it at all. Ties with no known people (an agreement only) are not judged.
 */
export function singleCarriers(
  graph: CollaborationGraph,
  a: string,
  b: string,
  people: Map<string, { organisationId: string }>,
): string[] | null {
  if (!graph.hasEdge(a, b)) return null;
  const carriers = graph.getEdgeAttribute(a, b, 'personIds');
  if (carriers.length === 0) return null;
  const sideA = carriers.filter((p) => people.get(p)?.organisationId === a);
  const sideB = carriers.filter((p) => people.get(p)?.organisationId === b);
  const single = [...(sideA.length === 1 ? sideA : []), ...(sideB.length === 1 ? sideB : [])];
  if (single.length > 0) return single.sort(compareStrings);
  return carriers.length === 1 ? [...carriers] : null;
}

function singleHeadline(
  a: string,
  b: string,
  single: string[],
  people: Map<string, { name: string; organisationId: string }>,
  orgs: Map<string, Organisation>,
): { nl: string; en: string } {
  const who = single.map((id) => {
    const p = people.get(id);
    return p ? `${p.name} (${orgs.get(p.organisationId)?.name ?? p.organisationId})` : id;
  });
  if (who.length === 1) return bilingual(gapExplanations, 'singlePerson', { a, b, who: who[0] ?? '' });
  return bilingual(gapExplanations, 'singlePersonBoth', { a, b, who1: who[0] ?? '', who2: who[1] ?? '' });
}
