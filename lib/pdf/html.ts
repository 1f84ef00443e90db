import { common } from '../i18n/messages/common';
import { surveySection } from './html-survey';
import { SCENARIO_CSS, scenarioSections } from './html-scenario';
import { fmt } from '../i18n/define';
import { briefing } from '../i18n/messages/briefing';
import { FIGURE_KEYS } from './figures';
import { formatDate, formatDateTime, formatFigure } from './format';
import { FIGURE_KIND } from './figures';
import { esc } from './html-util';
import {
  appendixSection,
  coalitionsSection,
  gapsSection,
  mapSection,
  matrixSection,
  networkSection,
  recommendationsSection,
  type T,
} from './html-sections';
import type { BriefingData } from './model';
import { changeSentences, comparisonIntro } from './sentences';

// The briefing as one self-contained HTML document (no scripts, no external requests): printed to
// PDF by lib/pdf/render.ts and served as a preview by app/print. Text stays text, charts are SVG.

const CSS = `
@page { size: A4; margin: 22mm 16mm 20mm 16mm; }
* { box-sizing: border-box; }
html { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 10pt; color: #1a1a1a; }
body { margin: 0; }
.page { break-before: page; }
.cover { break-before: auto; display: flex; flex-direction: column; min-height: 240mm; }
.cover .band { background: #154273; color: #fff; padding: 14mm 10mm; margin-bottom: 12mm; }
.cover h1 { font-size: 24pt; margin: 0 0 4mm; line-height: 1.2; }
.cover .sub { font-size: 13pt; margin: 0; }
.cover .audience { font-size: 15pt; font-weight: bold; margin: 0 0 6mm; }
.cover .dates p { margin: 1mm 0; font-size: 11pt; }
.cover .marking { margin-top: 10mm; border: 2px solid #a90061; color: #a90061; padding: 4mm 6mm; }
.cover .marking strong { font-size: 16pt; letter-spacing: 0.08em; display: block; }
.cover .note { margin-top: 10mm; border-left: 4px solid #154273; padding-left: 5mm; }
.cover .fine { margin-top: auto; font-size: 9pt; color: #444; }
h2 { color: #154273; font-size: 16pt; margin: 0 0 3mm; }
h3 { font-size: 11pt; margin: 5mm 0 2mm; }
.intro { margin: 0 0 5mm; color: #333; }
.tiles { display: grid; grid-template-columns: repeat(3, 1fr); gap: 3mm; margin-bottom: 6mm; }
.tile { border: 1px solid #c9d3dd; border-top: 4px solid #154273; padding: 3mm; }
.tile .v { font-size: 18pt; font-weight: bold; display: block; }
.tile .l { font-size: 8.5pt; color: #333; }
.changes li { margin-bottom: 1.5mm; }
table { border-collapse: collapse; width: 100%; }
.matrix { font-size: 7.5pt; }
.matrix th, .matrix td { border: 1px solid #fff; padding: 1mm 1.2mm; }
.matrix thead th { vertical-align: bottom; text-align: left; }
.matrix th.rot { height: 36mm; white-space: nowrap; padding: 0 0 1mm; width: 10mm; text-align: center; vertical-align: bottom; }
.matrix th.rot span { display: inline-block; writing-mode: vertical-rl; transform: rotate(180deg); }
.matrix tbody th, .matrix tfoot th { text-align: left; font-weight: normal; white-space: nowrap; }
.num { text-align: center; }
.none { color: #777; background: #f2f2f2; }
.legend { font-size: 8pt; margin: 3mm 0 0; }
.legend .key { margin-right: 3mm; white-space: nowrap; }
.swatch { display: inline-block; width: 4mm; height: 3mm; margin-right: 1mm; border: 1px solid #bbb; vertical-align: middle; }
figure { margin: 0; }
.map svg { max-height: 190mm; }
.network svg { max-height: 175mm; }
.credit { font-size: 8pt; color: #444; }
.brokers { columns: 2; font-size: 8.5pt; margin: 0; padding-left: 5mm; }
.dot { display: inline-block; width: 2.5mm; height: 2.5mm; border-radius: 50%; margin-right: 1.5mm; }
.list { font-size: 8pt; }
.list th { text-align: left; border-bottom: 2px solid #154273; padding: 1.5mm; }
.list td { border-bottom: 1px solid #ddd; padding: 1.1mm 1.5mm; vertical-align: top; }
.list tr { break-inside: avoid; }
.list .date { white-space: nowrap; }
.coalition { break-inside: avoid; border-bottom: 1px solid #ddd; padding-bottom: 1.2mm; margin-bottom: 1.2mm; font-size: 8.5pt; }
.coalition h3 { margin: 0 0 0.5mm; font-size: 10pt; }
.coalition p { margin: 0.4mm 0; }
.coalition .meta { color: #444; font-size: 8pt; }
.defs dt { font-weight: bold; margin-top: 2.5mm; }
.defs dd { margin: 0.5mm 0 0 0; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
`;

