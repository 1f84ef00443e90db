// Calendar arithmetic on ISO dates (YYYY-MM-DD) in UTC, so "days between" never depends on the
// server's time zone or daylight saving; and the one way a date reads in Dutch and in English
// (gap texts, the PDF briefing and the snapshot pages all print dates with formatDate).
const DAY_MS = 86_400_000;
const ISO = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && ISO.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}

export function dayNumber(iso: string): number {
  return Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY_MS);
}

/** Days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

export function addDays(iso: string, days: number): string {
  return new Date((dayNumber(iso) + days) * DAY_MS).toISOString().slice(0, 10);
}

const MONTHS_NL = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** '2022-03-03' or a full ISO timestamp → "3 maart 2022" / "3 March 2022" (calendar date, UTC). */
export function formatDate(iso: string, lang: 'nl' | 'en'): string {
  const day = iso.length === 10 ? iso : new Date(iso).toISOString().slice(0, 10);
  const [y, m, d] = day.split('-').map(Number);
  const months = lang === 'nl' ? MONTHS_NL : MONTHS_EN;
  return `${d} ${months[(m ?? 1) - 1]} ${y}`;
}

/** A readable duration: "5 maanden", "ruim 2 jaar" / "5 months", "over 2 years". */
export function formatDuration(days: number, lang: 'nl' | 'en'): string {
  if (days < 62) {
    const weeks = Math.max(1, Math.round(days / 7));
    if (lang === 'nl') return weeks === 1 ? '1 week' : `${weeks} weken`;
    return weeks === 1 ? '1 week' : `${weeks} weeks`;
  }
  if (days < 365) {
    const months = Math.round(days / 30.44);
    return lang === 'nl' ? `${months} maanden` : `${months} months`;
  }
  const years = Math.floor(days / 365.25);
  const over = days - years * 365.25 > 45;
  if (lang === 'nl') return `${over ? 'ruim ' : ''}${years} jaar`;
  return `${over ? 'over ' : ''}${years} year${years === 1 ? '' : 's'}`;
}
