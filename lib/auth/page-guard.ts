import { redirect } from 'next/navigation';
import { can, type Permission } from './permissions';
import { getViewer } from './session';
import type { Viewer } from './viewer';

/**
 * For pages: signed-out visitors go to the login page (and come back after); signed-in viewers
 * without the permission get `allowed: false` so the page shows the refusal. The data functions
 * in lib/dal check again — this only decides what to render.
 */
export async function viewerForPage(
  permission: Permission,
  path: string,
): Promise<{ viewer: Viewer; allowed: boolean }> {
  const viewer = await getViewer();
  if (can(viewer, permission)) return { viewer, allowed: true };
  if (viewer.userId === null) redirect(`/login?next=${encodeURIComponent(path)}`);
  return { viewer, allowed: false };
}
