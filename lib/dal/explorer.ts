import { createHash } from 'node:crypto';
import { z } from 'zod';
import { toGexf, toGraphml } from '../analysis';
import { recordAudit } from '../audit/record';
import type { Viewer } from '../auth/viewer';
import { runQuery, withWriteTransaction } from '../db/run';
import { ValidationError, zodIssuesToText } from '../errors';
import { defaultLayout, startFromOrganisations } from '../explorer/default-layout';
import { exportGraph } from '../explorer/export-graph';
import { viewModel, type ViewModel } from '../explorer/model';
import { VIEWS, type ExplorerPayload, type Layout, type View } from '../explorer/payload';
import { placeNodes, type Point } from '../explorer/placement';
import type { ExplorerState } from '../explorer/state';
import { buildExplorerInThread } from '../workers/analysis-thread';
import { closedGapIds, getFullAnalysis } from './analysis';
import { getExplorerSurveyScores } from './survey-results';
import { assertCan, can } from '../auth/permissions';
import { defineCache, defineMemo, restrictToScope, scopeOf, SHARED, type Locale } from './cache';
import { getNetworkForViewer, today } from './network';

// The explorer's data: the viewer's network as a compact payload with stable positions per view.

// The caches (lib/dal/cache.ts): default layouts per node/edge fingerprint; the payload without
// positions per scope, as-of date, locale and set of closed gaps; each view's saved layout per
// version; and, derived per built payload, the positions and the serialised JSON.
const defaults = defineMemo<object, Layout>('explorer-default-layouts', { maxVariants: 12 });
/** One object per process: default layouts are keyed on it and the model's fingerprint. */
const defaultsRoot = {};
const built = defineCache<ExplorerPayload>('explorer-payload', { dependsOn: ['network'], max: 50 });
const savedLayout = defineCache<LayoutRow | undefined>('explorer-saved-layout', { dependsOn: [], max: 12 });
/**
 * Positions per built payload and view, for one saved version of that view: saving one view's
 * layout re-positions that view only.
 */
const positioned = defineMemo<ExplorerPayload, Map<View, { version: number; layout: Layout }>>(
  'explorer-positions',
);
/** The layouts object handed out per built payload (its identity keys the JSON cache). */
const layoutsOf = defineMemo<ExplorerPayload, { current: ExplorerPayload['layouts'] | null }>(
  'explorer-layouts',
);
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
    base = defaults.get(defaultsRoot, fingerprint(model), () => defaultLayout(model, start?.()));
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

type LayoutRow = Awaited<ReturnType<typeof runQuery<'get-layouts'>>>[number];

/**
 * The payload without positions for this viewer's visibility scope. Rebuilt only when the network's
 * change counter moves (lib/db/revision.ts) or the set of closed gaps changes: members whose
 * organisations see the same confidential koppelvlakken share one (lib/dal/cache.ts).
 */
async function builtFor(viewer: Viewer, asOf: string, locale: Locale): Promise<ExplorerPayload> {
  const [scope, closedGaps] = await Promise.all([scopeOf(viewer), closedGapIds()]);
  const variant = [...closedGaps].sort().join(',');
  return built.get({ scope: scope.key, asOf, locale, variant }, async () => {
    // Today's network is the one the analysis of this scope already loaded (no second read); the
    // build itself runs in the worker thread (seconds at scale 20), off the event loop.
    const network =
      asOf === today()
        ? (await getFullAnalysis(viewer)).network
        : restrictToScope(await getNetworkForViewer(viewer, asOf), scope);
    const surveyScores = await getExplorerSurveyScores(viewer);
    return buildExplorerInThread(network, { locale, closedGapIds: closedGaps, surveyScores });
  });
}

/**
 * The saved version of every view (one small query), and each view's positions read again only
 * when its version changed (they are large at scale).
 */
