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
import { processShared } from '../runtime/shared';
import { getFullAnalysis } from './analysis';
import { bumpGapStates, gapStates, type GapStateRow } from './gap-states';
import { assertCan } from '../auth/permissions';

type StateRow = GapStateRow;

// One per process (lib/runtime/shared.ts): pages and route handlers share what was synced and built.
const state = processShared('gap-report', () => ({
  lastSync: '',
  syncing: Promise.resolve() as Promise<void>,
  syncKeys: new WeakMap<readonly Gap[], string>(),
  rowsOf: new WeakMap<AnalysisResult, { states: Promise<Map<string, StateRow>>; rows: GapRow[] }>(),
  introducersOf: new WeakMap<AnalysisResult, (a: string, b: string) => Introducer | null>(),
}));

/**
 * Tells Neo4j which gaps are computed now: new gaps get a state 'open', gaps that are no longer
 * computed are marked resolved by the data (with an event), gaps that come back reopen. Runs only
 * when the set of computed gaps changed since this process last synced.
 */

async function syncGapStates(gaps: readonly Gap[], asOf: string): Promise<void> {
  let key = state.syncKeys.get(gaps);
  if (key === undefined)
    state.syncKeys.set(gaps, (key = `${asOf}#${gaps.length}#${gaps.map((g) => g.id).join(',')}`));
  if (key === state.lastSync) return;
  const run = state.syncing.then(async () => {
    if (key === state.lastSync) return;
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
    state.lastSync = key;
  });
  state.syncing = run.catch(() => undefined);
  await run;
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

function toRow(g: Gap | null, s: StateRow | undefined, n: Names, id: string): GapRow | null {
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
  };
}

/** The report's rows, built once per analysis and state snapshot (then only filtered per request). */

async function loadRows(viewer: Viewer) {
  const full = await getFullAnalysis(viewer);
  await syncGapStates(full.analysis.gaps, full.analysis.asOf);
  const statesP = gapStates();
  let introducer = state.introducersOf.get(full.analysis);
  if (!introducer) {
    introducer = introducerFinder(full.analysis, full.network, full.introducers);
    state.introducersOf.set(full.analysis, introducer);
  }
  const hit = state.rowsOf.get(full.analysis);
  if (hit && hit.states === statesP) return { full, rows: hit.rows, introducer };
  const states = await statesP;
  const rows: GapRow[] = [];
  const names = namesOf(full.network);
  const computed = new Set<string>();
  for (const g of full.analysis.gaps) {
    computed.add(g.id);
    rows.push(toRow(g, states.get(g.id), names, g.id)!);
  }
  for (const [id, s] of states)
    if (!computed.has(id)) {
      const row = toRow(null, s, names, id);
      if (row) rows.push(row);
    }
  state.rowsOf.set(full.analysis, { states: statesP, rows });
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
  if (!row) throw new NotFoundError({ nl: `Knelpunt ${id} bestaat niet.`, en: `Gap ${id} does not exist.` });
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
  if (!row)
    throw new NotFoundError({
      nl: `Knelpunt ${v.gapId} bestaat niet.`,
      en: `Gap ${v.gapId} does not exist.`,
    });
  if (!GAP_TRANSITIONS[row.status].includes(v.status))
    throw new ValidationError({
      nl: `Van status ${row.status} kan niet naar ${v.status}; wel naar: ${GAP_TRANSITIONS[row.status].join(', ')}.`,
      en: `Status ${row.status} cannot change to ${v.status}; allowed: ${GAP_TRANSITIONS[row.status].join(', ')}.`,
    });
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
    if (!res)
      throw new ConflictError({
        nl: 'Iemand anders heeft dit knelpunt intussen gewijzigd. Laad de pagina opnieuw.',
        en: 'Someone else changed this gap in the meantime. Reload the page.',
      });
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
