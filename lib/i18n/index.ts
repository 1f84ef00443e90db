import { cookies } from 'next/headers';
import { LOCALES, type Locale } from './define';
import { common } from './messages/common';
import { importing } from './messages/importing';
import { editing } from './messages/editing';
import { auth } from './messages/auth';
import { home } from './messages/home';
import { overview } from './messages/overview';
import { gaps } from './messages/gaps';
import { explorer } from './messages/explorer';
import { snapshots } from './messages/snapshots';
import { briefing } from './messages/briefing';
import { formats } from './messages/formats';
import { errors } from './messages/errors';
import { accounts } from './messages/accounts';
import { records } from './messages/records';
import { gapExplanations } from './messages/gap-explanations';
import { recommendationRules } from './messages/recommendation-rules';
import { recommendations } from './messages/recommendations';
import { survey } from './messages/survey';
import { scenario } from './messages/scenario';
import { jobs } from './messages/jobs';

export { fmt, LOCALES, type Locale } from './define';

// Every feature registers its texts here; a unit test checks nl and en have the same keys.
export const MESSAGES = {
  common,
  auth,
  home,
  explorer,
  overview,
  gaps,
  importing,
  editing,
  snapshots,
  briefing,
  formats,
  errors,
  accounts,
  records,
  gapExplanations,
  recommendationRules,
  recommendations,
  survey,
  scenario,
  jobs,
} as const;
type All = typeof MESSAGES;
export type Messages = { [K in keyof All]: All[K]['nl'] };

export const LOCALE_COOKIE = 'kv_lang';

export async function getLocale(): Promise<Locale> {
  const jar = await cookies();
  const v = jar.get(LOCALE_COOKIE)?.value;
  return (LOCALES as readonly string[]).includes(v ?? '') ? (v as Locale) : 'nl';
}

export function messagesFor(locale: Locale): Messages {
  return Object.fromEntries(Object.entries(MESSAGES).map(([k, v]) => [k, v[locale]])) as Messages;
}

export async function getMessages(): Promise<{ locale: Locale; m: Messages }> {
  const locale = await getLocale();
  return { locale, m: messagesFor(locale) };
}
