import { fmt, type Locale } from '../i18n/define';
import type { briefing } from '../i18n/messages/briefing';
import { formatDate, formatDecimal, formatFigure, formatPercent } from './format';
import { CHAIN_COLOURS, coverageColours, esc } from './html-util';
import { coverageLegend, MAP_CREDIT, regionMapSvg } from './map';
import { stageLabel } from '../domain/recommendation';
import { recommendations as recTexts } from '../i18n/messages/recommendations';
import type { BriefingData } from './model';
import { networkSvg } from './network-svg';

// The content pages of the briefing after the summary: matrix, map, network, gaps, coalitions, appendix.

export type T = (typeof briefing)['nl'];

function cell(c: { coverage: number | null; expected: number } | undefined, locale: Locale): string {
  if (!c || c.expected === 0) return `<td class="num none">–</td>`;
  const { fill, text } = coverageColours(c.coverage);
  return `<td class="num" style="background:${fill};color:${text}">${esc(formatPercent(c.coverage ?? 0, locale))}</td>`;
}

export function matrixSection(d: BriefingData, t: T): string {
  const head = d.sectors.map((s) => `<th scope="col" class="rot"><span>${esc(s.name)}</span></th>`).join('');
  const rows = d.regions
    .map((r) => {
      const cells = d.sectors.map((s) => cell(d.matrix[`${r.code}|${s.id}`], d.locale)).join('');
      return `<tr><th scope="row">${esc(r.code)} ${esc(r.name)}</th>${cells}${cell(r.coverage, d.locale)}</tr>`;
    })
    .join('');
  const totals = d.sectors.map((s) => cell(s.coverage, d.locale)).join('');
  return `<section class="page" id="matrix"><h2>${esc(t.matrixTitle)}</h2><p class="intro">${esc(t.matrixIntro)}</p>
<table class="matrix"><caption class="sr">${esc(t.matrixTitle)}</caption>
<thead><tr><th scope="col">${esc(t.region)}</th>${head}<th scope="col" class="rot"><span>${esc(t.total)}</span></th></tr></thead>
<tbody>${rows}</tbody>
<tfoot><tr><th scope="row">${esc(t.total)}</th>${totals}<td class="num"></td></tr></tfoot></table>
${coverageLegend(d.locale)}</section>`;
}

export function mapSection(d: BriefingData, t: T): string {
  const byRegion = Object.fromEntries(d.regions.map((r) => [r.code, r.coverage]));
  return `<section class="page" id="kaart"><h2>${esc(t.mapTitle)}</h2><p class="intro">${esc(t.mapIntro)}</p>
<figure class="map">${regionMapSvg(byRegion, d.locale, { title: t.mapTitle })}
<figcaption>${coverageLegend(d.locale)}<p class="credit">${esc(fmt(t.mapCredit, { credit: MAP_CREDIT }))}</p></figcaption></figure></section>`;
}

export function networkSection(d: BriefingData, t: T): string {
  const labelled = d.network.nodes.filter((n) => n.labelled).length;
  const brokers = d.topBrokers
    .map(
      (b) =>
        `<li><span class="dot" style="background:${CHAIN_COLOURS[b.chain]}"></span>${esc(b.name)} — ${esc(formatDecimal(b.betweenness, d.locale))}</li>`,
    )
    .join('');
  return `<section class="page" id="netwerk"><h2>${esc(t.networkTitle)}</h2>
<p class="intro">${esc(fmt(t.networkIntro, { n: labelled }))} ${esc(d.network.layout === 'saved' ? t.layoutSaved : t.layoutComputed)}</p>
<figure class="network">${networkSvg(d.network, d.locale, t.networkTitle)}</figure>
<h3>${esc(t.brokersTitle)}</h3><ol class="brokers">${brokers}</ol></section>`;
}

export function gapsSection(d: BriefingData, t: T): string {
  const rows = d.gaps
    .map((g) => {
      const level = t[`level_${g.level}`];
      const status = t[`status_${g.status}`];
      const conf = g.confidential ? ` <em>${esc(t.gapConfidential)}</em>` : '';
      return `<tr><td class="num">${g.priority}<br><small>${esc(level)}</small></td><td>${esc(g.explanation)}${conf}</td><td>${esc(status)}</td><td class="date">${g.openSince ? esc(formatDate(g.openSince, d.locale)) : '–'}</td></tr>`;
    })
    .join('');
  const intro = fmt(t.gapsIntro, {
    total: d.gapsByLevel.hoog + d.gapsByLevel.middel + d.gapsByLevel.laag,
    hoog: d.gapsByLevel.hoog,
    middel: d.gapsByLevel.middel,
    laag: d.gapsByLevel.laag,
    n: d.gaps.length,
  });
  return `<section class="page" id="hiaten"><h2>${esc(t.gapsTitle)}</h2><p class="intro">${esc(intro)}</p>
<table class="list"><thead><tr><th scope="col">${esc(t.gapPriority)}</th><th scope="col">${esc(t.gapWhat)}</th><th scope="col">${esc(t.gapStatus)}</th><th scope="col">${esc(t.gapSince)}</th></tr></thead>
<tbody>${rows}</tbody></table></section>`;
}

