import type { NetworkData } from '../domain';
import { groupBlockers, uncoveredRecurringGroups } from './blockers';
import { ageFactor, countFactor, GAP_POINTS, joinList, prioritise } from './gap-priority';
import type { Gap } from './types';
import { bilingual } from '../i18n/define';
import { gapExplanations } from '../i18n/messages/gap-explanations';

/** A blocker group counts as a gap from this many progress reviews without a recommendation. */
export const RECURRING_BLOCKER_REVIEWS = 3;

/**
 * Knelpunt zonder aanbeveling: a blocker that came back in three or more progress reviews while no
 * recommendation (other than a rejected one) addresses any of them — the network's own route from
 * coalition to national agreement has not started for it.
 */
export function blockerGaps(network: NetworkData): Gap[] {
  const groups = uncoveredRecurringGroups(groupBlockers(network), RECURRING_BLOCKER_REVIEWS);
  const coalitionName = new Map(network.coalitions.map((c) => [c.id, c.name]));
  return groups.map((g) => {
    const names = g.coalitionIds.map((c) => `‘${coalitionName.get(c) ?? c}’`);
    const first = g.items.map((it) => it.date).sort()[0] ?? null;
    const headline = bilingual(gapExplanations, 'recurringBlocker', (l) => ({
      example: g.example,
      reviews: g.reviewIds.length,
      coalitionWord: gapExplanations[l][names.length === 1 ? 'coalitionWord' : 'coalitionsWord'],
      names: joinList(names, l),
    }));
    const age = ageFactor(first, network.asOf);
    const factors = [
      { key: 'type', points: GAP_POINTS.base['knelpunt-zonder-aanbeveling'], ...headline },
      countFactor('reviews', g.reviewIds.length, GAP_POINTS.perReview, GAP_POINTS.maxReviews),
      countFactor('coalitions', g.coalitionIds.length, GAP_POINTS.perCoalition, GAP_POINTS.maxCoalitions),
      ...(age ? [age] : []),
    ];
    return {
      id: `gap:knelpunt-zonder-aanbeveling:${g.id}`,
      type: 'knelpunt-zonder-aanbeveling' as const,
      organisationIds: [],
      personIds: [],
      regionCode: g.regionCodes.length === 1 ? g.regionCodes[0]! : null,
      sectorId: g.sectorIds.length === 1 ? g.sectorIds[0]! : null,
      processIds: [],
      category: null,
      confidential: false,
      openSince: first,
      evidence: {
        expectedLinkId: null,
        koppelvlakIds: [],
        agreementIds: [],
        expiredAgreementIds: [],
        pendingAgreementIds: [],
        lastContact: null,
        coalitionIds: g.coalitionIds,
        meetingIds: [],
        contactIds: [],
      },
      ...prioritise(headline, factors),
    };
  });
}
