import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import type { Viewer } from '../auth/viewer';
import { forgetRevision } from '../db/revision';
import { afterCommit, runQuery } from '../db/run';

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
 * Audited actions that do not change the network's data (and so leave cached analyses valid).
 * Everything else — edits, imports, erasure, admissions, unknown new actions — counts as a change.
 */
const NOT_NETWORK_DATA =
  /^(login|logout|user|layout|export|snapshot|briefing|gap|scenario)\.|^logout$|^membership\.(request|decline)$|^survey\.(open|draft|submit|invite|propose|proposal\.decide)$/;

/** Does this audited action change the data the analysis is computed from? */
export function changesNetwork(action: string): boolean {
  return !NOT_NETWORK_DATA.test(action);
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
  // The change counter travels in the same transaction: other instances see it after the commit,
  // and this one asks for it again right after (lib/db/revision.ts).
  if (changesNetwork(entry.action)) {
    await runQuery('bump-network-revision', { at: new Date().toISOString() }, tx ? { tx } : {});
    afterCommit(tx, forgetRevision);
  }
}
