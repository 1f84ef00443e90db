import { getViewer } from '../auth/session';
import { PUBLIC_VIEWER, type Viewer } from '../auth/viewer';
import { isAppError } from '../errors';

/**
 * The viewer for rendering the page frame: when Neo4j is down the frame still renders (as a
 * signed-out visitor) so the page can show the outage message instead of crashing.
 */
export async function getViewerOrPublic(): Promise<{ viewer: Viewer; dbDown: boolean }> {
  try {
    return { viewer: await getViewer(), dbDown: false };
  } catch (e) {
    if (isAppError(e) && e.status === 503) return { viewer: PUBLIC_VIEWER, dbDown: true };
    throw e;
  }
}
