import type { Role } from '../domain/enums';

/** Who is asking. A signed-out visitor is the `publiek` role with no user. */
export interface Viewer {
  userId: string | null;
  role: Role;
  name: string;
  /** The Person this account belongs to (if any): for "own profile" and "own coalition". */
  personId: string | null;
  /** Organisations the viewer works at: need-to-know for confidential koppelvlakken. */
  organisationIds: string[];
  /** Coalitions the viewer is a member of. */
  coalitionIds: string[];
  sessionId: string | null;
}

export const PUBLIC_VIEWER: Viewer = {
  userId: null,
  role: 'publiek',
  name: '',
  personId: null,
  organisationIds: [],
  coalitionIds: [],
  sessionId: null,
};
