import type { UndirectedGraph } from 'graphology';
import type { Chain, Criticality, GapType, OrgKind, PersonLevel, ProcessCategory } from '../domain';

export type EvidenceType = 'agreement' | 'contact' | 'coalition' | 'meeting';

/** One reason two organisations (or people) are tied. */
export interface TieEvidence {
  type: EvidenceType;
  id: string;
  label?: string;
  personIds?: string[];
  date?: string;
  /** What this piece added to the tie's weight. */
  weight: number;
}

export interface OrgNodeAttributes {
  name: string;
  kind: OrgKind;
  chain: Chain;
  sectorId: string | null;
  regionCodes: string[];
  processIds: string[];
}

export interface TieAttributes {
  weight: number;
  evidence: TieEvidence[];
  /** Distinct people carrying the tie (sorted). */
  personIds: string[];
  /** True for a tie between the algemene and the functionele keten. */
  crossChain: boolean;
}

export type CollaborationGraph = UndirectedGraph<OrgNodeAttributes, TieAttributes>;

export interface PersonNodeAttributes {
  name: string;
  organisationId: string;
  organisationName: string | null;
  chain: Chain | null;
  level: PersonLevel;
  role: string;
}

export type PeopleGraph = UndirectedGraph<PersonNodeAttributes, TieAttributes>;

export interface ExpectedLink {
  /** 'exp:<orgA>|<orgB>' with orgA < orgB. */
  id: string;
  orgAId: string;
  orgBId: string;
  /** Why the link is expected: a recorded koppelvlak, and/or an operator serving the VR's region. */
  basis: Array<'koppelvlak' | 'verzorgingsgebied'>;
  regionCodes: string[];
  sectorIds: string[];
  processIds: string[];
  category: ProcessCategory;
  criticality: Criticality;
  /** Koppelvlakken plus served-region processes not already covered by one. */
  dependencyCount: number;
  koppelvlakIds: string[];
  confidential: boolean;
  /** Earliest koppelvlak date: since when the dependency is on record (null when only served-region). */
  firstRecorded: string | null;
  agreementIds: string[];
  expiredAgreementIds: string[];
  reviewOverdueAgreementIds: string[];
  pendingAgreementIds: string[];
  lastContact: string | null;
  contactIdsInWindow: string[];
  realised: boolean;
  realisedBy: { agreement: boolean; contact: boolean; coalition: boolean; meeting: boolean };
  /** Any collaboration at all (agreement, recent contact, shared coalition or meeting): the looser reading. */
  realisedLoosely: boolean;
}

export interface CoverageCell {
  expected: number;
  realised: number;
  /** realised / expected; null when nothing is expected. */
  coverage: number | null;
}

export interface Coverage {
  overall: CoverageCell;
  byCategory: { A: CoverageCell; B: CoverageCell };
  byRegion: Record<string, CoverageCell>;
  bySector: Record<string, CoverageCell>;
  /** Keyed 'VR01|energie'. */
  byRegionSector: Record<string, CoverageCell>;
}

export interface GapFactor {
  key: string;
  points: number;
  nl: string;
  en: string;
}

export interface GapEvidence {
  expectedLinkId: string | null;
  koppelvlakIds: string[];
  agreementIds: string[];
  expiredAgreementIds: string[];
  pendingAgreementIds: string[];
  lastContact: string | null;
  coalitionIds: string[];
  meetingIds: string[];
  contactIds: string[];
}

export interface Gap {
  /** Stable: 'gap:<type>:<subject ids>', so the project team's decisions survive recomputation. */
  id: string;
  type: GapType;
  organisationIds: string[];
  personIds: string[];
  regionCode: string | null;
  sectorId: string | null;
  processIds: string[];
  category: ProcessCategory | null;
  confidential: boolean;
  priority: number;
  priorityLevel: 'hoog' | 'middel' | 'laag';
  factors: GapFactor[];
  explanation: { nl: string; en: string };
  openSince: string | null;
  evidence: GapEvidence;
}
