// Colours and sizes of nodes, and the legend that says what they mean. Colour-blind safe: the two
// chains are blue and orange (distinguishable in every common colour-vision deficiency).
import { CHAINS } from '../domain/enums';
import type { VNode } from './model';
import type { ExplorerPayload } from './payload';
import type { ColorBy, SizeBy } from './state';

export const CHAIN_COLORS: Record<string, string> = {
  algemeen: '#0b5cad',
  functioneel: '#c45500',
  overig: '#6b6b6b',
};
export const COALITION_NODE_COLOR = '#5b3e96';
export const MISSING_COLOR = '#b3261e';
export const NONE_COLOR = '#9a9a9a';
/** Okabe–Ito and Tol's muted palette: categorical, colour-blind friendly. */
export const PALETTE = [
  '#0072b2',
  '#e69f00',
  '#009e73',
  '#cc79a7',
  '#56b4e9',
  '#d55e00',
  '#332288',
  '#117733',
  '#882255',
  '#44aa99',
  '#999933',
  '#aa4499',
];

/** Survey scores (1–4) in five bins, on a colour-blind-safe sequential scale (light → dark blue). */
export const SCORE_BINS = [
  { key: 's1', label: '1,0–1,9', below: 2, color: '#c6dbef' },
  { key: 's2', label: '2,0–2,4', below: 2.5, color: '#9ecae1' },
  { key: 's3', label: '2,5–2,9', below: 3, color: '#4292c6' },
  { key: 's4', label: '3,0–3,4', below: 3.5, color: '#2171b5' },
  { key: 's5', label: '3,5–4,0', below: Infinity, color: '#08306b' },
] as const;
export const REPORTED_CONFIRMED_COLOR = '#117733';
export const REPORTED_UNCONFIRMED_COLOR = '#6b6b6b';

export interface LegendItem {
  label: string;
  color: string;
}

function categoryOf(p: ExplorerPayload, n: VNode, by: ColorBy): { key: string; label: string } | null {
  const o = n.org;
  if (o < 0) return null;
  switch (by) {
    case 'keten': {
      const c = CHAINS[p.orgs.chain[o] ?? -1];
      return c ? { key: c, label: c } : null;
    }
    case 'sector': {
      const s = p.orgs.sector[o] ?? -1;
      return s >= 0 ? { key: p.sectors.ids[s]!, label: p.sectors.names[s]! } : null;
    }
    case 'regio': {
      const r = p.orgs.regions[o]?.[0];
      return r === undefined ? null : { key: p.regions.codes[r]!, label: p.regions.names[r]! };
    }
    case 'community': {
      const c = p.orgs.community[o] ?? -1;
      return c >= 0 ? { key: String(c), label: String(c + 1) } : null;
    }
    case 'vertrouwen':
    case 'waarde': {
      const v = (by === 'vertrouwen' ? p.orgs.trust : p.orgs.value)?.[o] ?? -1;
      if (v < 0) return null;
      const bin = SCORE_BINS.findIndex((b) => v < b.below);
      const b = SCORE_BINS[bin < 0 ? SCORE_BINS.length - 1 : bin]!;
      return { key: b.key, label: b.label };
    }
    case 'coalitie': {
      const c = p.coalitions.orgs.findIndex((os) => os.includes(o));
      return c >= 0 ? { key: p.coalitions.ids[c]!, label: p.coalitions.names[c]! } : null;
    }
  }
}

/**
 * The colour of every node and the legend. Categories beyond the palette share the last colour
 * ("other") so the legend stays honest.
 */
export function colorNodes(
  p: ExplorerPayload,
  nodes: VNode[],
  by: ColorBy,
  labels: { none: string; other: string; coalition: string; chain: (c: string) => string },
) {
  const colors = new Map<string, string>();
  const legend: LegendItem[] = [];
  const assigned = new Map<string, string>();
  const order: Array<{ key: string; label: string }> = [];
  const cats = nodes.map((n) => categoryOf(p, n, by));
  for (const c of cats)
    if (c && !assigned.has(c.key)) {
      assigned.set(c.key, '');
      order.push(c);
    }
  const scored = by === 'vertrouwen' || by === 'waarde';
  if (by === 'keten') for (const c of order) assigned.set(c.key, CHAIN_COLORS[c.key] ?? NONE_COLOR);
  else if (scored) {
    order.sort((a, b) => (a.key < b.key ? -1 : 1));
    for (const c of order) assigned.set(c.key, SCORE_BINS.find((b) => b.key === c.key)?.color ?? NONE_COLOR);
  } else {
    order.sort((a, b) => a.label.localeCompare(b.label, 'nl', { numeric: true }));
    order.forEach((c, i) =>
      assigned.set(c.key, i < PALETTE.length - 1 ? PALETTE[i]! : PALETTE[PALETTE.length - 1]!),
    );
  }
  let anyNone = false;
  let anyCoalition = false;
  nodes.forEach((n, i) => {
    const c = cats[i];
    if (n.type === 'coalitie') anyCoalition = true;
    else if (!c) anyNone = true;
    colors.set(n.key, n.type === 'coalitie' ? COALITION_NODE_COLOR : c ? assigned.get(c.key)! : NONE_COLOR);
  });
  order.forEach((c, i) => {
    if (by !== 'keten' && !scored && i >= PALETTE.length - 1) return;
    legend.push({ label: by === 'keten' ? labels.chain(c.key) : c.label, color: assigned.get(c.key)! });
  });
  if (by !== 'keten' && !scored && order.length >= PALETTE.length)
    legend.push({ label: labels.other, color: PALETTE[PALETTE.length - 1]! });
  if (anyNone) legend.push({ label: labels.none, color: NONE_COLOR });
  if (anyCoalition) legend.push({ label: labels.coalition, color: COALITION_NODE_COLOR });
  return { colors, legend };
}

/** The raw metric value behind "size by" for one node (people and coalitions use their degree). */
export function metricOf(p: ExplorerPayload, n: VNode, by: SizeBy, degree: number): number {
  if (n.type !== 'organisatie') return by === 'degree' ? degree : 0;
  const o = n.org;
  if (by === 'degree') return degree;
  if (by === 'betweenness') return p.orgs.betweenness[o] ?? 0;
  if (by === 'ei') return ((p.orgs.ei[o] ?? 0) + 1) / 2;
  if (by === 'vertrouwen') return Math.max(0, p.orgs.trust?.[o] ?? 0);
  if (by === 'waarde') return Math.max(0, p.orgs.value?.[o] ?? 0);
  return Math.max(0, p.orgs.coverage[o] ?? 0);
}

export const MIN_SIZE = 3;
export const MAX_SIZE = 14;

/** Square-root scale so area, not radius, follows the metric. */
export function sizeScale(values: number[]): (v: number) => number {
  const max = Math.max(0, ...values);
  return (v) =>
    max <= 0 ? MIN_SIZE + 1 : MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(Math.max(0, v) / max);
}
