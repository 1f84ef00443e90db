import type { Score } from '../analysis/survey';
import { fmt, type Locale } from '../i18n/define';
import { survey as messages } from '../i18n/messages/survey';
import { formatDate, formatDecimal, formatPercent } from './format';
import { esc } from './html-util';
import type { BriefingData } from './model';

// The briefing's survey section: the network's trust and value, how the chains rate each other,
// reciprocity and response — aggregates of the latest closed round, never a name, and every
// score from fewer than 3 respondents printed as "te weinig antwoorden".

function score(s: Score, locale: Locale): string {
  const m = messages[locale];
  if (s.withheld) return esc(m.tooFew);
  const d = (v: number) => formatDecimal(v, locale, 2);
  return esc(
    `${d(s.mean)} (${m.median.toLowerCase()} ${d(s.median)}; ${d(s.q1)}–${d(s.q3)}; n = ${s.respondents})`,
  );
}

export function surveySection(d: BriefingData, chainLabel: (c: string) => string): string {
  const s = d.survey;
  if (!s) return '';
  const m = messages[d.locale];
  const pct = (v: number | null) => (v === null ? '—' : formatPercent(v, d.locale));
  const pairs = s.chainPairs
    .map(
      (p) =>
        `<tr><td>${esc(chainLabel(p.raterChain))}</td><td>${esc(chainLabel(p.ratedChain))}</td><td>${score(p.trust, d.locale)}</td><td>${score(p.value, d.locale)}</td></tr>`,
    )
    .join('');
  return `<section class="page" id="enquete"><h2>${esc(m.overviewTitle)}: ${esc(m.trustValue)}</h2>
<p class="intro">${esc(fmt(m.overviewLatest, { title: s.title, date: formatDate(s.closedAt.slice(0, 10), d.locale) }))}</p>
<table><tbody>
<tr><th scope="row">${esc(m.responseRate)}</th><td>${esc(pct(s.responseRate))}</td></tr>
<tr><th scope="row">${esc(m.ties)}</th><td>${esc(fmt(m.tiesSummary, { ties: s.ties, confirmed: s.confirmed }))}</td></tr>
<tr><th scope="row">${esc(m.reciprocity)}</th><td>${esc(pct(s.reciprocity))}</td></tr>
<tr><th scope="row">${esc(m.trust)} (${esc(m.network)})</th><td>${score(s.trust, d.locale)}</td></tr>
<tr><th scope="row">${esc(m.value)} (${esc(m.network)})</th><td>${score(s.value, d.locale)}</td></tr>
</tbody></table>
<h3>${esc(m.byChainPair)}</h3>
<table><thead><tr><th>${esc(m.rater)}</th><th>${esc(m.rated)}</th><th>${esc(m.trust)}</th><th>${esc(m.value)}</th></tr></thead><tbody>${pairs}</tbody></table>
<p class="credit">${esc(m.intro)} ${esc(fmt(m.tooFewHint, { n: 3 }))}</p></section>`;
}
