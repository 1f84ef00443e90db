import { fmt } from '../i18n/define';
import { scenario as messages } from '../i18n/messages/scenario';
import { formatDate, formatDecimal, formatPercent } from './format';
import { esc } from './html-util';
import { affectedRegionsSvg, MAP_CREDIT } from './map';
import type { BriefingData, BriefingScenario } from './model';

// A saved cascade scenario as its own briefing section: the affected regions on the map, the
// cascade as a small diagram (one column per step, arrows from cause to effect) and the missing
// links between the organisations it hits. Names of people only when the briefing includes names.

const MAX_MISSING = 40;
const COL = 170;
const BOX_W = 150;
const BOX_H = 44;
const ROW = 54;
const TOP = 22;

/** Splits a process name into at most three lines of about `width` characters. */
function wrap(text: string, width = 27): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length > 3)
    return [
      ...lines.slice(0, 2),
      `${lines
        .slice(2)
        .join(' ')
        .slice(0, width - 1)}…`,
    ];
  return lines;
}

/** The cascade diagram: steps in columns, a box per process, an arrow per dependency it runs over. */
export function cascadeSvg(s: BriefingScenario, locale: BriefingData['locale']): string {
  const m = messages[locale];
  const columns = Math.max(1, ...s.steps.map((x) => x.step + 1));
  const rowOf = new Map<string, number>();
  const pos = new Map<string, { x: number; y: number }>();
  const perColumn: number[] = Array.from({ length: columns }, () => 0);
  for (const st of s.steps) {
    const r = perColumn[st.step]!;
    perColumn[st.step] = r + 1;
    rowOf.set(st.id, r);
    pos.set(st.id, { x: 6 + st.step * COL, y: TOP + r * ROW });
  }
  const width = columns * COL;
  const height = TOP + Math.max(1, ...perColumn) * ROW + 4;
  const heads = Array.from(
    { length: columns },
    (_, i) =>
      `<text x="${6 + i * COL}" y="12" font-size="9" font-weight="bold" fill="#154273">${esc(i === 0 ? `${m.colStep} 0 (${m.originStep})` : `${m.colStep} ${i}`)}</text>`,
  ).join('');
  const arrows = s.edges
    .map(([from, to]) => {
      const a = pos.get(from);
      const b = pos.get(to);
      if (!a || !b) return '';
      if (b.x > a.x) {
        const x1 = a.x + BOX_W;
        const y1 = a.y + BOX_H / 2;
        const x2 = b.x - 2;
        const y2 = b.y + BOX_H / 2;
        return `<path d="M${x1},${y1} C${x1 + 12},${y1} ${x2 - 12},${y2} ${x2},${y2}" fill="none" stroke="#4a4a4a" stroke-width="1" marker-end="url(#arrow)"/>`;
      }
      // Within a column (or backwards): a bend on the right-hand side.
      const x = Math.max(a.x, b.x) + BOX_W;
      return `<path d="M${a.x + BOX_W},${a.y + BOX_H / 2} C${x + 14},${a.y + BOX_H / 2} ${x + 14},${b.y + BOX_H / 2} ${b.x + BOX_W + 2},${b.y + BOX_H / 2}" fill="none" stroke="#4a4a4a" stroke-width="1" stroke-dasharray="3 2" marker-end="url(#arrow)"/>`;
    })
    .join('');
  const boxes = s.steps
    .map((st) => {
      const p = pos.get(st.id)!;
      const lines = wrap(st.name);
      const hours =
        st.hours === null ? '' : ` · ${fmt(m.durationHours, { h: formatDecimal(st.hours, locale, 0) })}`;
      const meta = `${st.category ? fmt(m.category, { c: st.category }) : ''}${hours}`;
      const fill = st.step === 0 ? '#a50026' : '#fdeee8';
      const ink = st.step === 0 ? '#ffffff' : '#1a1a1a';
      const text = [...lines, meta]
        .map(
          (l, i) =>
            `<tspan x="${p.x + 5}" dy="${i === 0 ? 0 : 9}"${i === lines.length ? ' font-style="italic"' : ''}>${esc(l)}</tspan>`,
        )
        .join('');
      return `<g><rect x="${p.x}" y="${p.y}" width="${BOX_W}" height="${BOX_H}" rx="3" fill="${fill}" stroke="#a50026" stroke-width="0.8"/><text x="${p.x + 5}" y="${p.y + 10}" font-size="7.5" fill="${ink}">${text}</text></g>`;
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="${esc(m.pdfCascadeLabel)}">
<title>${esc(m.pdfCascadeLabel)}</title>
<defs><marker id="arrow" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="6" markerHeight="6" orient="auto"><path d="M0,0 L8,4 L0,8 z" fill="#4a4a4a"/></marker></defs>
${heads}${arrows}${boxes}</svg>`;
}

function one(s: BriefingScenario, d: BriefingData): string {
  const m = messages[d.locale];
  const where = s.national
    ? m.whereNational
    : fmt(m.whereRegions, { regions: s.regions.map((r) => r.name).join(', ') });
  const duration = s.maxHours === null ? m.durationNone : fmt(m.durationHours, { h: s.maxHours });
  const intro = fmt(m.pdfIntro, {
    what: s.failure,
    where,
    duration,
    date: formatDate(s.computedOn, d.locale),
  });
  const f = s.figures;
  const pct = (v: number | null) => (v === null ? '–' : formatPercent(v, d.locale));
  const figures = [
    [m.figOrganisations, String(f.organisations)],
    [m.figExpected, String(f.expected)],
    [m.figRealised, String(f.realised)],
    [m.figMissing, String(f.missing)],
    [m.figCoverage, pct(f.coverage)],
    [m.figDensity, f.density === null ? '–' : formatDecimal(f.density, d.locale)],
  ]
    .map(([k, v]) => `<tr><th scope="row">${esc(k!)}</th><td class="num">${esc(v!)}</td></tr>`)
    .join('');
  const later = s.later.length
    ? `<p>${esc(fmt(m.pdfLater, { list: s.later.map((x) => x.name).join(', ') }))}</p>`
    : '';
  const cycles = s.cycles.length
    ? `<p>${esc(m.cyclesIntro)} ${s.cycles.map((c) => esc([...c, c[0]].join(' → '))).join('; ')}</p>`
    : '';
  const shown = s.missing.slice(0, MAX_MISSING);
  const missing = s.missing.length
    ? `<ul class="missing">${shown.map((l) => `<li>${esc(l.a)} – ${esc(l.b)}</li>`).join('')}${
        s.missing.length > shown.length
          ? `<li>${esc(fmt(m.pdfMissingMore, { n: s.missing.length - shown.length }))}</li>`
          : ''
      }</ul>`
    : `<p>${esc(m.pdfMissingNone)}</p>`;
  const people =
    s.singlePersons.count === 0
      ? ''
      : `<p>${esc(
          s.singlePersons.names
            ? fmt(m.pdfPeople, { n: s.singlePersons.count, names: s.singlePersons.names.join(', ') })
            : fmt(m.pdfPeopleCount, { n: s.singlePersons.count }),
        )}</p>`;
  const map = affectedRegionsSvg(new Set(s.regions.map((r) => r.code)), {
    title: m.pdfMapTitle,
    affectedLabel: m.pdfAffected,
    otherLabel: m.pdfNotAffected,
  });
  return `<section class="page scenario" id="scenario-${esc(s.id)}"><h2>${esc(fmt(m.pdfTitle, { name: s.name }))}</h2>
<p class="intro">${esc(intro)}</p>
<div class="scenario-top"><figure class="scenario-map">${map}<figcaption class="credit">${esc(m.pdfMapTitle)} · ${esc(MAP_CREDIT)}</figcaption></figure>
<table class="list"><caption class="sr">${esc(m.figuresCaption)}</caption><tbody>${figures}</tbody></table></div>
<h3>${esc(m.pdfCascadeTitle)}</h3><figure class="cascade">${cascadeSvg(s, d.locale)}</figure>${later}${cycles}
<h3>${esc(fmt(m.pdfMissingTitle, { n: s.missing.length }))}</h3>${missing}${people}</section>`;
}

/** One section per scenario chosen for the briefing (empty without any). */
export function scenarioSections(d: BriefingData): string {
  return (d.scenarios ?? []).map((s) => one(s, d)).join('\n');
}

/** Extra CSS for the scenario sections (joined into the briefing's stylesheet). */
export const SCENARIO_CSS = `
.scenario-top { display: grid; grid-template-columns: 70mm 1fr; gap: 6mm; align-items: start; }
.scenario-map svg { max-height: 80mm; }
.cascade svg { max-height: 120mm; }
.missing { columns: 2; font-size: 8pt; padding-left: 5mm; }
.missing li { break-inside: avoid; }
`;
