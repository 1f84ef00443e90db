import { randomUUID } from 'node:crypto';
import type { AnalysisResult, Gap } from '../analysis';
import { recordAudit } from '../audit/record';
import type { Viewer } from '../auth/viewer';
import { runQuery, withWriteTransaction } from '../db/run';
import { GAP_TRANSITIONS, gapStatusInput } from '../domain/gap-status';
import type { NetworkData } from '../domain/network';
import { ConflictError, NotFoundError, ValidationError, zodIssuesToText } from '../errors';
import {
  gapFiltersSchema,
  queryGapRows,
  searchParamsToObject,
  type GapFilters,
  type GapRow,
} from '../report/gap-report';
import { introducerFinder, type Introducer } from '../report/introducer';
import { getFullAnalysis } from './analysis';
import { defineCache, defineMemo, SHARED } from './cache';
import { bumpGapStates, gapStates, type GapStateRow } from './gap-states';
import { assertCan } from '../auth/permissions';
import { bilingual } from '../i18n/define';
import { errors } from '../i18n/messages/errors';
import { reachOf } from './scenario';

type StateRow = GapStateRow;

// Derived per analysis result (lib/dal/cache.ts): they go when a new analysis replaces it.
const syncKeys = defineMemo<readonly Gap[], string>('gap-sync-keys');
const rowsOf = defineMemo<AnalysisResult, GapRow[]>('gap-rows');
const introducersOf = defineMemo<AnalysisResult, (a: string, b: string) => Introducer | null>(
  'gap-introducers',
);
/** The last set of computed gaps this process told Neo4j about (syncing twice is harmless, only slower). */
const synced = defineCache<void>('gap-sync', { dependsOn: [], max: 1 });

/**
 * Tells Neo4j which gaps are computed now: new gaps get a state 'open', gaps that are no longer
 * computed are marked resolved by the data (with an event), gaps that come back reopen. Runs only
 * when the set of computed gaps changed since this process last synced.
 */

function syncGapStates(gaps: readonly Gap[], asOf: string): Promise<void> {
  const key = syncKeys.get(gaps, '', () => `${asOf}#${gaps.length}#${gaps.map((g) => g.id).join(',')}`);
  return synced.get({ scope: SHARED, asOf, variant: key }, async () => {
    const now = new Date().toISOString();
    const rows = gaps.map((g) => ({
      id: g.id,
      type: g.type,
      organisationIds: g.organisationIds,
      regionCode: g.regionCode,
      sectorId: g.sectorId,
      category: g.category,
      nl: g.explanation.nl,
      en: g.explanation.en,
    }));
    await withWriteTransaction(async (tx) => {
      for (let i = 0; i < rows.length || i === 0; i += 2000)
        await runQuery('sync-gap-states', { rows: rows.slice(i, i + 2000), now }, { tx });
      await runQuery('mark-absent-gap-states', { now }, { tx });
      await bumpGapStates(tx);
    });
  });
}

interface Names {
  org: Map<string, string>;
  region: Map<string, string>;
  sector: Map<string, string>;
  process: Map<string, string>;
}

function namesOf(network: NetworkData): Names {
  return {
    org: new Map(network.organisations.map((o) => [o.id, o.name])),
    region: new Map(network.regions.map((r) => [r.code, r.name])),
    sector: new Map(network.sectors.map((s) => [s.id, s.name])),
    process: new Map(network.processes.map((p) => [p.id, p.name])),
  };
}

function toRow(
  g: Gap | null,
  s: StateRow | undefined,
  n: Names,
  id: string,
  reach: Map<string, number> = new Map(),
): GapRow | null {
  const orgName = (oid: string) => n.org.get(oid) ?? oid;
  const region = (code: string | null) => (code ? (n.region.get(code) ?? code) : null);
  const sector = (sid: string | null) => (sid ? (n.sector.get(sid) ?? sid) : null);
  const state = {
    status: s?.status ?? 'open',
    owner: s?.owner ?? null,
    due: s?.due ?? null,
    version: s?.version ?? 0,
    firstSeenAt: s?.firstSeenAt ?? null,
  };
  if (g)
    return {
      id,
      type: g.type,
      organisations: g.organisationIds.map((o) => ({ id: o, name: orgName(o) })),
      personIds: g.personIds,
      regionCode: g.regionCode,
      regionName: region(g.regionCode),
      sectorId: g.sectorId,
      sectorName: sector(g.sectorId),
      processes: g.processIds.map((p) => ({ id: p, name: n.process.get(p) ?? p })),
      category: g.category,
      priority: g.priority,
      priorityLevel: g.priorityLevel,
      factors: g.factors,
      explanation: g.explanation,
      openSince: g.openSince,
      ...state,
      resolvedByData: null,
      scenarioReach: reach.get(g.id) ?? null,
    };
  if (!s || !s.absentSince || !s.type) return null;
  return {
    id,
    type: s.type,
    organisations: s.organisationIds.map((o) => ({ id: o, name: orgName(o) })),
    personIds: [],
    regionCode: s.regionCode,
    regionName: region(s.regionCode),
    sectorId: s.sectorId,
    sectorName: sector(s.sectorId),
    processes: [],
    category: s.category,
    priority: null,
    priorityLevel: null,
    factors: [],
    explanation: { nl: s.explanationNl ?? '', en: s.explanationEn ?? '' },
    openSince: null,
    ...state,
    resolvedByData: s.absentSince,
    scenarioReach: null,
  };
}

