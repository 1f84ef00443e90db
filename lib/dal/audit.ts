import { z } from 'zod';
import type { Viewer } from '../auth/viewer';
import { runQuery } from '../db/run';
import { ValidationError, zodIssuesToText } from '../errors';
import { assertCan } from '../auth/permissions';

// Reading the audit trail (regisseur only): filters by actor, action (prefix), entity and dates.
export const AUDIT_PAGE_SIZE = 50;
const blankToNull = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v);
const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'verwacht JJJJ-MM-DD / expected YYYY-MM-DD' });

export const auditFilter = z.object({
  actorId: z.preprocess(blankToNull, z.string().max(120).nullable()).default(null),
  action: z.preprocess(blankToNull, z.string().max(80).nullable()).default(null),
  entityType: z.preprocess(blankToNull, z.string().max(80).nullable()).default(null),
  entityId: z.preprocess(blankToNull, z.string().max(200).nullable()).default(null),
  from: z.preprocess(blankToNull, isoDay.nullable()).default(null),
  to: z.preprocess(blankToNull, isoDay.nullable()).default(null),
  page: z.preprocess((v) => blankToNull(v) ?? 1, z.coerce.number().int().min(1).max(100_000)).default(1),
});
export type AuditFilter = z.output<typeof auditFilter>;

export function parseAuditFilter(input: Record<string, unknown>): AuditFilter {
  const r = auditFilter.safeParse(input);
  if (!r.success) throw new ValidationError(zodIssuesToText(r.error.issues));
  return r.data;
}

function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString();
}

export async function listAuditEvents(viewer: Viewer, filter: AuditFilter, pageSize = AUDIT_PAGE_SIZE) {
  assertCan(viewer, 'audit:read');
  const rows = await runQuery('get-audit-events', {
    actorId: filter.actorId,
    action: filter.action,
    entityType: filter.entityType,
    entityId: filter.entityId,
    from: filter.from ? `${filter.from}T00:00:00.000Z` : null,
    to: filter.to ? nextDay(filter.to) : null,
    skip: (filter.page - 1) * pageSize,
    limit: pageSize,
  });
  const row = rows[0] ?? { total: 0, events: [] };
  const events = [...row.events].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  return { total: row.total, events, page: filter.page, pages: Math.max(1, Math.ceil(row.total / pageSize)) };
}

export async function auditFacets(viewer: Viewer) {
  assertCan(viewer, 'audit:read');
  const row = (await runQuery('get-audit-facets', {}))[0];
  return {
    actors: (row?.actors ?? []).filter(
      (a): a is { id: string; name: string } => a.id !== null && a.name !== null,
    ),
    actions: [...(row?.actions ?? [])].sort(),
    entityTypes: [...(row?.entityTypes ?? [])].sort(),
  };
}
