import { recordAudit } from '../audit/record';
import type { Viewer } from '../auth/viewer';
import { runQuery, withWriteTransaction } from '../db/run';
import { NotFoundError } from '../errors';
import { assertCan } from '../auth/permissions';
import { accounts } from '../i18n/messages/accounts';
import { bilingual } from '../i18n/define';

// Erasure (AVG/GDPR art. 17): a person disappears from the graph with every relationship, so
// from every report and export built on it; their accounts go too. The audit trail keeps the id
// (the record of what happened stays complete) but their name and e-mail become '[gewist]'.
export const ERASED = '[gewist]';

/** Strings to scrub: the value as written and as it appears inside JSON text. */
export function scrubNeedles(values: (string | null | undefined)[]): string[] {
  const out = new Set<string>();
  for (const v of values) {
    if (!v || v.trim().length < 3) continue;
    out.add(v);
    out.add(JSON.stringify(v).slice(1, -1));
  }
  return [...out].sort((a, b) => b.length - a.length);
}

export async function previewErasure(viewer: Viewer, personId: string) {
  assertCan(viewer, 'person:erase');
  return (await runQuery('get-person-for-erasure', { personId }))[0] ?? null;
}

export async function erasePerson(viewer: Viewer, personId: string, ip: string | null = null) {
  assertCan(viewer, 'person:erase');
  return withWriteTransaction(async (tx) => {
    const p = (await runQuery('get-person-for-erasure', { personId }, { tx }))[0];
    if (!p) throw new NotFoundError(bilingual(accounts, 'personNotFound', { id: personId }));
    const needles = scrubNeedles([p.name, p.email, ...p.userEmails]);
    const scrubbed =
      needles.length > 0 ? ((await runQuery('scrub-audit-person', { needles }, { tx }))[0]?.count ?? 0) : 0;
    await runQuery('erase-person', { personId, now: new Date().toISOString() }, { tx });
    await recordAudit(
      viewer,
      {
        action: 'person.erase',
        entityType: 'Person',
        entityId: personId,
        before: { id: personId, organisationId: p.organisationId, userIds: p.userIds },
        after: null,
        ip,
      },
      tx,
    );
    return { personId, accountsRemoved: p.userIds.length, auditEventsScrubbed: scrubbed };
  });
}
