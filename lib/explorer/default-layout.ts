// The picture before anyone saved a layout: ForceAtlas2 and a no-overlap pass from a seeded start,
// computed on the server so every viewer starts from the same deterministic map. The start is a
// circle, or given positions (people start around their organisation's position).
import { UndirectedGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { sizeScale } from './appearance';
import { labelRoomIterations, spreadForLabels } from './label-room';
import type { ViewModel } from './model';
import type { Layout } from './payload';
import type { Point } from './placement';

export function defaultLayout(model: ViewModel, start?: Map<string, Point>): Layout {
  const g = new UndirectedGraph();
  const n = model.nodes.length;
  model.nodes.forEach((node, i) => {
    const a = (2 * Math.PI * i) / Math.max(1, n);
    const p = start?.get(node.key) ?? { x: 100 * Math.cos(a), y: 100 * Math.sin(a) };
    g.addNode(node.key, { x: p.x, y: p.y, size: 5, label: node.label });
  });
  for (const e of model.edges)
    if (g.hasNode(e.source) && g.hasNode(e.target) && !g.hasEdge(e.source, e.target))
      g.addEdge(e.source, e.target, { weight: e.weight });
  // Pixel sizes as the browser shows them by default (size by degree), for the label room.
  const scale = sizeScale(g.mapNodes((k) => g.degree(k)));
  g.updateEachNodeAttributes((k, a) => ({ ...a, size: scale(g.degree(k)) }));
  if (n > 1) {
    // Budget: about 1.5 million node-pair or edge visits from a circle. From a good start (people
    // around their organisation) a third of that, and none at all when the budget does not buy a
    // few iterations: the start is then the picture (people grouped by organisation, organisations
    // where the organisations view has them), so the first visit stays fast on large networks.
    const perIteration = (n > 250 ? n * Math.log2(n) * 4 : n * n) + g.size;
    const iterations = start
      ? Math.min(40, Math.floor(500_000 / perIteration))
      : Math.max(15, Math.min(150, Math.round(1_500_000 / perIteration)));
    if (iterations >= 5) {
      const settings = { ...forceAtlas2.inferSettings(g), barnesHutOptimize: n > 250 };
      forceAtlas2.assign(g, { iterations, settings, getEdgeWeight: 'weight' });
    }
    // The no-overlap pass costs more than it brings on thousands of nodes (the browser's label
    // collision pass and zooming handle those); the regisseur can still run the layout there.
    spreadForLabels(g, labelRoomIterations(n));
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
  // A coalition starts at the centre of its organisations.
  const sum = new Map<string, { x: number; y: number; n: number }>();
  for (const e of model.edges) {
    const o = e.membership ? at.get(e.target) : undefined;
    if (!o) continue;
    const c = sum.get(e.source) ?? { x: 0, y: 0, n: 0 };
    sum.set(e.source, { x: c.x + o.x, y: c.y + o.y, n: c.n + 1 });
  }
  for (const [key, c] of sum) out.set(key, { x: (c.x / c.n) * 3, y: (c.y / c.n) * 3 });
  // Cluster size follows the spacing of the organisations: the largest organisation's people fill
  // a disc of about 0.4 × the typical distance between organisations, so clusters stay apart.
  const count = new Map<number, number>();
  for (const node of model.nodes)
    if (node.type === 'persoon') count.set(node.org, (count.get(node.org) ?? 0) + 1);
  const xs = orgLayout.xs.map((x) => x * 3);
  const ys = orgLayout.ys.map((y) => y * 3);
  const extent = Math.max(
    Math.max(...xs, 0) - Math.min(...xs, 0),
    Math.max(...ys, 0) - Math.min(...ys, 0),
    1,
  );
  const spacing = extent / Math.sqrt(Math.max(1, orgLayout.ids.length));
  const step = (0.4 * spacing) / Math.sqrt(Math.max(1, ...count.values()));
  for (const node of model.nodes) {
    const orgKey = node.org >= 0 ? orgIds[node.org] : undefined;
    const base = orgKey ? at.get(orgKey) : undefined;
    if (!base) continue;
    const k = seen.get(orgKey!) ?? 0;
    seen.set(orgKey!, k + 1);
    const angle = k * 2.399963; // golden angle: people spread evenly around their organisation
    const r = node.type === 'organisatie' ? 0 : step * Math.sqrt(k + 0.5);
    out.set(node.key, { x: base.x * 3 + r * Math.cos(angle), y: base.y * 3 + r * Math.sin(angle) });
  }
  return out;
}
