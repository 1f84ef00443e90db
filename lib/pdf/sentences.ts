import type { Locale } from '../i18n/define';
import { formatFigure } from './format';
import { FIGURE_KEYS, FIGURE_KIND, type FigureKey, type Figures } from './figures';

// The "since last time" sentences of a briefing's summary page, e.g.
// "De dekking van categorie-A koppelvlakken steeg van 61% naar 68%." Pure: figures in, text out.

const SUBJECT: Record<Locale, Record<FigureKey, string>> = {
  nl: {
    coverageA: 'de dekking van categorie-A koppelvlakken',
    coverageAll: 'de dekking van alle verwachte koppelvlakken',
    crossChainDensity: 'de dichtheid tussen algemene en functionele keten',
    eiAlgemeen: 'de E-I-index van de algemene keten',
    openGapsHoog: 'het aantal open hiaten met hoge prioriteit',
    openGapsMiddel: 'het aantal open hiaten met middelhoge prioriteit',
    openGapsLaag: 'het aantal open hiaten met lage prioriteit',
    activeCoalitions: 'het aantal actieve coalities',
    agreementsExpiring90d: 'het aantal afspraken dat binnen 90 dagen verloopt',
  },
  en: {
    coverageA: 'coverage of category A interfaces',
    coverageAll: 'coverage of all expected interfaces',
    crossChainDensity: 'the density between the general and the functional chain',
    eiAlgemeen: 'the E-I index of the general chain',
    openGapsHoog: 'the number of open high-priority gaps',
    openGapsMiddel: 'the number of open medium-priority gaps',
    openGapsLaag: 'the number of open low-priority gaps',
    activeCoalitions: 'the number of active coalitions',
    agreementsExpiring90d: 'the number of agreements expiring within 90 days',
  },
};

const VERB = {
  nl: {
    up: 'steeg van {a} naar {b}',
    down: 'daalde van {a} naar {b}',
    same: 'bleef gelijk op {b}',
    now: 'is {b}',
  },
  en: { up: 'rose from {a} to {b}', down: 'fell from {a} to {b}', same: 'stayed at {b}', now: 'is {b}' },
} as const;

export type Trend = 'up' | 'down' | 'same' | 'now' | 'unknown';

export interface ChangeSentence {
  key: FigureKey;
  trend: Trend;
  text: string;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * One sentence per figure. The direction is judged on the figures as printed, so a change that
 * rounding hides reads "bleef gelijk op 61%" rather than "steeg van 61% naar 61%".
 */
export function changeSentence(
  key: FigureKey,
  current: number | null,
  previous: number | null | undefined,
  locale: Locale,
): ChangeSentence {
  const kind = FIGURE_KIND[key];
  const subject = SUBJECT[locale][key];
  const b = formatFigure(current, kind, locale);
  if (current === null) {
    const text =
      locale === 'nl'
        ? `Voor ${subject} is geen waarde te berekenen.`
        : `No value can be computed for ${subject}.`;
    return { key, trend: 'unknown', text };
  }
  let trend: Trend = 'now';
  let a = '';
  if (previous !== null && previous !== undefined) {
    a = formatFigure(previous, kind, locale);
    trend = a === b ? 'same' : current > previous ? 'up' : 'down';
  }
  const verb = VERB[locale][trend].replace('{a}', a).replace('{b}', b);
  return { key, trend, text: `${capitalise(subject)} ${verb}.` };
}

export function changeSentences(
  current: Figures,
  previous: Figures | null,
  locale: Locale,
  keys: readonly FigureKey[] = FIGURE_KEYS,
): ChangeSentence[] {
  return keys.map((k) => changeSentence(k, current[k], previous ? previous[k] : null, locale));
}

/** The sentence that introduces the list: against which snapshot, or that there is none. */
export function comparisonIntro(
  previousDate: string | null,
  locale: Locale,
  formatDate: (d: string) => string,
): string {
  if (previousDate === null)
    return locale === 'nl'
      ? 'Dit is de eerste momentopname: de cijfers hieronder zijn het startpunt voor volgende vergelijkingen.'
      : 'This is the first snapshot: the figures below are the baseline for later comparisons.';
  return locale === 'nl'
    ? `Vergeleken met de vorige momentopname van ${formatDate(previousDate)}:`
    : `Compared with the previous snapshot of ${formatDate(previousDate)}:`;
}
