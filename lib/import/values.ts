import type { Cell } from './readers';

// The values people write in spreadsheets, read the way they meant them (pure): enumerations
// without case and accents and with Dutch synonyms, lists in one cell, regions by code or name,
// dates as d-m-yyyy, d-m-yy or ISO, e-mail addresses, and text a spreadsheet would run as a formula.

/** Lower case, accents and punctuation removed, single spaces: "  Functionéle-Keten " → "functionele keten". */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** `fold` without spaces: "in voorbereiding" and "in-voorbereiding" compare equal. */
export const foldTight = (s: string) => fold(s).replace(/ /g, '');

/** Dutch and English words people use for each value of an enumeration (the value itself always counts). */
export const ENUM_SYNONYMS = {
  chain: {
    algemeen: ['algemene keten', 'ak', 'general', 'general chain', 'veiligheidsregio', 'politie'],
    functioneel: ['functionele keten', 'fk', 'functional', 'functional chain', 'vitaal', 'vitale sector'],
    overig: ['overige', 'anders', 'other', 'nationaal', 'landelijk'],
  },
  kind: {
    veiligheidsregio: ['vr', 'safety region', 'regio'],
    politie: ['politie eenheid', 'police', 'police unit', 'politieeenheid'],
    'vitale-aanbieder': [
      'vitale aanbieder',
      'aanbieder',
      'vital operator',
      'operator',
      'vitaal',
      'netbeheerder',
    ],
    overig: ['overige', 'anders', 'other'],
  },
  level: {
    strategisch: ['strategic', 'strategie'],
    tactisch: ['tactical', 'tactiek'],
    operationeel: ['operational', 'operatie'],
  },
  agreementStatus: {
    geen: ['nee', 'n', 'no', 'none', 'niet', 'geen convenant', 'nog niet', 'ontbreekt'],
    'in-voorbereiding': [
      'in voorbereiding',
      'voorbereiding',
      'concept',
      'in behandeling',
      'in onderhandeling',
      'bezig',
      'draft',
      'in preparation',
      'pending',
    ],
    getekend: ['ja', 'j', 'yes', 'y', 'ondertekend', 'getekend', 'afgesloten', 'actief', 'signed', 'x'],
    verlopen: ['te vernieuwen', 'vernieuwen', 'verlengen', 'expired', 'to be renewed', 'renew', 'afgelopen'],
  },
  bool: {
    ja: ['j', 'yes', 'y', 'true', 'waar', '1', 'x', 'wel'],
    nee: ['n', 'no', 'false', 'onwaar', '0', 'niet'],
  },
} as const satisfies Record<string, Record<string, readonly string[]>>;

/**
 * The option a written value means, or null: compared without case, accents and punctuation,
 * against the option itself and its synonyms.
 */
export function matchEnum<T extends string>(
  raw: string,
  options: readonly T[],
  synonyms: Partial<Record<T, readonly string[]>> = {},
): T | null {
  const k = foldTight(raw);
  if (k === '') return null;
  for (const o of options) if (foldTight(o) === k) return o;
  for (const o of options) if ((synonyms[o] ?? []).some((s) => foldTight(s) === k)) return o;
  return null;
}

/** ja/nee as a boolean, or null when the text is neither. */
export function parseBool(raw: Cell): boolean | null {
  if (typeof raw === 'boolean') return raw;
  if (typeof raw === 'number') return raw === 1 ? true : raw === 0 ? false : null;
  const v = matchEnum(String(raw ?? ''), ['ja', 'nee'] as const, ENUM_SYNONYMS.bool);
  return v === null ? null : v === 'ja';
}

/** The items of a list in one cell: separated by `|`, `;`, `,` or line breaks; blanks dropped. */
export function splitList(raw: string, { commas = true }: { commas?: boolean } = {}): string[] {
  return raw
    .split(commas ? /[|;,\r\n]+/ : /[|;\r\n]+/)
    .map((x) => x.trim())
    .filter((x) => x !== '');
}

/** Words for "every region". */
const ALL_REGIONS = ['alle', 'alles', 'all', 'heel nederland', 'landelijk', 'nationaal', 'alle regios'];

export interface RegionRef {
  code: string;
  name: string;
}

/**
 * Regions named in one cell: codes (VR01, vr1, VR 01), names ("Groningen", "Veiligheidsregio
 * Groningen", "VR Groningen"), or "alle" for all of them. Unknown items are returned as written.
 */
export function resolveRegions(
  raw: string,
  regions: readonly RegionRef[],
): { codes: string[]; unknown: string[] } {
  const byKey = new Map<string, string>();
  for (const r of regions) {
    byKey.set(foldTight(r.code), r.code);
    byKey.set(foldTight(r.name), r.code);
  }
  const codes: string[] = [];
  const unknown: string[] = [];
  const items = splitList(raw);
  if (items.length === 1 && ALL_REGIONS.some((a) => foldTight(a) === foldTight(items[0]!)))
    return { codes: [...new Set(regions.map((r) => r.code))].sort(), unknown };
  for (const item of items) {
    const code = regionCode(item, byKey);
    if (code === null) unknown.push(item);
    else if (!codes.includes(code)) codes.push(code);
  }
  return { codes, unknown };
}

