import { z } from 'zod';
import type { Gap, GapFactor } from '../analysis';
import { GAP_STATUSES, GAP_TYPES, type GapStatus, type GapType } from '../domain/enums';

/** A status filter value: the project team's statuses plus 'door-data' (closed by the data). */
export const GAP_STATUS_FILTERS = [...GAP_STATUSES, 'door-data'] as const;
export const GAP_SORTS = ['priority', 'reach', 'openSince', 'type', 'region', 'status'] as const;

const optional = <T extends z.ZodType>(s: T) => s.optional();

/** URL search params → plain object: first value of repeated keys, empty values dropped. */
export function searchParamsToObject(
  input: Record<string, string | string[] | undefined> | URLSearchParams,
): Record<string, string> {
  const out: Record<string, string> = {};
  const entries = input instanceof URLSearchParams ? [...input.entries()] : Object.entries(input);
  for (const [k, v] of entries) {
    const value = Array.isArray(v) ? v[0] : v;
    if (value !== undefined && value !== '' && !(k in out)) out[k] = value;
  }
  return out;
}

/** The report's filters, as they come from URL search params. */
export const gapFiltersSchema = z.object({
  type: optional(z.enum(GAP_TYPES, { message: `type: verwacht / expected ${GAP_TYPES.join(', ')}` })),
  region: optional(z.string().regex(/^VR\d{2}$/, { message: 'region: verwacht / expected VR01–VR25' })),
  sector: optional(z.string().max(120)),
  category: optional(z.enum(['A', 'B'], { message: 'category: verwacht / expected A of/or B' })),
  status: optional(
    z.enum(GAP_STATUS_FILTERS, { message: `status: verwacht / expected ${GAP_STATUS_FILTERS.join(', ')}` }),
  ),
  owner: optional(z.string().trim().max(120)),
  q: optional(z.string().trim().max(200)),
  sort: optional(z.enum(GAP_SORTS, { message: `sort: verwacht / expected ${GAP_SORTS.join(', ')}` })),
  dir: optional(z.enum(['asc', 'desc'])),
  page: optional(z.coerce.number().int().min(1, { message: 'page ≥ 1' }).max(100_000)),
  pageSize: optional(z.coerce.number().int().min(5).max(200, { message: 'pageSize ≤ 200' })),
});
export type GapFilters = z.infer<typeof gapFiltersSchema>;

export interface GapStateInfo {
  status: GapStatus;
  owner: string | null;
  due: string | null;
  version: number;
  firstSeenAt: string | null;
  absentSince: string | null;
}

/** One line of the gap report: the computed gap (or what is remembered of a closed one) and its state. */
export interface GapRow {
  id: string;
  type: GapType;
  organisations: Array<{ id: string; name: string }>;
  personIds: string[];
  regionCode: string | null;
  regionName: string | null;
  sectorId: string | null;
  sectorName: string | null;
  processes: Array<{ id: string; name: string }>;
  category: 'A' | 'B' | null;
  priority: number | null;
  priorityLevel: Gap['priorityLevel'] | null;
  factors: GapFactor[];
  explanation: { nl: string; en: string };
  openSince: string | null;
  status: GapStatus;
  owner: string | null;
  due: string | null;
  version: number;
  /** When the data stopped showing this gap (resolved by the data); null while computed. */
  resolvedByData: string | null;
  firstSeenAt: string | null;
  /**
   * In how many standard scenarios (every category-A process failing in every region) the gap lies
   * on the cascade (lib/analysis/scenario-reach.ts); null for gaps not between two organisations.
   */
  scenarioReach: number | null;
}

export interface GapCounts {
  total: number;
  byType: Record<string, number>;
  byStatus: Record<string, number>;
  byLevel: Record<string, number>;
}

export function statusFilterOf(
  row: Pick<GapRow, 'status' | 'resolvedByData'>,
): (typeof GAP_STATUS_FILTERS)[number] {
  return row.resolvedByData ? 'door-data' : row.status;
}

