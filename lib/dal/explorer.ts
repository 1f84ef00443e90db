import { z } from 'zod';
import { toGexf, toGraphml } from '../analysis';
import { recordAudit } from '../audit/record';
import type { Viewer } from '../auth/viewer';
import { runQuery, withWriteTransaction } from '../db/run';
import { ValidationError, zodIssuesToText } from '../errors';
import { buildExplorerPayload } from '../explorer/build';
import { defaultLayout, startFromOrganisations } from '../explorer/default-layout';
import { exportGraph } from '../explorer/export-graph';
import { viewModel, type ViewModel } from '../explorer/model';
import { VIEWS, type ExplorerPayload, type Layout, type View } from '../explorer/payload';
import { placeNodes, type Point } from '../explorer/placement';
import type { ExplorerState } from '../explorer/state';
import { assertCan, can } from './guard';
import { getNetworkForViewer, today } from './network';

// The explorer's data: the viewer's network as a compact payload with stable positions per view.

const defaults = new Map<string, Layout>();
function fingerprint(model: ViewModel): string {
  let h = 2166136261;
  const mix = (s: string) => {
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  };
  for (const n of model.nodes) mix(n.key);
  for (const e of model.edges) mix(e.key);
  return `${model.view}:${model.nodes.length}:${model.edges.length}:${h >>> 0}`;
}

/** Saved positions where there are any, the deterministic default otherwise; new nodes near their neighbours. */
function positions(model: ViewModel, saved: Layout | undefined, start?: () => Map<string, Point>): Layout {
  let base = saved && saved.ids.length ? saved : undefined;
  if (!base) {
    const key = fingerprint(model);
    base = defaults.get(key);
    if (!base) {
      base = defaultLayout(model, start?.());
      if (defaults.size > 12) defaults.clear();
      defaults.set(key, base);
    }
  }
  const known = new Map<string, Point>(base.ids.map((id, i) => [id, { x: base.xs[i]!, y: base.ys[i]! }]));
  const adj = new Map<string, string[]>();
  for (const e of model.edges) {
    (adj.get(e.source) ?? adj.set(e.source, []).get(e.source)!).push(e.target);
    (adj.get(e.target) ?? adj.set(e.target, []).get(e.target)!).push(e.source);
  }
  const keys = model.nodes.map((n) => n.key);
  const placed = placeNodes(keys, (k) => adj.get(k) ?? [], known);
  const r = (v: number) => Math.round(v * 100) / 100;
  return {
    ids: keys,
    xs: keys.map((k) => r(placed.get(k)!.x)),
    ys: keys.map((k) => r(placed.get(k)!.y)),
    updatedAt: saved?.updatedAt ?? null,
  };
}

const TTL_MS = 15_000;
const built = new Map<string, { at: number; value: Promise<ExplorerPayload> }>();

/** The payload without positions, per visibility scope, for a few seconds (several tabs, exports). */
function builtFor(viewer: Viewer, asOf: string, locale: 'nl' | 'en'): Promise<ExplorerPayload> {
  const key = `${can(viewer, 'confidential:read') ? '*' : [...viewer.organisationIds].sort().join(',')}|${asOf}|${locale}`;
  const hit = built.get(key);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.value;
  const value = (async () => {
    const [network, states] = await Promise.all([
      getNetworkForViewer(viewer, asOf),
      runQuery('get-gap-states', {}),
    ]);
    const closedGapIds = new Set(
      states.filter((g) => g.status === 'opgelost' || g.status === 'niet-van-toepassing').map((g) => g.id),
    );
    return buildExplorerPayload(network, { locale, closedGapIds });
  })();
  if (built.size > 20) built.clear();
  built.set(key, { at: Date.now(), value });
  value.catch(() => built.delete(key));
  return value;
}

export async function getExplorerPayload(
  viewer: Viewer,
  opts: { asOf?: string; locale?: 'nl' | 'en' } = {},
): Promise<ExplorerPayload> {
  assertCan(viewer, 'network:read');
  const [cached, saved] = await Promise.all([
    builtFor(viewer, opts.asOf ?? today(), opts.locale ?? 'nl'),
    runQuery('get-layouts', {}),
  ]);
  const payload: ExplorerPayload = {
    ...cached,
    layouts: { ...cached.layouts },
    can: {
      layoutWrite: can(viewer, 'layout:write'),
      exportData: can(viewer, 'export:data'),
      editNetwork: can(viewer, 'network:write'),
      gapsRead: can(viewer, 'gaps:read'),
    },
  };
  const byView = new Map(saved.map((l) => [l.view, l]));
  const orgs = positions(viewModel(payload, 'organisaties'), byView.get('organisaties'));
  payload.layouts.organisaties = orgs;
  for (const view of VIEWS.filter((v) => v !== 'organisaties')) {
    const model = viewModel(payload, view);
    payload.layouts[view] = positions(model, byView.get(view), () =>
      startFromOrganisations(model, orgs, payload.orgs.ids),
    );
  }
  return payload;
}

const MAX_NODES = 100_000;
export const layoutInput = z
  .object({
    view: z.enum(VIEWS),
    ids: z.array(z.string().min(1).max(120)).max(MAX_NODES),
    xs: z.array(z.number().finite()).max(MAX_NODES),
    ys: z.array(z.number().finite()).max(MAX_NODES),
  })
  .strict()
  .refine((v) => v.ids.length === v.xs.length && v.ids.length === v.ys.length, {
    message: 'ids, xs en ys moeten even lang zijn / ids, xs and ys must have the same length',
  })
  .refine((v) => new Set(v.ids).size === v.ids.length, {
    message: 'dubbele id in de lay-out / duplicate id in the layout',
  });

/** Saves the positions of one view so everyone sees the same map next time (regisseur only). */
export async function saveLayout(
  viewer: Viewer,
  input: unknown,
): Promise<{ view: View; count: number; version: number }> {
  assertCan(viewer, 'layout:write');
  const parsed = layoutInput.safeParse(input);
  if (!parsed.success) throw new ValidationError(zodIssuesToText(parsed.error.issues));
  const { view, ids, xs, ys } = parsed.data;
  const r = (v: number) => Math.round(v * 100) / 100;
  return withWriteTransaction(async (tx) => {
    const [row] = await runQuery(
      'save-layout',
      { view, ids, xs: xs.map(r), ys: ys.map(r), now: new Date().toISOString(), userId: viewer.userId },
      { tx },
    );
    await recordAudit(
      viewer,
      { action: 'layout.save', entityType: 'Layout', entityId: view, after: { count: ids.length } },
      tx,
    );
    return { view, count: row?.count ?? ids.length, version: row?.version ?? 0 };
  });
}

export type GraphFormat = 'gexf' | 'graphml';

/** The filtered view as GEXF or GraphML; only what the viewer may see, and audited. */
export async function exportExplorerGraph(
  viewer: Viewer,
  state: Pick<ExplorerState, 'view' | 'filters' | 'missing'>,
  format: GraphFormat,
  ip: string | null = null,
): Promise<string> {
  assertCan(viewer, 'network:read');
  assertCan(viewer, 'export:data');
  const payload = await getExplorerPayload(viewer);
  const graph = exportGraph(payload, state);
  const text = format === 'gexf' ? toGexf(graph, { creator: 'Koppelvlak verkenner' }) : toGraphml(graph);
  await withWriteTransaction((tx) =>
    recordAudit(
      viewer,
      {
        action: `export.${format}`,
        entityType: 'Graph',
        entityId: state.view,
        after: { nodes: graph.order, edges: graph.size, filters: state.filters },
        ip,
      },
      tx,
    ),
  );
  return text;
}
