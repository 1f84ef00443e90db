// The picture before anyone saved a layout: seeded circle, then ForceAtlas2 and a no-overlap pass,
// computed on the server so every viewer starts from the same deterministic map.
import { UndirectedGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import type { ViewModel } from './model';
import type { Layout } from './payload';

export function defaultLayout(model: ViewModel): Layout {
  const g = new UndirectedGraph();
  const n = model.nodes.length;
  model.nodes.forEach((node, i) => {
    const a = (2 * Math.PI * i) / Math.max(1, n);
    g.addNode(node.key, { x: 100 * Math.cos(a), y: 100 * Math.sin(a), size: 5 });
  });
  for (const e of model.edges)
    if (g.hasNode(e.source) && g.hasNode(e.target) && !g.hasEdge(e.source, e.target))
      g.addEdge(e.source, e.target, { weight: e.weight });
  if (n > 1) {
    const iterations = Math.max(20, Math.min(200, Math.round(2_000_000 / (n + g.size + 1))));
    const settings = { ...forceAtlas2.inferSettings(g), barnesHutOptimize: n > 400 };
    forceAtlas2.assign(g, { iterations, settings, getEdgeWeight: 'weight' });
    noverlap.assign(g, { maxIterations: 50, settings: { margin: 2, ratio: 1.2 } });
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
