import type { Viewer } from '../auth/viewer';
import { runQuery } from '../db/run';
import { processShared } from '../runtime/shared';
import { can } from '../auth/permissions';

// The visibility scope a cached result is shared under (with the network's change counter from
// lib/db/revision.ts, what the caches in lib/dal depend on).

/** Per member organisation set: the confidential koppelvlakken it may see, at a revision. */
const memberKeys = processShared(
  'member-scopes',
  () => new Map<string, { revision: number; key: Promise<string> }>(),
);

/**
 * The cache scope of a viewer. Roles that see everything share 'all'. Members see the network minus
 * the confidential koppelvlakken their organisations are not party to, so members whose
 * organisations are party to the same confidential koppelvlakken (usually: none) share one result —
 * the key is that set of koppelvlak ids, never the orgs themselves.
 */
export async function scopeOf(viewer: Viewer, revision: number): Promise<string> {
  if (!can(viewer, 'network:read') || can(viewer, 'confidential:read')) return 'all';
  const orgs = [...viewer.organisationIds].sort();
  const orgKey = orgs.join(',');
  const known = memberKeys.get(orgKey);
  if (known && known.revision === revision) return known.key;
  const key = runQuery('get-confidential-koppelvlak-ids', { orgIds: orgs }).then((rows) =>
    rows.length ? `member:${rows.map((r) => r.id).join(',')}` : 'member:none',
  );
  if (memberKeys.size > 5_000) memberKeys.clear();
  memberKeys.set(orgKey, { revision, key });
  key.catch(() => memberKeys.delete(orgKey));
  return key;
}