/** The report's rows, built once per analysis and state snapshot (then only filtered per request). */

async function loadRows(viewer: Viewer) {
  const full = await getFullAnalysis(viewer);
  await syncGapStates(full.analysis.gaps, full.analysis.asOf);
  const states = await gapStates();
  const introducer = introducersOf.get(full.analysis, '', () =>
    introducerFinder(full.analysis, full.network, full.introducers),
  );
  const rows = rowsOf.get(full.analysis, states, () => {
    const out: GapRow[] = [];
    const names = namesOf(full.network);
    const computed = new Set<string>();
    const reach = reachOf(full.analysis, full.network).byGap;
    for (const g of full.analysis.gaps) {
      computed.add(g.id);
      out.push(toRow(g, states.get(g.id), names, g.id, reach)!);
    }
    for (const [id, s] of states)
      if (!computed.has(id)) {
        const row = toRow(null, s, names, id);
        if (row) out.push(row);
      }
    return out;
  });
  return { full, rows, introducer };
}

export function parseGapFilters(
  input: Record<string, string | string[] | undefined> | URLSearchParams,
): GapFilters {
  const parsed = gapFiltersSchema.safeParse(searchParamsToObject(input));
  if (!parsed.success) throw new ValidationError(zodIssuesToText(parsed.error.issues));
  return parsed.data;
}

const introFor = (find: (a: string, b: string) => Introducer | null, r: GapRow) =>
  r.organisations.length === 2 ? find(r.organisations[0]!.id, r.organisations[1]!.id) : null;

/** The gap report, filtered, counted, sorted and paged on the server (projectteam, regisseur). */
export async function getGapReport(viewer: Viewer, filters: GapFilters) {
  assertCan(viewer, 'gaps:read');
  const { full, rows, introducer } = await loadRows(viewer);
  const result = queryGapRows(rows, filters);
  const owners = [...new Set(rows.map((r) => r.owner).filter((o): o is string => !!o))].sort();
  return {
    ...result,
    rows: result.rows.map((r) => ({ ...r, introducer: introFor(introducer, r) })),
    asOf: full.analysis.asOf,
    scenarios: reachOf(full.analysis, full.network).scenarios,
    facets: {
      regions: full.network.regions.map((r) => ({ code: r.code, name: r.name })),
      sectors: full.network.sectors.map((s) => ({ id: s.id, name: s.name })),
      owners,
    },
  };
}

/** All filtered rows (no paging) for the export, with the suggested introducer. */
export async function getGapReportRows(viewer: Viewer, filters: GapFilters) {
  assertCan(viewer, 'gaps:read');
  const { rows, introducer } = await loadRows(viewer);
  const all = queryGapRows(rows, { ...filters, page: 1, pageSize: Math.max(rows.length, 5) });
  return all.rows.map((r) => ({ ...r, introducer: introFor(introducer, r) }));
}

/** One gap with its state, suggested introducer and history. */
export async function getGapDetail(viewer: Viewer, id: string) {
  assertCan(viewer, 'gaps:read');
  const { rows, introducer } = await loadRows(viewer);
  const row = rows.find((r) => r.id === id);
  if (!row) throw new NotFoundError(bilingual(errors, 'gapNotFound', { id }));
  const events = await runQuery('get-gap-events', { gapId: id });
  return { row, introducer: introFor(introducer, row), events };
}

/** Which status may follow which: open → erkend → in-behandeling → opgelost / niet-van-toepassing. */

/** Changes a gap's status with who, when and note kept as an event; audited in the same transaction. */
export async function setGapStatus(viewer: Viewer, input: unknown, ip: string | null = null) {
  assertCan(viewer, 'gaps:write');
  const parsed = gapStatusInput.safeParse(input);
  if (!parsed.success) throw new ValidationError(zodIssuesToText(parsed.error.issues));
  const v = parsed.data;
  const { rows } = await loadRows(viewer);
  const row = rows.find((r) => r.id === v.gapId);
  if (!row) throw new NotFoundError(bilingual(errors, 'gapNotFound', { id: v.gapId }));
  if (!GAP_TRANSITIONS[row.status].includes(v.status))
    throw new ValidationError(
      bilingual(errors, 'gapTransition', {
        from: row.status,
        to: v.status,
        allowed: GAP_TRANSITIONS[row.status].join(', '),
      }),
    );
  const keep = v.status === 'in-behandeling' || v.status === 'opgelost';
  const after = {
    status: v.status,
    owner: v.owner ?? (keep ? row.owner : null),
    due: v.due ?? (keep ? row.due : null),
  };
  const result = await withWriteTransaction(async (tx) => {
    const [res] = await runQuery(
      'set-gap-state',
      {
        id: v.gapId,
        expectedVersion: v.expectedVersion,
        ...after,
        now: new Date().toISOString(),
        eventId: randomUUID(),
        actorId: viewer.userId,
        actorName: viewer.name,
        note: v.note,
        reason: v.reason,
      },
      { tx },
    );
    if (!res) throw new ConflictError(bilingual(errors, 'gapChanged'));
    await recordAudit(
      viewer,
      {
        action: 'gap.status',
        entityType: 'Gap',
        entityId: v.gapId,
        before: { status: row.status, owner: row.owner, due: row.due },
        after: { ...after, note: v.note, reason: v.reason },
        ip,
      },
      tx,
    );
    await bumpGapStates(tx);
    return res;
  });
  return { id: result.id, version: result.version, status: v.status };
}
