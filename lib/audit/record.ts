import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import type { Viewer } from '../auth/viewer';
import { runQuery } from '../db/run';

export interface AuditEntry {
  /** What happened, verb-like: 'organisation.update', 'login.failure', 'export.csv', 'gap.status'. */
  action: string;
  entityType: string;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
  ip?: string | null;
}

/**
 * Writes one audit event. Pass the `tx` of the change so the change and its audit record commit
 * together or not at all. Before/after are stored as JSON text.
 */
export async function recordAudit(
  viewer: Pick<Viewer, 'userId' | 'role'>,
  entry: AuditEntry,
  tx?: ManagedTransaction,
): Promise<void> {
  await runQuery(
    'create-audit-event',
    {
      id: randomUUID(),
      at: new Date().toISOString(),
      actorId: viewer.userId,
      actorRole: viewer.role,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
      ip: entry.ip ?? null,
    },
    tx ? { tx } : {},
  );
}