function regionCode(item: string, byKey: Map<string, string>): string | null {
  const m = /^vr\s*0?(\d{1,2})$/i.exec(item.trim());
  if (m) return byKey.get(`vr${m[1]!.padStart(2, '0')}`) ?? null;
  const k = foldTight(item);
  return byKey.get(k) ?? byKey.get(k.replace(/^(veiligheidsregio|vr)/, '')) ?? null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A real calendar date as YYYY-MM-DD, or null (31-2-2025 is refused, not rolled over to March). */
export function calendarDate(y: number, mo: number, d: number): string | null {
  if (y < 1900 || y > 2200) return null;
  const dt = new Date(Date.UTC(y, mo - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== mo - 1 || dt.getUTCDate() !== d) return null;
  return `${y}-${pad(mo)}-${pad(d)}`;
}

/**
 * A date as people write it: ISO (2025-03-01, also with a time), d-m-yyyy and d-m-yy (with `-`,
 * `/` or `.`; a two-digit year is 20yy below 70, else 19yy), a spreadsheet date, or an Excel serial
 * day number. Impossible dates give null.
 */
export function parseDate(v: Cell): string | null {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10);
  if (typeof v === 'number') {
    if (v <= 20_000 || v >= 80_000 || !Number.isInteger(v)) return null;
    // Excel serial day number (1900 date system)
    return new Date(Date.UTC(1899, 11, 30) + v * 86_400_000).toISOString().slice(0, 10);
  }
  const s = String(v ?? '').trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
  if (m) return calendarDate(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})$/.exec(s);
  if (m) {
    const yy = +m[4]!;
    const y = m[4]!.length === 2 ? (yy < 70 ? 2000 + yy : 1900 + yy) : yy;
    return calendarDate(y, +m[3]!, +m[1]!);
  }
  return null;
}

/** An e-mail address: one @, a local part and a domain with a dot, no spaces. */
export function isEmail(s: string): boolean {
  return (
    /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/.test(
      s,
    ) && !s.includes('..')
  );
}

/**
 * Text a spreadsheet would run as a formula (starts with =, +, - or @), reported rather than
 * stored. Plain numbers (-5, +31) and a lone dash ("nothing") are not formulas; text quoted with
 * a leading ' (as our own export writes it) is taken literally.
 */
export function looksLikeFormula(s: string): boolean {
  const t = s.trimStart();
  if (!/^[=+\-@]/.test(t)) return false;
  if (/^[-+]?\d+([.,]\d+)?$/.test(t) || /^-+$/.test(t)) return false;
  return true;
}

/** Undoes the formula-injection quote that our own CSV export adds ('=…, '+…, '-…, '@…). */
export function unquote(s: string): string {
  return /^'[=+\-@\t\r\n]/.test(s) ? s.slice(1) : s;
}

/** Legal forms and their spellings, left out when organisation names are compared. */
const LEGAL_FORMS = [
  'bv',
  'nv',
  'vof',
  'cv',
  'ua',
  'bva',
  'holding',
  'stichting',
  'vereniging',
  'cooperatie',
  'ltd',
  'inc',
  'gmbh',
];

/**
 * The key two spellings of one organisation share: without case, accents, punctuation and legal
 * forms ("Enexis Netbeheer B.V." and "enexis netbeheer" give the same key).
 */
export function organisationKey(name: string): string {
  // "B.V." → "b v" after folding: join single letters first so "b v" becomes "bv".
  const words = fold(name.replace(/\b([A-Za-z])\.\s?(?=[A-Za-z]\.)/g, '$1').replace(/\./g, ''))
    .split(' ')
    .filter((w) => w !== '' && !LEGAL_FORMS.includes(w));
  return words.join(' ');
}

function bigrams(s: string): string[] {
  const t = s.replace(/ /g, '');
  const out: string[] = [];
  for (let i = 0; i < t.length - 1; i++) out.push(t.slice(i, i + 2));
  return out;
}

/** Similarity of two organisation keys, 0–1 (Dice coefficient on letter pairs). */
export function similarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (x.length === 0 || y.length === 0) return a === b ? 1 : 0;
  const counts = new Map<string, number>();
  for (const g of x) counts.set(g, (counts.get(g) ?? 0) + 1);
  let common = 0;
  for (const g of y) {
    const n = counts.get(g) ?? 0;
    if (n > 0) {
      common++;
      counts.set(g, n - 1);
    }
  }
  return (2 * common) / (x.length + y.length);
}

/** Words too common in organisation names to make two names alike on their own. */
const GENERIC = new Set([
  'waterschap',
  'hoogheemraadschap',
  'veiligheidsregio',
  'netbeheer',
  'waterbedrijf',
  'gemeente',
  'politie',
  'eenheid',
  'regio',
  'de',
  'van',
  'en',
  'het',
  'noord',
  'zuid',
  'oost',
  'west',
  'nederland',
]);

/**
 * Organisations whose names are close to `name` but not the same (for a confirmation, never a
 * silent merge): similar letter pairs, or one name's distinctive words making up most of the other.
 */
export function nearMatches<T extends { name: string }>(
  name: string,
  candidates: readonly T[],
  limit = 3,
): T[] {
  const key = organisationKey(name);
  if (key === '') return [];
  const words = key.split(' ').filter((w) => !GENERIC.has(w) && w.length >= 3);
  const scored: { c: T; score: number }[] = [];
  for (const c of candidates) {
    const other = organisationKey(c.name);
    if (other === key || other === '') continue;
    const otherWords = other.split(' ').filter((w) => !GENERIC.has(w) && w.length >= 3);
    const sim = similarity(key, other);
    // One name's distinctive words all in the other, and they are most of the other's
    // ("Evides" ~ "Evides Waterbedrijf"; not "Groningen Seaports" ~ "Waterbedrijf Groningen").
    const covers = (small: string[], big: string[]) =>
      small.length > 0 && small.every((w) => big.includes(w)) && small.length / Math.max(1, big.length) > 0.5;
    const subset = covers(words, otherWords) || covers(otherWords, words);
    if (sim >= 0.8 || subset) scored.push({ c, score: sim + (subset ? 0.5 : 0) });
  }
  return scored
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map((s) => s.c);
}
