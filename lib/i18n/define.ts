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
