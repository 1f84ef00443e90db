import { runQuery } from '../../lib/db/run';

/**
 * The confidential koppelvlakken between organisations none of which is in `orgIds`: what a member
 * of those organisations must never receive.
 */
export async function confidentialOutside(orgIds: readonly string[]) {
  const all = await runQuery('get-koppelvlakken', { seeConfidential: true, viewerOrgIds: [] });
  return all.filter((k) => k.confidential && !orgIds.includes(k.fromId) && !orgIds.includes(k.toId));
}
