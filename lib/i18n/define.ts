export const LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** One feature's texts: Dutch first, and English with exactly the same keys. */
export function defineMessages<T extends Record<string, string>>(m: {
  nl: T;
  en: { [K in keyof T]: string };
}) {
  return m;
}

/** Fills `{name}` placeholders. */
export function fmt(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? `{${k}}`));
}

/** BCP 47 tags for number and date formatting. */
export const LOCALE_TAGS: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

/**
 * One text in both languages, for errors and records that carry both (AppError, gap
 * explanations): `bilingual(errors, 'notFound', { id })` fills the placeholders in each; pass a
 * function of the locale when a value itself differs per language.
 */
export function bilingual<K extends string>(
  m: { nl: Record<K, string>; en: Record<K, string> },
  key: K,
  values: Record<string, string | number> | ((locale: Locale) => Record<string, string | number>) = {},
): { nl: string; en: string } {
  const v = typeof values === 'function' ? values : () => values;
  return { nl: fmt(m.nl[key], v('nl')), en: fmt(m.en[key], v('en')) };
}
