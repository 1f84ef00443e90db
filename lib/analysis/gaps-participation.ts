import type { GapType, NetworkData, ProcessCategory } from '../domain';
import { addDays, formatDate } from './dates';
import { assertWindow, compareStrings, inWindow, lookup } from './facts';
import { ageFactor, categoryFactor, countFactor, GAP_POINTS, joinList, prioritise } from './gap-priority';
import type { ExpectedLink, Gap, GapEvidence } from './types';
import { bilingual, fmt } from '../i18n/define';
import { gapExplanations } from '../i18n/messages/gap-explanations';

const NO_EVIDENCE: GapEvidence = {
  expectedLinkId: null,
  koppelvlakIds: [],
  agreementIds: [],
  expiredAgreementIds: [],
  pendingAgreementIds: [],
  lastContact: null,
  coalitionIds: [],
  meetingIds: [],
  contactIds: [],
};

/**
 * Gaps in taking part: a sector whose operators sit in no active coalition, a region whose own
 * organisations (those belonging to that region alone: its veiligheidsregio, a local operator) sit
 * in none, and coalition members without activity (no meeting and no contact in the window).
 * An organisation takes part in a coalition when it is listed, or when one of its people is a member.
 */
export function participationGaps(
  network: NetworkData,
  links: readonly ExpectedLink[],
  opts: { contactWindowDays: number; activityWindowDays: number | null; types: readonly GapType[] },
): Gap[] {
  const wanted = new Set(opts.types);
  const { orgs, people } = lookup(network);
  const asOf = network.asOf;
  const active = network.coalitions.filter((c) => c.active);
  const taking = new Set<string>();
  for (const c of active) {
    for (const id of c.organisationIds) taking.add(id);
    for (const id of c.memberIds) {
      const p = people.get(id);
      if (p) taking.add(p.organisationId);
    }
  }
  const gaps: Gap[] = [];
  const processesOf = (sectorId: string) => network.processes.filter((p) => p.sectorId === sectorId);
  const highest = (cats: ProcessCategory[]): ProcessCategory | null =>
    cats.includes('A') ? 'A' : cats.includes('B') ? 'B' : null;

  if (wanted.has('sector-zonder-coalitie')) {
    for (const sector of network.sectors) {
      const operators = network.organisations
        .filter((o) => o.chain === 'functioneel' && o.sectorId === sector.id)
        .map((o) => o.id)
        .sort(compareStrings);
      if (operators.length === 0 || operators.some((id) => taking.has(id))) continue;
      const processes = processesOf(sector.id);
      const category = highest(processes.map((p) => p.category));
      const headline =
        operators.length === 1
          ? bilingual(gapExplanations, 'soleOperatorNoCoalition', { sector: sector.name })
          : bilingual(gapExplanations, 'operatorsNoCoalition', {
              sector: sector.name,
              count: operators.length,
            });
      const factors = [
        { key: 'type', points: GAP_POINTS.base['sector-zonder-coalitie'], ...headline },
        ...(category ? [categoryFactor(category)] : []),
        countFactor('operators', operators.length, GAP_POINTS.perOperator, GAP_POINTS.maxOperators),
      ];
      gaps.push({
        id: `gap:sector-zonder-coalitie:${sector.id}`,
        type: 'sector-zonder-coalitie',
        organisationIds: operators,
        personIds: [],
        regionCode: null,
        sectorId: sector.id,
        processIds: processes.map((p) => p.id).sort(compareStrings),
        category,
        confidential: false,
        openSince: null,
        evidence: NO_EVIDENCE,
        ...prioritise(headline, factors),
      });
    }
  }

  if (wanted.has('regio-zonder-coalitie')) {
    for (const region of network.regions) {
      const own = network.organisations
        .filter((o) => o.regionCodes.length === 1 && o.regionCodes[0] === region.code)
        .map((o) => o.id)
        .sort(compareStrings);
      if (own.length === 0 || own.some((id) => taking.has(id))) continue;
      const regional = links.filter((l) => l.regionCodes.includes(region.code));
      const headline = bilingual(gapExplanations, 'regionNoCoalition', { region: region.name });
      const factors = [
        { key: 'type', points: GAP_POINTS.base['regio-zonder-coalitie'], ...headline },
        countFactor(
          'expectedLinks',
          regional.length,
          GAP_POINTS.perExpectedLink,
          GAP_POINTS.maxExpectedLinks,
        ),
      ];
      gaps.push({
        id: `gap:regio-zonder-coalitie:${region.code}`,
        type: 'regio-zonder-coalitie',
        organisationIds: own,
        personIds: [],
        regionCode: region.code,
        sectorId: null,
        processIds: [...new Set(regional.flatMap((l) => l.processIds))].sort(compareStrings),
        category: highest(regional.map((l) => l.category)),
        confidential: regional.some((l) => l.confidential),
        openSince: null,
        evidence: {
          ...NO_EVIDENCE,
          koppelvlakIds: [...new Set(regional.flatMap((l) => l.koppelvlakIds))].sort(compareStrings),
        },
        ...prioritise(headline, factors),
      });
    }
  }

  if (wanted.has('lid-zonder-activiteit')) {
    const window =
      assertWindow('computeGaps', 'activityWindowDays', opts.activityWindowDays ?? opts.contactWindowDays) ??
      Infinity;
    const memberOf = new Map<string, typeof active>();
    for (const c of active)
      for (const id of new Set(c.memberIds)) memberOf.set(id, [...(memberOf.get(id) ?? []), c]);
    const lastSeen = new Map<string, string>();
    const seen = (id: string, date: string) => {
      if (date > asOf) return;
      const before = lastSeen.get(id);
      if (before === undefined || date > before) lastSeen.set(id, date);
    };
    for (const m of network.meetings) for (const id of m.attendeeIds) seen(id, m.date);
    for (const c of network.contacts) for (const id of c.personIds) seen(id, c.date);
    for (const personId of [...memberOf.keys()].sort(compareStrings)) {
      const person = people.get(personId);
      if (!person) continue;
      const last = lastSeen.get(personId) ?? null;
      if (last !== null && inWindow(last, asOf, window === Infinity ? null : window)) continue;
      const coalitions = memberOf.get(personId)!.sort((x, y) => compareStrings(x.id, y.id));
      const org = orgs.get(person.organisationId);
      const names = coalitions.map((c) => `‘${c.name}’`);
      const who = `${person.name}${org ? ` (${org.name})` : ''}`;
      const since = last
        ? addDays(last, (window === Infinity ? 0 : window) + 1)
        : (coalitions.map((c) => c.startedAt).sort()[0] ?? null);
      const headline = bilingual(gapExplanations, 'inactiveMember', (l) => {
        const t = gapExplanations[l];
        return {
          who,
          theCoalitions: coalitions.length === 1 ? t.theCoalition : t.theCoalitions,
          names: joinList(names, l),
          window: window === Infinity ? t.windowEver : fmt(t.windowDays, { days: window }),
          last: last ? fmt(t.lastActivity, { date: formatDate(last, l) }) : '',
        };
      });
      const age = ageFactor(since, asOf);
      const factors = [
        { key: 'type', points: GAP_POINTS.base['lid-zonder-activiteit'], ...headline },
        countFactor('coalitions', coalitions.length, GAP_POINTS.perCoalition, GAP_POINTS.maxCoalitions),
        ...(age ? [age] : []),
      ];
      gaps.push({
        id: `gap:lid-zonder-activiteit:${personId}`,
        type: 'lid-zonder-activiteit',
        organisationIds: org ? [org.id] : [],
        personIds: [personId],
        regionCode: org && org.regionCodes.length === 1 ? org.regionCodes[0]! : null,
        sectorId: org?.sectorId ?? null,
        processIds: [],
        category: null,
        confidential: false,
        openSince: since,
        evidence: { ...NO_EVIDENCE, coalitionIds: coalitions.map((c) => c.id) },
        ...prioritise(headline, factors),
      });
    }
  }
  return gaps;
}
