import { assertCan } from '../auth/permissions';
import type { Viewer } from '../auth/viewer';
import { runQuery } from '../db/run';
import { CHAINS } from '../domain/enums';

/** What the open-round form offers as audience: coalitions, regions and chains. Right: survey:manage. */
export async function listCoalitionsForSurvey(viewer: Viewer) {
  assertCan(viewer, 'survey:manage');
  const [coalitions, regions] = await Promise.all([
    runQuery('get-coalitions', {}),
    runQuery('get-regions', {}),
  ]);
  return {
    coalitions: coalitions.map((c) => ({ id: c.id, name: c.name })),
    regions: regions.map((r) => ({ id: r.code, name: `${r.code} ${r.name}` })),
    chains: CHAINS.map((c) => ({ id: c, name: c })),
  };
}

export type SurveyAudienceOptions = Awaited<ReturnType<typeof listCoalitionsForSurvey>>;
