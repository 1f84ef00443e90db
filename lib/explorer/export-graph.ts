// The filtered view as a plain graphology graph, for the GEXF / GraphML exports. Pure.
import { UndirectedGraph } from 'graphology';
import { AGREEMENT_STATUSES, CHAINS } from '../domain/enums';
import { applyFilters, filterIndex } from './filters';
import { missingSegments } from './missing';
import { viewModel } from './model';
import { EVIDENCE_TYPES, type ExplorerPayload } from './payload';
import type { ExplorerState } from './state';

const bits = (mask: number, names: readonly string[]) => names.filter((_, i) => mask & (1 << i));

export function exportGraph(
  p: ExplorerPayload,
  state: Pick<ExplorerState, 'view' | 'filters' | 'missing'>,
): UndirectedGraph {
  const model = viewModel(p, state.view);
  const kept = applyFilters(filterIndex(p, state.filters), model);
  const layout = p.layouts[state.view];
  const at = new Map(layout.ids.map((id, i) => [id, i]));
  const g = new UndirectedGraph({ multi: false });
  for (const n of model.nodes) {
    if (!kept.nodes.has(n.key)) continue;
    const i = at.get(n.key);
    const o = n.org;
    g.addNode(n.key, {
      label: n.label,
      type: n.type,
      chain: o >= 0 ? (CHAINS[p.orgs.chain[o] ?? -1] ?? '') : '',
      sector: o >= 0 ? (p.sectors.ids[p.orgs.sector[o] ?? -1] ?? '') : '',
      organisation: o >= 0 ? p.orgs.ids[o]! : '',
      x: i === undefined ? 0 : layout.xs[i]!,
      y: i === undefined ? 0 : layout.ys[i]!,
    });
  }
  for (const e of model.edges) {
    if (!kept.edges.has(e.key) || g.hasEdge(e.source, e.target)) continue;
    g.addEdgeWithKey(e.key, e.source, e.target, {
      weight: e.weight,
      kind: e.membership ? 'lid' : 'samenwerking',
      evidence: bits(e.ev, EVIDENCE_TYPES),
      agreementStatus: bits(e.st, AGREEMENT_STATUSES),
    });
  }
  if (state.missing)
    for (const { index: i, source: s, target: t } of missingSegments(
      p,
      state.view,
      kept.missing,
      kept.nodes,
    )) {
      const gap = p.missing.gap[i] ?? -1;
      const key = `ontbreekt:${s}|${t}`;
      if (!g.hasNode(s) || !g.hasNode(t)) continue;
      const gapAttrs = {
        missing: true,
        gapId: gap >= 0 ? p.gaps.ids[gap]! : '',
        gapType: gap >= 0 ? p.gaps.type[gap]! : '',
        priority: gap >= 0 ? p.gaps.priority[gap]! : 0,
      };
      // A weak tie may exist without realising the expected link: mark it instead of doubling it.
      if (g.hasEdge(s, t)) g.mergeEdgeAttributes(g.edge(s, t)!, gapAttrs);
      else g.addEdgeWithKey(key, s, t, { weight: 0, kind: 'ontbrekend', ...gapAttrs });
    }
  return g;
}
