import type { Role } from '../domain/enums';
import { ForbiddenError, UnauthenticatedError } from '../errors';
import type { Viewer } from './viewer';

// Who may do what: the one place. Every read and write in lib/dal checks one of these with
// assertCan; pages ask can() (through lib/auth/page-guard.ts) only to decide what to render.
// The route-walk test (test/e2e/access-matrix.test.ts) asserts the matrix for every route and role.
export const PERMISSIONS = {
  /** Purpose, coalition names and themes, aggregate figures. */
  'aggregate:read': ['publiek', 'deelnemer', 'projectteam', 'regisseur', 'stuurgroep'],
  /** Organisations, people, coalitions, koppelvlakken (non-confidential, or own organisation's). */
  'network:read': ['deelnemer', 'projectteam', 'regisseur'],
  /** Confidential koppelvlakken regardless of involvement. */
  'confidential:read': ['projectteam', 'regisseur'],
  'network:write': ['projectteam', 'regisseur'],
  'profile:write-own': ['deelnemer', 'projectteam', 'regisseur'],
  'review:write-own-coalition': ['deelnemer', 'projectteam', 'regisseur'],
  'gaps:read': ['projectteam', 'regisseur'],
  'gaps:write': ['projectteam', 'regisseur'],
  'membership:decide': ['projectteam', 'regisseur'],
  'export:data': ['projectteam', 'regisseur'],
  'import:data': ['regisseur'],
  'users:manage': ['regisseur'],
  'audit:read': ['regisseur'],
  'snapshot:create': ['regisseur'],
  'snapshot:read': ['projectteam', 'regisseur', 'stuurgroep'],
  'layout:write': ['regisseur'],
  'person:erase': ['regisseur'],
  /** Recommendations with their stage, history and the bodies they went to (stuurgroep: without names). */
  'recommendation:read': ['deelnemer', 'projectteam', 'regisseur', 'stuurgroep'],
  /** Propose a recommendation (stage idee) from a blocker of one's own coalition; edit one's own idea. */
  'recommendation:propose': ['deelnemer', 'projectteam', 'regisseur'],
  /** Decide on recommendations: move stages, record bodies and answers, edit any, merge blocker groups. */
  'recommendation:decide': ['projectteam', 'regisseur'],
  /** Open, follow (who answered, never what) and close survey rounds; invitation links, reminder lists. */
  'survey:manage': ['regisseur'],
  /** The results of survey rounds (scores withheld below 3 respondents) and proposed organisations. */
  'survey:results': ['projectteam', 'regisseur'],
  /** Answer one's own survey tasks (only tasks where the viewer is the asked person). */
  'survey:respond': ['deelnemer', 'projectteam', 'regisseur'],
  /** Cascade scenarios: members see their cut of the network; stuurgroep sees figures without person names. */
  'scenario:read': ['deelnemer', 'projectteam', 'regisseur', 'stuurgroep'],
  'scenario:write': ['projectteam', 'regisseur'],
  /** Dependencies between vital processes (reference data with sources). */
  'dependency:write': ['regisseur'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function roleCan(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

/** Roles that must use TOTP two-factor authentication. */
export const TOTP_REQUIRED: readonly Role[] = ['regisseur', 'projectteam'];

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