function cover(d: BriefingData, t: T): string {
  const audience = t[`audience_${d.audience}`];
  const by = d.snapshot.takenBy ? fmt(t.takenBy, { name: d.snapshot.takenBy }) : t.takenByRole;
  const marking = d.confidential
    ? `<div class="marking"><strong>${esc(t.confidential)}</strong>${esc(t.confidentialNote)}</div>`
    : '';
  const note = d.snapshot.note.trim()
    ? `<div class="note"><h3>${esc(t.note)}</h3><p>${esc(d.snapshot.note)}</p></div>`
    : '';
  return `<section class="cover"><div class="band"><h1>${esc(t.docTitle)}</h1><p class="sub">${esc(t.subtitle)}</p></div>
<p class="audience">${esc(fmt(t.forAudience, { audience }))}</p>
<div class="dates"><p>${esc(fmt(t.snapshotOf, { date: formatDate(d.snapshot.asOf, d.locale) }))}</p>
<p>${esc(fmt(t.generatedOn, { date: formatDateTime(d.generatedAt, d.locale) }))}</p><p>${esc(by)}</p></div>
${marking}${note}<p class="fine">${esc(d.includeNames ? t.withNames : t.noNames)} ${esc(t.sources)}</p></section>`;
}

function summary(d: BriefingData, t: T): string {
  const tiles = FIGURE_KEYS.map(
    (k) =>
      `<div class="tile"><span class="v">${esc(formatFigure(d.figures[k], FIGURE_KIND[k], d.locale))}</span><span class="l">${esc(t[`fig_${k}`])}</span></div>`,
  ).join('');
  const sentences = changeSentences(d.figures, d.previous?.figures ?? null, d.locale);
  const intro = comparisonIntro(d.previous?.asOf ?? null, d.locale, (x) => formatDate(x, d.locale));
  const c = d.counts;
  const counts = fmt(t.countsLine, {
    organisations: c.organisations,
    algemeen: c.algemeen,
    functioneel: c.functioneel,
    overig: c.overig,
    expected: c.expectedLinks,
    realised: c.realisedLinks,
    ties: c.ties,
    cross: c.crossChainTies,
  });
  return `<section class="page" id="samenvatting"><h2>${esc(t.summaryTitle)}</h2><p class="intro">${esc(t.summaryIntro)}</p>
<div class="tiles">${tiles}</div><p>${esc(intro)}</p>
<ul class="changes">${sentences.map((s) => `<li>${esc(s.text)}</li>`).join('')}</ul><p>${esc(counts)}</p></section>`;
}

export function briefingHtml(d: BriefingData): string {
  const t = briefing[d.locale];
  const title = `${t.docTitle} — ${formatDate(d.snapshot.asOf, d.locale)}`;
  return `<!doctype html><html lang="${d.locale}"><head><meta charset="utf-8"><title>${esc(title)}</title><style>${CSS}${SCENARIO_CSS}</style></head><body>
${cover(d, t)}
${summary(d, t)}
${matrixSection(d, t)}
${mapSection(d, t)}
${networkSection(d, t)}
${gapsSection(d, t)}
${coalitionsSection(d, t)}
${recommendationsSection(d)}
${scenarioSections(d)}
${surveySection(d, (c) => (common[d.locale] as Record<string, string>)[`chain_${c}`] ?? c)}
${appendixSection(d, t)}
</body></html>`;
}

/** Chromium's running header and footer (its own template: pageNumber/totalPages are filled per page). */
export function headerFooter(d: BriefingData): { headerTemplate: string; footerTemplate: string } {
  const t = briefing[d.locale];
  const style =
    'font-family: Arial, sans-serif; font-size: 8px; width: 100%; padding: 0 16mm; display: flex; justify-content: space-between; color: #333;';
  const mark = d.confidential
    ? `<span style="color:#a90061;font-weight:bold;letter-spacing:1px">${esc(t.confidential)}</span>`
    : '<span></span>';
  const headerTemplate = `<div style="${style}">${mark}<span>${esc(t.docTitle)}</span>${mark}</div>`;
  const footerTemplate = `<div style="${style}"><span>${esc(fmt(t.snapshotOf, { date: formatDate(d.snapshot.asOf, d.locale) }))}</span>${d.confidential ? mark : '<span></span>'}<span>${esc(t.page)} <span class="pageNumber"></span> ${esc(t.of)} <span class="totalPages"></span></span></div>`;
  return { headerTemplate, footerTemplate };
}
