import type { Criticality, ProcessCategory } from '../domain';
import { daysBetween, formatDate, formatDuration } from './dates';
import type { Gap, GapFactor } from './types';
import { bilingual } from '../i18n/define';
import { gapExplanations } from '../i18n/messages/gap-explanations';

/**
 * How a gap's priority (0–100) is built: a base per kind of gap plus points for what makes it
 * weigh more. Every point shows up as a factor with a Dutch and an English phrase, and the
 * explanation sentence is made from those same factors, so the number can always be explained.
 */
export const GAP_POINTS = {
  base: {
    'geen-afspraak': 35,
    'afspraak-verlopen': 30,
    /** A signed agreement whose review date has passed: still valid, less urgent than an expired one. */
    'herziening-verlopen': 15,
    'geen-recent-contact': 25,
    'enkel-persoon': 20,
    'sector-zonder-coalitie': 40,
    'regio-zonder-coalitie': 40,
    'lid-zonder-activiteit': 15,
    /** A blocker that keeps coming back in progress reviews with no recommendation taking it up. */
    'knelpunt-zonder-aanbeveling': 30,
  },
  perReview: 4,
  maxReviews: 20,
  category: { A: 25, B: 10 } as Record<ProcessCategory, number>,
  criticality: { hoog: 15, middel: 8, laag: 0 } as Record<Criticality, number>,
  perDependency: 3,
  maxDependencies: 12,
  /** Open at least `days`: `points` (first match). */
  age: [
    { days: 730, points: 10 },
    { days: 365, points: 6 },
    { days: 180, points: 3 },
  ],
  perOperator: 3,
  maxOperators: 15,
  perExpectedLink: 2,
  maxExpectedLinks: 20,
  perCoalition: 3,
  maxCoalitions: 9,
};

/** Priority from which a gap is 'hoog' or 'middel'; below `middel` it is 'laag'. */
export const PRIORITY_LEVELS = { hoog: 65, middel: 40 };

export function categoryFactor(category: ProcessCategory): GapFactor {
  return {
    key: 'category',
    points: GAP_POINTS.category[category],
    ...bilingual(gapExplanations, 'factorCategory', { category }),
  };
}

export function dependencyFactor(count: number): GapFactor {
  return {
    key: 'dependencies',
    points: Math.min(GAP_POINTS.maxDependencies, GAP_POINTS.perDependency * count),
    ...bilingual(gapExplanations, count === 1 ? 'factorDependency' : 'factorDependencies', { count }),
  };
}

export function criticalityFactor(criticality: Criticality): GapFactor {
  return {
    key: 'criticality',
    points: GAP_POINTS.criticality[criticality],
    ...bilingual(gapExplanations, 'factorCriticality', (l) => ({
      level: gapExplanations[l][`criticality_${criticality}`],
    })),
  };
}

export function ageFactor(openSince: string | null, asOf: string): GapFactor | null {
  if (openSince === null) return null;
  const days = Math.max(0, daysBetween(openSince, asOf));
  const points = GAP_POINTS.age.find((a) => days >= a.days)?.points ?? 0;
  if (days < 7)
    return {
      key: 'age',
      points,
      ...bilingual(gapExplanations, 'factorOpenSince', (l) => ({ date: formatDate(openSince, l) })),
    };
  return {
    key: 'age',
    points,
    ...bilingual(gapExplanations, 'factorOpenFor', (l) => ({
      duration: formatDuration(days, l),
      date: formatDate(openSince, l),
    })),
  };
}

/** What a count factor counts; its texts are `count_<unit>` and `count_<unit>_one`. */
export type CountUnit = 'operators' | 'expectedLinks' | 'coalitions' | 'reviews';

export function countFactor(unit: CountUnit, count: number, per: number, max: number): GapFactor {
  return {
    key: unit,
    points: Math.min(max, per * count),
    ...bilingual(gapExplanations, count === 1 ? `count_${unit}_one` : `count_${unit}`, { count }),
  };
}

export function joinList(items: readonly string[], lang: 'nl' | 'en'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${lang === 'nl' ? 'en' : 'and'} ${items[items.length - 1]}`;
}

/**
 * Priority, level and explanation from a headline and the factors. The first factor (key 'type') is
 * the base of the gap kind; the headline already says it, so the sentence lists the others.
 */
export function prioritise(
  headline: { nl: string; en: string },
  factors: GapFactor[],
): Pick<Gap, 'priority' | 'priorityLevel' | 'factors' | 'explanation'> {
  const priority = Math.max(
    0,
    Math.min(
      100,
      factors.reduce((s, f) => s + f.points, 0),
    ),
  );
  const priorityLevel =
    priority >= PRIORITY_LEVELS.hoog ? 'hoog' : priority >= PRIORITY_LEVELS.middel ? 'middel' : 'laag';
  const reasons = factors.filter((f) => f.key !== 'type');
  const nlReasons =
    reasons.length > 0
      ? `: ${joinList(
          reasons.map((f) => f.nl),
          'nl',
        )}`
      : '';
  const enReasons =
    reasons.length > 0
      ? `: ${joinList(
          reasons.map((f) => f.en),
          'en',
        )}`
      : '';
  return {
    priority,
    priorityLevel,
    factors,
    explanation: bilingual(gapExplanations, 'priorityExplanation', (l) => ({
      headline: headline[l],
      level: gapExplanations[l][`level_${priorityLevel}`],
      priority,
      reasons: l === 'nl' ? nlReasons : enReasons,
    })),
  };
}