export function coalitionsSection(d: BriefingData, t: T): string {
  const items = d.coalitions
    .map((c) => {
      const r = c.latestReview;
      const review = r
        ? `<p><strong>${esc(t.achieved)} (${esc(formatDate(r.date, d.locale))}):</strong> ${esc(r.achieved)}</p><p><strong>${esc(t.blockers)}:</strong> ${esc(r.blockers || t.noBlockers)}</p>`
        : `<p>${esc(t.noReview)}</p>`;
      const meta = `${esc(c.form)} · ${esc(fmt(t.coalitionSize, { orgs: c.organisations, members: c.members }))}${c.active ? '' : ` · ${esc(t.inactive)}`}`;
      return `<article class="coalition"><h3>${esc(c.name)}</h3><p class="meta">${meta}</p>${review}</article>`;
    })
    .join('');
  return `<section class="page" id="coalities"><h2>${esc(t.coalitionsTitle)}</h2><p class="intro">${esc(t.coalitionsIntro)}</p>${items}</section>`;
}

export function appendixSection(d: BriefingData, t: T): string {
  const defs = [
    t.def_coverage,
    t.def_category,
    t.def_tie,
    t.def_density,
    t.def_crossChain,
    t.def_ei,
    t.def_betweenness,
    t.def_modularity,
    t.def_gap,
  ];
  const m = d.measures;
  const now = fmt(t.measuresNow, {
    density: formatDecimal(m.density, d.locale),
    cross: formatFigure(m.crossChainDensity, 'percent', d.locale),
    ei: formatFigure(m.eiIndex, 'index', d.locale),
    communities: m.communities,
    modularity: formatDecimal(m.modularity, d.locale),
    diameter: m.diameter ?? '–',
  });
  return `<section class="page" id="bijlage"><h2>${esc(t.appendixTitle)}</h2>
<dl class="defs">${defs
    .map((x) => {
      const [term, ...rest] = x.split(': ');
      const body = rest.join(': ');
      return `<dt>${esc(term ?? '')}</dt><dd>${esc(body.charAt(0).toUpperCase() + body.slice(1))}</dd>`;
    })
    .join('')}</dl>
<p>${esc(now)}</p><p class="credit">${esc(t.sources)}</p></section>`;
}

/** Aanbevelingen en hun stand: counts per stage at the snapshot and what moved since the previous one. */
export function recommendationsSection(d: BriefingData): string {
  const r = d.recommendations;
  if (!r) return '';
  const t = recTexts[d.locale];
  const label = (s: Parameters<typeof stageLabel>[0]) => stageLabel(s, d.locale);
  const intro = r.since ? fmt(t.pdfIntro, { since: formatDate(r.since, d.locale) }) : t.pdfIntroFirst;
  if (r.total === 0)
    return `<section class="page" id="aanbevelingen"><h2>${esc(t.pdfTitle)}</h2><p class="intro">${esc(intro)}</p><p>${esc(t.pdfNone)}</p></section>`;
  const rows = r.byStage
    .map((s) => `<tr><th scope="row">${esc(label(s.stage))}</th><td class="num">${s.count}</td></tr>`)
    .join('');
  const moves = r.moved
    .map((m) => {
      const what =
        m.fromStage === null
          ? fmt(t.pdfNew, { title: m.title })
          : fmt(t.pdfMove, { title: m.title, from: label(m.fromStage), to: label(m.toStage) });
      const to = m.bodies.length ? fmt(t.pdfTo, { bodies: m.bodies.join(', ') }) : '';
      return `<li><strong>${esc(formatDate(m.date, d.locale))}</strong> — ${esc(what)}${esc(to)}</li>`;
    })
    .join('');
  return `<section class="page" id="aanbevelingen"><h2>${esc(t.pdfTitle)}</h2><p class="intro">${esc(intro)}</p>
<table class="data"><thead><tr><th scope="col">${esc(t.colStage)}</th><th scope="col" class="num">${esc(t.colCount)}</th></tr></thead><tbody>${rows}</tbody></table>
<h3>${esc(t.pdfMoved)}</h3>${moves ? `<ul class="moves">${moves}</ul>` : `<p>${esc(t.pdfNoMoves)}</p>`}</section>`;
}
