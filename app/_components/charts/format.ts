// Number formatting shared by the charts and their table alternatives (Dutch first).
export type Lang = 'nl' | 'en';

// Intl formatters are expensive to build (a page formats hundreds of numbers): one per kind,
// language and number of digits, built once.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function formatter<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let f = formatters.get(key) as T | undefined;
  if (!f) formatters.set(key, (f = make()));
  return f;
}
const locale = (lang: Lang) => (lang === 'nl' ? 'nl-NL' : 'en-GB');

export function pct(v: number | null | undefined, lang: Lang, digits = 0): string {
  if (v === null || v === undefined || Number.isNaN(v)) return '–';
  return formatter(
    `pct:${lang}:${digits}`,
    () =>
      new Intl.NumberFormat(locale(lang), {
        style: 'percent',
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }),
  ).format(v);
}

export function num(v: number | null | undefined, lang: Lang, digits = 0): string {
  if (v === null || v === undefined || Number.isNaN(v)) return '–';
  return formatter(
    `num:${lang}:${digits}`,
    () =>
      new Intl.NumberFormat(locale(lang), { minimumFractionDigits: digits, maximumFractionDigits: digits }),
  ).format(v);
}

export function date(iso: string, lang: Lang): string {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return formatter(
    `date:${lang}`,
    () =>
      new Intl.DateTimeFormat(locale(lang), {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        timeZone: 'UTC',
      }),
  ).format(d);
}

/** Black or white text, whichever contrasts more with a #rrggbb / rgb() fill. */
export function inkOn(fill: string): string {
  const m = fill.match(/\d+/g);
  let rgb: number[];
  if (fill.startsWith('#')) rgb = [1, 3, 5].map((i) => parseInt(fill.slice(i, i + 2), 16));
  else rgb = (m ?? ['0', '0', '0']).slice(0, 3).map(Number);
  const lin = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  const L = 0.2126 * lin[0]! + 0.7152 * lin[1]! + 0.0722 * lin[2]!;
  return (L + 0.05) / 0.05 > 1.05 / (L + 0.05) ? '#000000' : '#ffffff';
}
