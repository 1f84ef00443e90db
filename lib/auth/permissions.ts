import type { Role } from '../domain/enums';

// Who may do what. Every read and write in lib/dal checks one of these; the route-walk test
// (test/integration/access-matrix.test.ts) asserts the matrix for every route and role.
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
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function roleCan(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

/** Roles that must use TOTP two-factor authentication. */
export const TOTP_REQUIRED: readonly Role[] = ['regisseur', 'projectteam'];