function matches(row: GapRow, f: GapFilters): boolean {
  if (f.type && row.type !== f.type) return false;
  if (f.region && row.regionCode !== f.region) return false;
  if (f.sector && row.sectorId !== f.sector) return false;
  if (f.category && row.category !== f.category) return false;
  if (f.status && statusFilterOf(row) !== f.status) return false;
  if (f.owner && !(row.owner ?? '').toLowerCase().includes(f.owner.toLowerCase())) return false;
  if (f.q) {
    const q = f.q.toLowerCase();
    const hay = [
      row.id,
      row.explanation.nl,
      row.explanation.en,
      row.regionName ?? '',
      row.sectorName ?? '',
      row.owner ?? '',
      ...row.organisations.map((o) => o.name),
      ...row.processes.map((p) => p.name),
    ]
      .join('\n')
      .toLowerCase();
    if (!hay.includes(q)) return false;
  }
  return true;
}

const STATUS_ORDER = new Map<string, number>(GAP_STATUS_FILTERS.map((s, i) => [s, i]));
const TYPE_ORDER = new Map<string, number>(GAP_TYPES.map((t, i) => [t, i]));

function comparator(sort: GapFilters['sort'], dir: 'asc' | 'desc'): (a: GapRow, b: GapRow) => number {
  const sign = dir === 'asc' ? 1 : -1;
  const str = (x: string | null, y: string | null) => (x ?? '\uffff').localeCompare(y ?? '\uffff');
  const key = (a: GapRow, b: GapRow): number => {
    switch (sort) {
      case 'openSince':
        return str(a.openSince, b.openSince);
      case 'type':
        return TYPE_ORDER.get(a.type)! - TYPE_ORDER.get(b.type)!;
      case 'region':
        return str(a.regionName, b.regionName);
      case 'status':
        return STATUS_ORDER.get(statusFilterOf(a))! - STATUS_ORDER.get(statusFilterOf(b))!;
      case 'reach':
        return (a.scenarioReach ?? -1) - (b.scenarioReach ?? -1);
      default:
        return (a.priority ?? -1) - (b.priority ?? -1);
    }
  };
  return (a, b) =>
    sign * key(a, b) || (b.priority ?? -1) - (a.priority ?? -1) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Filters, counts (following the filters), sorts and pages the report. Pure. */
export function queryGapRows(
  rows: readonly GapRow[],
  f: GapFilters,
): {
  rows: GapRow[];
  counts: GapCounts;
  page: number;
  pageSize: number;
  pages: number;
} {
  const filtered = rows.filter((r) => matches(r, f));
  const counts: GapCounts = { total: filtered.length, byType: {}, byStatus: {}, byLevel: {} };
  for (const r of filtered) {
    counts.byType[r.type] = (counts.byType[r.type] ?? 0) + 1;
    const s = statusFilterOf(r);
    counts.byStatus[s] = (counts.byStatus[s] ?? 0) + 1;
    const l = r.priorityLevel ?? 'geen';
    counts.byLevel[l] = (counts.byLevel[l] ?? 0) + 1;
  }
  const sort = f.sort ?? 'priority';
  const dir = f.dir ?? (sort === 'priority' || sort === 'reach' ? 'desc' : 'asc');
  filtered.sort(comparator(sort, dir));
  const pageSize = f.pageSize ?? 25;
  const pages = Math.max(1, Math.ceil(filtered.length / pageSize));
  const page = Math.min(f.page ?? 1, pages);
  return { rows: filtered.slice((page - 1) * pageSize, page * pageSize), counts, page, pageSize, pages };
}

/** Search params for a filter set (for links that keep the filters, and the export link). */
export function filtersToSearch(
  f: GapFilters,
  overrides: Partial<Record<keyof GapFilters | 'format', string | number | undefined>> = {},
): string {
  const p = new URLSearchParams();
  const all = { ...f, ...overrides } as Record<string, string | number | undefined>;
  for (const [k, v] of Object.entries(all)) if (v !== undefined && v !== '') p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
}
