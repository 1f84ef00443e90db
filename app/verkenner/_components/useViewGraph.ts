'use client';
import Graph from 'graphology';
import { useEffect, useMemo, useRef, useState } from 'react';
import { colorNodes, metricOf, sizeScale, type LegendItem } from '@/lib/explorer/appearance';
import { viewModel, type ViewModel } from '@/lib/explorer/model';
import type { ExplorerPayload, View } from '@/lib/explorer/payload';
import type { ColorBy, SizeBy } from '@/lib/explorer/state';

function buildGraph(p: ExplorerPayload, model: ViewModel): Graph {
  const g = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  const layout = p.layouts[model.view];
  const at = new Map(layout.ids.map((id, i) => [id, i]));
  model.nodes.forEach((n, j) => {
    if (g.hasNode(n.key)) return;
    const i = at.get(n.key);
    const a = (2 * Math.PI * j) / Math.max(1, model.nodes.length);
    g.addNode(n.key, {
      x: i === undefined ? 100 * Math.cos(a) : layout.xs[i]!,
      y: i === undefined ? 100 * Math.sin(a) : layout.ys[i]!,
      label: n.label,
      size: 4,
      color: '#9a9a9a',
      nodeType: n.type,
    });
  });
  for (const e of model.edges)
    if (g.hasNode(e.source) && g.hasNode(e.target) && !g.hasEdge(e.source, e.target))
      g.addEdgeWithKey(e.key, e.source, e.target, {
        size: 0.6 + Math.min(3, Math.log1p(e.weight) * 0.8),
        weight: e.weight,
      });
  return g;
}

/** One graphology instance per view, built once and then changed in place. */
export function useViewGraph(p: ExplorerPayload, view: View): { graph: Graph; model: ViewModel } {
  const cache = useRef(new Map<View, { graph: Graph; model: ViewModel }>());
  return useMemo(() => {
    let hit = cache.current.get(view);
    if (!hit) {
      const model = viewModel(p, view);
      hit = { graph: buildGraph(p, model), model };
      cache.current.set(view, hit);
    }
    return hit;
  }, [p, view]);
}

export interface LegendLabels {
  none: string;
  other: string;
  coalition: string;
  chain: (c: string) => string;
}

/** Colours and sizes written into the graph's node attributes; returns the colour legend. */
export function useAppearance(
  p: ExplorerPayload,
  model: ViewModel,
  graph: Graph,
  color: ColorBy,
  size: SizeBy,
  labels: LegendLabels,
): LegendItem[] {
  const [legend, setLegend] = useState<LegendItem[]>([]);
  const labelsRef = useRef(labels);
  labelsRef.current = labels;
  useEffect(() => {
    const { colors, legend: items } = colorNodes(p, model.nodes, color, labelsRef.current);
    const metric = new Map(
      model.nodes.map((n) => [n.key, metricOf(p, n, size, graph.hasNode(n.key) ? graph.degree(n.key) : 0)]),
    );
    const scale = sizeScale([...metric.values()]);
    graph.updateEachNodeAttributes(
      (key, a) => ({ ...a, color: colors.get(key) ?? a.color, size: scale(metric.get(key) ?? 0) }),
      { attributes: ['color', 'size'] },
    );
    setLegend(items);
  }, [p, model, graph, color, size]);
  return legend;
}