async function savedLayouts(): Promise<Map<View, { version: number; row: LayoutRow | undefined }>> {
  const versions = new Map((await runQuery('get-layout-versions', {})).map((v) => [v.view, v.version]));
  const out = new Map<View, { version: number; row: LayoutRow | undefined }>();
  const rows = VIEWS.map((view) => {
    const version = versions.get(view) ?? 0;
    return savedLayout.get({ scope: SHARED, variant: `${view}@${version}` }, () =>
      runQuery('get-layouts', { views: [view] }).then((r) => r.find((x) => x.view === view)),
    );
  });
  for (const [i, view] of VIEWS.entries())
    out.set(view, { version: versions.get(view) ?? 0, row: await rows[i] });
  return out;
}

/** The positions of every view for this built payload; only views whose saved version moved are redone. */
function positionedLayouts(
  cached: ExplorerPayload,
  saved: Map<View, { version: number; row: LayoutRow | undefined }>,
): ExplorerPayload['layouts'] {
  const perView = positioned.get(cached, '', () => new Map());
  let changed = false;
  const at = (view: View): Layout => {
    const { version, row } = saved.get(view)!;
    const hit = perView.get(view);
    if (hit && hit.version === version) return hit.layout;
    const model = viewModel(cached, view);
    const layout =
      view === 'organisaties'
        ? positions(model, row)
        : positions(model, row, () => startFromOrganisations(model, at('organisaties'), cached.orgs.ids));
    perView.set(view, { version, layout });
    changed = true;
    return layout;
  };
  const next = { organisaties: at('organisaties'), mensen: at('mensen'), coalities: at('coalities') };
  const handed = layoutsOf.get(cached, '', () => ({ current: null }));
  if (handed.current && !changed) return handed.current;
  handed.current = next;
  return next;
}

/** May this viewer open the explorer? (The page is a shell; GET /api/graph checks again.) */
export function assertCanExplore(viewer: Viewer): void {
  assertCan(viewer, 'network:read');
}

export async function getExplorerPayload(
  viewer: Viewer,
  opts: { asOf?: string; locale?: 'nl' | 'en' } = {},
): Promise<ExplorerPayload> {
  assertCan(viewer, 'network:read');
  const [cached, saved] = await Promise.all([
    builtFor(viewer, opts.asOf ?? today(), opts.locale ?? 'nl'),
    savedLayouts(),
  ]);
  const layouts = positionedLayouts(cached, saved);
  // Shared between requests: callers must not change the payload they get (they only send it).
  return {
    ...cached,
    layouts,
    can: {
      layoutWrite: can(viewer, 'layout:write'),
      exportData: can(viewer, 'export:data'),
      editNetwork: can(viewer, 'network:write'),
      gapsRead: can(viewer, 'gaps:read'),
    },
  };
}

/** A serialised payload: its text, byte length and entity tag (a hash of the text). */
export interface PayloadJson {
  json: string;
  bytes: number;
  etag: string;
}

/** The serialised payloads per positioned layouts object and permission set (megabytes at scale). */
const jsonOf = defineMemo<object, PayloadJson>('explorer-json');

/**
 * getExplorerPayload as JSON text, serialised (and hashed for the ETag) once per payload version
 * and permission set. Two viewers get the same ETag only when they get the same bytes.
 */
export async function getExplorerPayloadJson(
  viewer: Viewer,
  opts: { asOf?: string; locale?: 'nl' | 'en' } = {},
): Promise<PayloadJson> {
  const payload = await getExplorerPayload(viewer, opts);
  return jsonOf.get(payload.layouts, JSON.stringify(payload.can), () => {
    const json = JSON.stringify(payload);
    const bytes = Buffer.byteLength(json);
    const etag = `"${createHash('sha256').update(json).digest('base64url').slice(0, 27)}"`;
    return { json, bytes, etag };
  });
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
  ip: string | null = null,
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
      { action: 'layout.save', entityType: 'Layout', entityId: view, after: { count: ids.length }, ip },
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
