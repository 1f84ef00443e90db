import { getViewer } from '../auth/session';
import { runQuery } from '../db/run';
import { assertCan } from './guard';

/** Aggregate counts per chain, region and sector: open to everyone, including the public. */
export async function getOverviewCounts() {
  const viewer = await getViewer();
  assertCan(viewer, 'aggregate:read');
  return runQuery('get-overview-counts', {});
}
