import { randomUUID } from 'node:crypto';
import type { Viewer } from '../auth/viewer';
import { recordAudit } from '../audit/record';
import { runQuery, withWriteTransaction } from '../db/run';
import { ConflictError, NotFoundError, ValidationError, type Bilingual } from '../errors';
import { UPSERT_SCHEMAS } from '../domain/schemas';
import { assertCan, can } from '../auth/permissions';
import { today } from './network';
import { bilingual } from '../i18n/define';
import { records } from '../i18n/messages/records';

// Create, edit and delete one entity through a form. Every write: right checked here, zod
// validation with field-level messages, optimistic concurrency (the hidden `version` of the form
// must still be the node's version), and the audit record in the same transaction.

export const EDIT_ENTITIES = [
  'organisation',
  'person',
  'coalition',
  'koppelvlak',
  'agreement',
  'contact',
  'review',
  'meeting',
  'document',
] as const;
export type EditEntity = (typeof EDIT_ENTITIES)[number];

const DEF = {
  organisation: {
    schema: UPSERT_SCHEMAS.organisaties,
    list: 'get-organisations',
    upsert: 'upsert-organisations',
    guard: 'update-organisation-versioned',
    del: 'delete-organisation',
    prefix: 'org',
  },
  person: {
    schema: UPSERT_SCHEMAS.personen,
    list: 'get-people',
    upsert: 'upsert-people',
    guard: 'update-person-versioned',
    del: 'delete-person',
    prefix: 'p',
  },
  coalition: {
    schema: UPSERT_SCHEMAS.coalities,
    list: 'get-coalitions',
    upsert: 'upsert-coalitions',
    guard: 'update-coalition-versioned',
    del: 'delete-coalition',
    prefix: 'coal',
  },
  koppelvlak: {
    schema: UPSERT_SCHEMAS.koppelvlakken,
    list: 'get-koppelvlakken',
    upsert: 'upsert-koppelvlakken',
    guard: 'update-koppelvlak-versioned',
    del: 'delete-koppelvlak',
    prefix: 'kv',
  },
  agreement: {
    schema: UPSERT_SCHEMAS.afspraken,
    list: 'get-agreements',
    upsert: 'upsert-agreements',
    guard: 'update-agreement-versioned',
    del: 'delete-agreement',
    prefix: 'afs',
  },
  contact: {
    schema: UPSERT_SCHEMAS.contacten,
    list: 'get-contacts',
    upsert: 'upsert-contacts',
    guard: 'update-contact-versioned',
    del: 'delete-contact',
    prefix: 'ct',
  },
  review: {
    schema: UPSERT_SCHEMAS.voortgangsgesprekken,
    list: 'get-reviews',
    upsert: 'upsert-reviews',
    guard: 'update-review-versioned',
    del: 'delete-review',
    prefix: 'rev',
  },
  meeting: {
    schema: UPSERT_SCHEMAS.bijeenkomsten,
    list: 'get-meetings',
    upsert: 'upsert-meetings',
    guard: 'update-meeting-versioned',
    del: 'delete-meeting',
    prefix: 'mt',
  },
  document: {
    schema: UPSERT_SCHEMAS.documenten,
    list: 'get-documents',
    upsert: 'upsert-documents',
    guard: 'update-document-versioned',
    del: 'delete-document',
    prefix: 'doc',
  },
} as const;

export type EntityRow = Record<string, unknown> & { id: string; version?: number };

/** The current stored row (with its edit version) or null. Right: network:read. */
export async function getEntity(viewer: Viewer, entity: EditEntity, id: string): Promise<EntityRow | null> {
  assertCan(viewer, 'network:read');
  return loadRow(entity, id, can(viewer, 'confidential:read'), viewer.organisationIds);
}

async function loadRow(
  entity: EditEntity,
  id: string,
  seeConfidential = true,
  orgIds: string[] = [],
): Promise<EntityRow | null> {
  const d = DEF[entity];
  if (entity === 'document') {
    const [docs, versions] = await Promise.all([
      runQuery('get-documents', {}),
      runQuery('get-document-versions', {}),
    ]);
    const doc = docs.find((x) => x.id === id);
    return doc ? { ...doc, version: versions.find((v) => v.id === id)?.version ?? 1 } : null;
  }
  const rows = (
    d.list === 'get-koppelvlakken'
      ? await runQuery('get-koppelvlakken', { seeConfidential, viewerOrgIds: orgIds })
      : await runQuery(d.list, {})
  ) as EntityRow[];
  return rows.find((r) => r.id === id) ?? null;
}

