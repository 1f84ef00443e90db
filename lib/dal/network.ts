import type { Viewer } from '../auth/viewer';
import { loadNetwork } from '../db/network';
import type { NetworkData } from '../domain/network';
import { assertCan, can } from '../auth/permissions';

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * The network as this viewer may see it: members see everything except confidential
 * koppelvlakken of organisations they are not part of; projectteam and regisseur see all.
 */
export async function getNetworkForViewer(viewer: Viewer, asOf = today()): Promise<NetworkData> {
  assertCan(viewer, 'network:read');
  const seeConfidential = can(viewer, 'confidential:read');
  const network = await loadNetwork({ seeConfidential, viewerOrgIds: viewer.organisationIds }, asOf);
  if (seeConfidential) return network;
  // An agreement may cover a confidential koppelvlak this viewer does not see: not even its id.
  const visible = new Set(network.koppelvlakken.map((k) => k.id));
  const agreements = network.agreements.map((a) =>
    a.koppelvlakIds.every((id) => visible.has(id))
      ? a
      : { ...a, koppelvlakIds: a.koppelvlakIds.filter((id) => visible.has(id)) },
  );
  return { ...network, agreements };
}

/**
 * The whole network for aggregate figures only (public, stuurgroep): callers must reduce it to
 * numbers before anything leaves the server — no names of people, no koppelvlak details.
 */
export async function getNetworkForAggregates(viewer: Viewer, asOf = today()): Promise<NetworkData> {
  assertCan(viewer, 'aggregate:read');
  return loadNetwork({ seeConfidential: true, viewerOrgIds: [] }, asOf);
}
