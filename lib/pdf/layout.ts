import { createHash } from 'node:crypto';
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationNodeDatum,
} from 'd3-force';
import { mulberry32 } from '../analysis';
import type { Chain } from '../domain';

// Positions for the network picture: the layout the regisseur saved in the explorer when there
// is one for (nearly) every organisation, else a force layout computed here with a seeded RNG,
// so the same network always gives the same picture.

export interface LayoutInput {
  nodes: Array<{ id: string; chain: Chain }>;
  ties: Array<{ source: string; target: string; weight: number }>;
  saved: Record<string, { x: number; y: number }> | null;
  seed?: number;
}

export type Positions = Map<string, { x: number; y: number }>;

interface SimNode extends SimulationNodeDatum {
  id: string;
  chain: Chain;
}

/** Scales positions into the unit square [0,1]², keeping the aspect ratio. */
export function normalise(pos: Positions): Positions {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const { x, y } of pos.values()) {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
  const span = Math.max(maxX - minX, maxY - minY) || 1;
  const offX = (1 - (maxX - minX) / span) / 2;
  const offY = (1 - (maxY - minY) / span) / 2;
  const out: Positions = new Map();
  for (const [id, { x, y }] of pos) out.set(id, { x: offX + (x - minX) / span, y: offY + (y - minY) / span });
  return out;
}

/** The strongest ties only, at most `perNode` per organisation: a dense network otherwise lays out as one ball. */
function backbone(input: LayoutInput, perNode: number) {
  const byNode = new Map<string, LayoutInput['ties']>();
  for (const t of input.ties) {
    for (const end of [t.source, t.target]) {
      const list = byNode.get(end) ?? [];
      list.push(t);
      byNode.set(end, list);
    }
  }
  const keep = new Set<LayoutInput['ties'][number]>();
  for (const [, list] of [...byNode].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    list
      .slice()
      .sort((a, b) => b.weight - a.weight || (a.source + a.target < b.source + b.target ? -1 : 1))
      .slice(0, perNode)
      .forEach((t) => keep.add(t));
  }
  return [...keep];
}

type LayoutResult = { positions: Positions; source: 'saved' | 'computed' };

// A computed layout costs 0.3–0.6 s of CPU and is the same for the same input (seeded), so the
// last few are kept: every briefing of a snapshot (audiences, languages) reuses its picture.
const MEMO_SIZE = 8;
const memo = new Map<string, LayoutResult>();

function memoKey(input: LayoutInput): string {
  const h = createHash('sha256');
  h.update(`seed:${input.seed ?? 7}\n`);
  for (const n of input.nodes) h.update(`${n.id}\t${n.chain}\n`);
  h.update('ties\n');
  for (const t of input.ties) h.update(`${t.source}\t${t.target}\t${t.weight}\n`);
  return h.digest('hex');
}

/** Forgets the remembered layouts (bench: a fresh process). */
export function clearLayoutMemo(): void {
  memo.clear();
}

/** Like layoutOnce, remembering computed layouts (a saved layout is cheap and not kept). */
export function computeLayout(input: LayoutInput): LayoutResult {
  const saved = layoutFromSaved(input);
  if (saved) return saved;
  const key = memoKey(input);
  const hit = memo.get(key);
  if (hit) return { positions: new Map(hit.positions), source: hit.source };
  const result = layoutOnce(input);
  memo.set(key, result);
  while (memo.size > MEMO_SIZE) memo.delete(memo.keys().next().value!);
  return { positions: new Map(result.positions), source: result.source };
}

function layoutFromSaved(input: LayoutInput): LayoutResult | null {
  if (input.saved) {
    const known = input.nodes.filter((n) => input.saved![n.id] !== undefined).length;
    if (input.nodes.length > 0 && known / input.nodes.length >= 0.9) {
      const pos: Positions = new Map();
      const placed = input.nodes.filter((n) => input.saved![n.id]);
      const cx = placed.reduce((s, n) => s + input.saved![n.id]!.x, 0) / placed.length;
      const cy = placed.reduce((s, n) => s + input.saved![n.id]!.y, 0) / placed.length;
      // Organisations added after the layout was saved go to the centre of the picture.
      for (const n of input.nodes) pos.set(n.id, input.saved[n.id] ?? { x: cx, y: cy });
      return { positions: normalise(pos), source: 'saved' };
    }
  }
  return null;
}

/** The saved layout when it covers ≥ 90% of the organisations, else a seeded force layout. */
export function layoutOnce(input: LayoutInput): LayoutResult {
  const saved = layoutFromSaved(input);
  if (saved) return saved;
  const nodes: SimNode[] = input.nodes
    .map((n) => ({ id: n.id, chain: n.chain }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const links = backbone(input, 4).map((t) => ({ source: t.source, target: t.target, weight: t.weight }));
  const chainX: Record<Chain, number> = { algemeen: -160, functioneel: 160, overig: 0 };
  const chainY: Record<Chain, number> = { algemeen: 0, functioneel: 0, overig: -170 };
  // Organisations without any tie would fly off and shrink the picture: they get a row at the bottom.
  const tied = new Set(input.ties.flatMap((t) => [t.source, t.target]));
  const sim = forceSimulation<SimNode>(nodes)
    .randomSource(mulberry32(input.seed ?? 7))
    .force(
      'link',
      forceLink<SimNode, { source: string; target: string; weight: number }>(links)
        .id((d) => d.id)
        .distance(50)
        .strength(0.15),
    )
    .force('charge', forceManyBody<SimNode>().strength(-90).distanceMax(250))
    .force('collide', forceCollide<SimNode>(9))
    .force('x', forceX<SimNode>((d) => chainX[d.chain]).strength(0.2))
    .force('y', forceY<SimNode>((d) => chainY[d.chain]).strength(0.2))
    .stop();
  sim.tick(300);
  const pos: Positions = new Map();
  const placed = nodes.filter((n) => tied.has(n.id));
  for (const n of placed) pos.set(n.id, { x: n.x ?? 0, y: n.y ?? 0 });
  const maxY = Math.max(0, ...placed.map((n) => n.y ?? 0));
  const minX = Math.min(0, ...placed.map((n) => n.x ?? 0));
  nodes.filter((n) => !tied.has(n.id)).forEach((n, i) => pos.set(n.id, { x: minX + i * 20, y: maxY + 30 }));
  return { positions: normalise(pos), source: 'computed' };
}
