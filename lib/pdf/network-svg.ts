import type { Locale } from '../i18n/define';
import { CHAIN_COLOURS, esc } from './html-util';
import type { BriefingData } from './model';

// The network picture: organisations as dots coloured by chain, ties as thin lines (ties across
// the chains slightly darker), labels for the most central organisations. Vector only.

const FONT = 8.5;

/**
 * Greedy label placement: the most connected organisations first, each label right, left, above
 * or below its dot, skipped when every spot overlaps a label already placed (readable beats complete).
 */
function placeLabels(
  nodes: BriefingData['network']['nodes'],
  px: (v: number) => string,
  radius: (d: number) => number,
  size: number,
): string {
  const boxes: Array<[number, number, number, number]> = [];
  const out: string[] = [];
  const overlaps = (b: [number, number, number, number]) =>
    boxes.some(([x1, y1, x2, y2]) => b[0] < x2 && b[2] > x1 && b[1] < y2 && b[3] > y1);
  for (const n of nodes
    .filter((x) => x.labelled)
    .sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : 1))) {
    const cx = Number(px(n.x));
    const cy = Number(px(n.y));
    const w = n.name.length * FONT * 0.56;
    const r = radius(n.degree) + 2;
    const spots: Array<{ x: number; y: number; anchor: string; box: [number, number, number, number] }> = [
      { x: cx + r, y: cy, anchor: 'start', box: [cx + r, cy - FONT / 2, cx + r + w, cy + FONT / 2] },
      { x: cx - r, y: cy, anchor: 'end', box: [cx - r - w, cy - FONT / 2, cx - r, cy + FONT / 2] },
      { x: cx, y: cy - r - FONT / 2, anchor: 'middle', box: [cx - w / 2, cy - r - FONT, cx + w / 2, cy - r] },
      { x: cx, y: cy + r + FONT / 2, anchor: 'middle', box: [cx - w / 2, cy + r, cx + w / 2, cy + r + FONT] },
    ];
    const spot = spots.find((s) => s.box[0] >= 2 && s.box[2] <= size - 2 && !overlaps(s.box));
    if (!spot) continue;
    boxes.push(spot.box);
    // A light box behind the label instead of a stroked halo: a stroked text is drawn twice and
    // would appear twice in the PDF's text layer.
    const [x1, y1, x2, y2] = spot.box;
    out.push(
      `<rect x="${(x1 - 1).toFixed(1)}" y="${(y1 - 0.5).toFixed(1)}" width="${(x2 - x1 + 2).toFixed(1)}" height="${(y2 - y1 + 1).toFixed(1)}" fill="#ffffff" fill-opacity="0.8"/>` +
        `<text x="${spot.x.toFixed(1)}" y="${spot.y.toFixed(1)}" text-anchor="${spot.anchor}" dominant-baseline="middle">${esc(n.name)}</text>`,
    );
  }
  return out.join('');
}

export function networkSvg(
  network: BriefingData['network'],
  locale: Locale,
  title: string,
  size = 640,
): string {
  const pad = 40;
  const inner = size - 2 * pad;
  const px = (v: number) => (pad + v * inner).toFixed(1);
  const maxDegree = Math.max(1, ...network.nodes.map((n) => n.degree));
  const radius = (d: number) => 2.2 + 4.5 * Math.sqrt(d / maxDegree);
  const lines: string[] = [];
  const cross: string[] = [];
  for (const [i, j, isCross] of network.edges) {
    const a = network.nodes[i];
    const b = network.nodes[j];
    if (!a || !b) continue;
    const seg = `M${px(a.x)} ${px(a.y)}L${px(b.x)} ${px(b.y)}`;
    (isCross ? cross : lines).push(seg);
  }
  const dots = network.nodes
    .map(
      (n) =>
        `<circle cx="${px(n.x)}" cy="${px(n.y)}" r="${radius(n.degree).toFixed(1)}" fill="${CHAIN_COLOURS[n.chain]}" stroke="#ffffff" stroke-width="0.6"><title>${esc(n.name)}</title></circle>`,
    )
    .join('');
  const labels = placeLabels(network.nodes, px, radius, size);
  const legend = (Object.keys(CHAIN_COLOURS) as Array<keyof typeof CHAIN_COLOURS>)
    .map((c, k) => {
      const label = {
        nl: { algemeen: 'algemene keten', functioneel: 'functionele keten', overig: 'overig' },
        en: { algemeen: 'general chain', functioneel: 'functional chain', overig: 'other' },
      }[locale][c];
      return `<g transform="translate(${pad + k * 150} ${size - 12})"><circle r="5" fill="${CHAIN_COLOURS[c]}"/><text x="10" dominant-baseline="middle">${esc(label)}</text></g>`;
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" width="100%" role="img" aria-label="${esc(title)}">
<title>${esc(title)}</title>
<path d="${lines.join('')}" stroke="#9aa5b1" stroke-opacity="0.18" stroke-width="0.35" fill="none"/>
<path d="${cross.join('')}" stroke="#7a4a1a" stroke-opacity="0.16" stroke-width="0.35" fill="none"/>
<g>${dots}</g>
<g font-size="${FONT}" fill="#1a1a1a">${labels}</g>
<g font-size="10" fill="#1a1a1a">${legend}</g>
</svg>`;
}
