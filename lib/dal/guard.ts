import { roleCan, type Permission } from '../auth/permissions';
import type { Viewer } from '../auth/viewer';
import { ForbiddenError, UnauthenticatedError } from '../errors';

/**
 * The one check every data-access function starts with. Middleware may redirect earlier as a
 * convenience, but this is the rule (middleware has been bypassed before: CVE-2025-29927).
 */
export function assertCan(viewer: Viewer, permission: Permission): void {
  if (roleCan(viewer.role, permission)) return;
  if (viewer.userId === null) throw new UnauthenticatedError();
  throw new ForbiddenError();
}

export function can(viewer: Viewer, permission: Permission): boolean {
  return roleCan(viewer.role, permission);
}