function assertMayWrite(
  viewer: Viewer,
  entity: EditEntity,
  row: Record<string, unknown>,
  old: EntityRow | null,
) {
  if (can(viewer, 'network:write')) return;
  if (entity === 'person' && viewer.personId !== null && row.id === viewer.personId && old) {
    assertCan(viewer, 'profile:write-own');
    return;
  }
  if (
    entity === 'review' &&
    viewer.coalitionIds.includes(String(row.coalitionId)) &&
    (!old || viewer.coalitionIds.includes(String(old.coalitionId)))
  ) {
    assertCan(viewer, 'review:write-own-coalition');
    return;
  }
  assertCan(viewer, 'network:write');
}

export interface SaveInput {
  entity: EditEntity;
  /** null = create a new one. */
  id: string | null;
  /** The version the form was loaded with (null when creating). */
  expectedVersion: number | null;
  values: Record<string, unknown>;
  ip?: string | null;
}

/** Field → message, for showing next to the field. */
export type FieldErrors = Record<string, Bilingual>;

export async function saveEntity(viewer: Viewer, input: SaveInput): Promise<{ id: string; version: number }> {
  if (viewer.userId === null) assertCan(viewer, 'network:write');
  const d = DEF[input.entity];
  const id = input.id ?? `${d.prefix}-${randomUUID().slice(0, 8)}`;
  const old = input.id ? await loadRow(input.entity, input.id) : null;
  if (input.id && !old) throw new NotFoundError();
  const values: Record<string, unknown> = { ...input.values, id };
  // A member editing their own profile may not move themselves to another organisation.
  if (input.entity === 'person' && old && !can(viewer, 'network:write'))
    values.organisationId = old.organisationId;
  assertMayWrite(viewer, input.entity, values, old);
  const withProv = { source: `formulier (${viewer.name || viewer.role})`, date: today(), ...values };
  const parsed = d.schema.safeParse(withProv);
  if (!parsed.success) {
    const fields: FieldErrors = {};
    for (const i of parsed.error.issues) {
      const k = String(i.path[0] ?? '_');
      fields[k] ??= { nl: i.message, en: i.message };
    }
    throw new ValidationError(bilingual(records, 'checkFields', { fields: Object.keys(fields).join(', ') }), {
      fields,
    });
  }
  const now = new Date().toISOString();
  return withWriteTransaction(async (tx) => {
    let version = 1;
    if (old) {
      const g = await runQuery(d.guard, { id, expectedVersion: input.expectedVersion ?? -1, now }, { tx });
      if (g.length === 0) throw staleForm();
      version = g[0]!.version;
    }
    await runQuery(d.upsert, { rows: [parsed.data], now } as never, { tx });
    await recordAudit(
      viewer,
      {
        action: `${input.entity}.${old ? 'update' : 'create'}`,
        entityType: input.entity,
        entityId: id,
        before: old ?? undefined,
        after: parsed.data,
        ip: input.ip ?? null,
      },
      tx,
    );
    return { id, version };
  });
}

export function staleForm(): ConflictError {
  return new ConflictError(bilingual(records, 'staleForm'));
}

/** Why a node cannot be deleted, named by the relationship that still holds it. */
function blockerText(rel: string): Bilingual {
  const key = `blocker_${rel}`;
  return key in records.nl ? bilingual(records, key as keyof typeof records.nl) : { nl: rel, en: rel };
}

export async function deleteEntity(
  viewer: Viewer,
  input: { entity: EditEntity; id: string; expectedVersion: number; ip?: string | null },
): Promise<void> {
  const d = DEF[input.entity];
  const old = await loadRow(input.entity, input.id);
  if (!old) throw new NotFoundError();
  if (input.entity === 'review') assertMayWrite(viewer, 'review', old, old);
  else assertCan(viewer, 'network:write');
  await withWriteTransaction(async (tx) => {
    const r = await runQuery(d.del, { id: input.id, expectedVersion: input.expectedVersion }, { tx });
    const row = r[0];
    if (!row) throw staleForm();
    if (!row.deleted) {
      const why = row.blockers.map(blockerText);
      throw new ConflictError(
        bilingual(records, 'notDeleted', (l) => ({ why: [...new Set(why.map((w) => w[l]))].join('; ') })),
      );
    }
    await recordAudit(
      viewer,
      {
        action: `${input.entity}.delete`,
        entityType: input.entity,
        entityId: input.id,
        before: old,
        ip: input.ip ?? null,
      },
      tx,
    );
  });
}

/** "Last changed by X on Y" from the audit trail. */
export async function getLastChange(viewer: Viewer, entity: EditEntity, id: string) {
  assertCan(viewer, 'network:read');
  const [row] = await runQuery('get-last-change', { entityType: entity, entityId: id });
  return row ?? null;
}
