// The current view as a print-quality SVG, built from viewport coordinates of nodes and edges.
// Every text is XML-escaped: a name holding markup stays text.
import { escapeXml } from '../io/xml';

export interface SvgNode {
  x: number;
  y: number;
  r: number;
  color: string;
  /** Null when the label is not shown in the view. */
  label: string | null;
}

export interface SvgEdge {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  color: string;
  width: number;
  dashed?: boolean;
}

export interface SvgInput {
  width: number;
  height: number;
  title: string;
  nodes: SvgNode[];
  edges: SvgEdge[];
  legend?: Array<{ label: string; color: string }>;
  background?: string;
}

const COLOR = /^#[0-9a-fA-F]{3,8}$|^rgba?\([\d\s.,%]+\)$/;
const color = (c: string) => (COLOR.test(c) ? c : '#999999');
const n = (v: number) => (Number.isFinite(v) ? String(Math.round(v * 100) / 100) : '0');

export function buildSvg(input: SvgInput): string {
  const { width, height } = input;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}" font-family="Helvetica, Arial, sans-serif">`,
    `<title>${escapeXml(input.title)}</title>`,
    `<rect width="100%" height="100%" fill="${color(input.background ?? '#ffffff')}"/>`,
    '<g class="edges" fill="none" stroke-linecap="round">',
  );
  for (const e of input.edges)
    out.push(
      `<line x1="${n(e.x1)}" y1="${n(e.y1)}" x2="${n(e.x2)}" y2="${n(e.y2)}" stroke="${color(e.color)}" stroke-width="${n(e.width)}"${e.dashed ? ' stroke-dasharray="6 4" class="missing"' : ''}/>`,
    );
  out.push('</g>', '<g class="nodes" stroke="#ffffff" stroke-width="0.8">');
  for (const v of input.nodes)
    out.push(`<circle cx="${n(v.x)}" cy="${n(v.y)}" r="${n(v.r)}" fill="${color(v.color)}"/>`);
  out.push('</g>', '<g class="labels" font-size="12" fill="#1a1a1a">');
  for (const v of input.nodes)
    if (v.label) out.push(`<text x="${n(v.x + v.r + 3)}" y="${n(v.y + 4)}">${escapeXml(v.label)}</text>`);
  out.push('</g>');
  if (input.legend?.length) {
    const h = 18 * input.legend.length + 10;
    out.push(`<g class="legend" font-size="11" transform="translate(10, ${n(height - h - 10)})">`);
    out.push(`<rect width="200" height="${h}" fill="#ffffff" fill-opacity="0.85" stroke="#cccccc"/>`);
    input.legend.forEach((l, i) =>
      out.push(
        `<circle cx="14" cy="${14 + 18 * i}" r="5" fill="${color(l.color)}"/><text x="26" y="${18 + 18 * i}" fill="#1a1a1a">${escapeXml(l.label)}</text>`,
      ),
    );
    out.push('</g>');
  }
  out.push('</svg>');
  return out.join('\n');
}
