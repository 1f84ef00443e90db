// The picture before anyone saved a layout: ForceAtlas2 and a no-overlap pass from a seeded start,
// computed on the server so every viewer starts from the same deterministic map. The start is a
// circle, or given positions (people start around their organisation's position).
import { UndirectedGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import type { ViewModel } from './model';
import type { Layout } from './payload';
import type { Point } from './placement';

export function defaultLayout(model: ViewModel, start?: Map<string, Point>): Layout {
  const g = new UndirectedGraph();
  const n = model.nodes.length;
  model.nodes.forEach((node, i) => {
    const a = (2 * Math.PI * i) / Math.max(1, n);
    const p = start?.get(node.key) ?? { x: 100 * Math.cos(a), y: 100 * Math.sin(a) };
    g.addNode(node.key, { x: p.x, y: p.y, size: 5 });
  });
  for (const e of model.edges)
    if (g.hasNode(e.source) && g.hasNode(e.target) && !g.hasEdge(e.source, e.target))
      g.addEdge(e.source, e.target, { weight: e.weight });
  if (n > 1) {
    // Budget: about 1.5 million node-pair or edge visits; a good start needs fewer iterations.
    const perIteration = (n > 250 ? n * Math.log2(n) * 4 : n * n) + g.size;
    const cap = start ? 60 : 150;
    const iterations = Math.max(15, Math.min(cap, Math.round(1_500_000 / perIteration)));
    const settings = { ...forceAtlas2.inferSettings(g), barnesHutOptimize: n > 250 };
    forceAtlas2.assign(g, { iterations, settings, getEdgeWeight: 'weight' });
    noverlap.assign(g, { maxIterations: 30, settings: { margin: 2, ratio: 1.2 } });
  }
  const ids: string[] = [];
  const xs: number[] = [];
  const ys: number[] = [];
  g.forEachNode((k, a) => {
    ids.push(k);
    xs.push(Math.round((a.x as number) * 100) / 100);
    ys.push(Math.round((a.y as number) * 100) / 100);
  });
  return { ids, xs, ys, updatedAt: null };
}

/** Start positions for people and coalitions: around their organisation in the organisations layout. */
export function startFromOrganisations(
  model: ViewModel,
  orgLayout: Layout,
  orgIds: string[],
): Map<string, Point> {
  const at = new Map(orgLayout.ids.map((id, i) => [id, { x: orgLayout.xs[i]!, y: orgLayout.ys[i]! }]));
  const seen = new Map<string, number>();
  const out = new Map<string, Point>();
  for (const node of model.nodes) {
    const orgKey = node.org >= 0 ? orgIds[node.org] : undefined;
    const base = orgKey ? at.get(orgKey) : undefined;
    if (!base) continue;
    const k = seen.get(orgKey!) ?? 0;
    seen.set(orgKey!, k + 1);
    const angle = k * 2.399963; // golden angle: people spread evenly around their organisation
    const r = node.type === 'organisatie' ? 0 : 2 + 1.5 * Math.sqrt(k);
    out.set(node.key, { x: base.x * 3 + r * Math.cos(angle), y: base.y * 3 + r * Math.sin(angle) });
  }
  return out;
}
