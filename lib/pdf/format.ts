import { LOCALE_TAGS, type Locale } from '../i18n/define';

// Dates read as everywhere else (lib/analysis/dates.ts); re-exported for the briefing's callers.
export { formatDate } from '../analysis/dates';

// How figures read in a briefing. One place, so the PDF, the snapshot pages and the tests that
// search the PDF text all print a number the same way.

const TAG = LOCALE_TAGS;

export type FigureKind = 'percent' | 'count' | 'index';

/** 0.6149 → "61%" (whole percentages: what a steering body reads, and what rounding can hide). */
export function formatPercent(value: number, locale: Locale): string {
  return new Intl.NumberFormat(TAG[locale], { style: 'percent', maximumFractionDigits: 0 }).format(value);
}

export function formatCount(value: number, locale: Locale): string {
  return new Intl.NumberFormat(TAG[locale], { maximumFractionDigits: 0 }).format(value);
}

/** An index between −1 and 1 (E-I): two decimals, sign shown ("-0,17", "+0,05"). */
export function formatIndex(value: number, locale: Locale): string {
  return new Intl.NumberFormat(TAG[locale], {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    signDisplay: 'exceptZero',
  }).format(value);
}

/** A plain decimal measure (density, modularity): three decimals. */
export function formatDecimal(value: number, locale: Locale, digits = 3): string {
  return new Intl.NumberFormat(TAG[locale], {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

export function formatFigure(value: number | null, kind: FigureKind, locale: Locale): string {
  if (value === null || !Number.isFinite(value)) return locale === 'nl' ? 'n.v.t.' : 'n/a';
  if (kind === 'percent') return formatPercent(value, locale);
  if (kind === 'index') return formatIndex(value, locale);
  return formatCount(value, locale);
}

/** A timestamp with minutes, in Dutch time: "1 oktober 2026 om 14:05". */
export function formatDateTime(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(TAG[locale], {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(iso));
}
