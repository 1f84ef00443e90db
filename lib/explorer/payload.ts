// The explorer's wire format: parallel arrays and index-based edges, so a network of thousands of
// nodes travels as a few flat lists instead of one JSON object per property. Pure types + enums.
import type { GapType } from '../domain/enums';

/** Where the browser fetches the payload (GET, cached per version, revalidated with an ETag). */
export const PAYLOAD_URL = '/api/graph';

export const VIEWS = ['organisaties', 'mensen', 'coalities'] as const;
export type View = (typeof VIEWS)[number];

/** Evidence bits of a tie (relationship types). */
export const EVIDENCE_TYPES = ['agreement', 'contact', 'coalition', 'meeting'] as const;
export type EvidenceKind = (typeof EVIDENCE_TYPES)[number];

export interface Layout {
  ids: string[];
  xs: number[];
  ys: number[];
  updatedAt: string | null;
}

export interface Ties {
  a: number[];
  b: number[];
  w: number[];
  /** Bitmask over EVIDENCE_TYPES. */
  ev: number[];
  /** Bitmask over AGREEMENT_STATUSES of the agreements carrying the tie. */
  st: number[];
  /** Days of the contacts carrying the tie (dayNumber of YYYY-MM-DD), for the date-range filter. */
  dates: number[][];
}

export interface ExplorerPayload {
  asOf: string;
  sectors: { ids: string[]; names: string[] };
  regions: { codes: string[]; names: string[] };
  processes: { ids: string[]; names: string[]; cat: number[] };
  orgs: {
    ids: string[];
    names: string[];
    /** Index into ORG_KINDS / CHAINS; sector index or -1. */
    kind: number[];
    chain: number[];
    sector: number[];
    regions: number[][];
    processes: number[][];
    community: number[];
    degree: number[];
    betweenness: number[];
    /** Per-organisation E-I index over the chains, -1 (all ties inside) … 1 (all ties across). */
    ei: number[];
    /** Share of the organisation's expected links that are realised; -1 when none expected. */
    coverage: number[];
    /** Trust and value as seen by others in the latest closed survey round, 1–4; -1 when withheld or not rated. */
    trust: number[];
    value: number[];
  };
  /** Ties reported in the latest closed survey round (org indices); confirmed = both sides reported. */
  reported: { a: number[]; b: number[]; confirmed: number[] };
  /** `role` indexes `roles` (a few dozen distinct job titles for thousands of people). */
  people: {
    ids: string[];
    names: string[];
    org: number[];
    role: number[];
    roles: string[];
    degree: number[];
  };
  coalitions: {
    ids: string[];
    names: string[];
    form: string[];
    active: number[];
    orgs: number[][];
    members: number[][];
  };
  /** Organisation–organisation ties (collaboration graph). */
  ties: Ties;
  /** Person–person ties (people graph). */
  peopleTies: Ties;
  agreements: {
    ids: string[];
    titles: string[];
    status: number[];
    signedAt: (string | null)[];
    expiresAt: (string | null)[];
    parties: number[][];
  };
  koppelvlakken: {
    ids: string[];
    from: number[];
    to: number[];
    process: number[];
    crit: number[];
    confidential: number[];
  };
  gaps: {
    ids: string[];
    type: GapType[];
    priority: number[];
    level: string[];
    /**
     * Explanation in the viewer's language, only for gaps behind a drawn missing link (the rest
     * is one click away in the gap report): keeps the payload small at scale.
     */
    text: string[];
    orgs: number[][];
  };
  /** Expected links without realised collaboration: org indices and the gap index that explains it. */
  missing: { a: number[]; b: number[]; gap: number[] };
  layouts: Record<View, Layout>;
  can: { layoutWrite: boolean; exportData: boolean; editNetwork: boolean; gapsRead: boolean };
}

/** A calendar date (YYYY-MM-DD) as whole days since 1970-01-01: 5 characters on the wire instead of 12. */
export function dayNumber(date: string): number {
  return Math.round(Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / 86_400_000);
}
