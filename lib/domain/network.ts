import type {
  Agreement,
  Coalition,
  Contact,
  Koppelvlak,
  Meeting,
  Organisation,
  Person,
  ProcessDependency,
  ProgressReview,
  Region,
  Sector,
  VitalProcess,
} from './model';
import type { RecommendationStage } from './recommendation';
import type { ReportedTie } from './survey';

/**
 * Everything the analysis needs, as plain data: what lib/db loads from Neo4j (already filtered
 * by what the viewer may see) and what lib/analysis turns into graphs, coverage and gaps.
 */
export interface NetworkData {
  /** The reference date for "recent", "expired" and "open since" (YYYY-MM-DD). */
  asOf: string;
  regions: Region[];
  sectors: Sector[];
  processes: VitalProcess[];
  /** (:VitalProcess)-[:DEPENDS_ON]->(:VitalProcess); absent in networks built before it existed. */
  processDependencies?: ProcessDependency[];
  organisations: Organisation[];
  people: Person[];
  coalitions: Coalition[];
  reviews: ProgressReview[];
  koppelvlakken: Koppelvlak[];
  agreements: Agreement[];
  contacts: Contact[];
  meetings: Meeting[];
  /** Recommendations as far as the analysis needs them: which progress reviews they address. */
  recommendations?: { id: string; stage: RecommendationStage; reviewIds: string[] }[];
  /** The project team's merges of recurring-blocker groups: pairs of blocker items ('<reviewId>#<n>'). */
  blockerMerges?: { a: string; b: string }[];
  /**
   * Ties reported in closed survey rounds (confirmed and unconfirmed), kept apart from the contacts
   * entered by hand; the confirmed ones of at least monthly also appear in `contacts` as evidence
   * (ids `enq:…`). Absent when the loader did not read the survey.
   */
  reportedTies?: ReportedTie[];
}

export function emptyNetwork(asOf: string): NetworkData {
  return {
    asOf,
    regions: [],
    sectors: [],
    processes: [],
    processDependencies: [],
    organisations: [],
    people: [],
    coalitions: [],
    reviews: [],
    koppelvlakken: [],
    agreements: [],
    contacts: [],
    meetings: [],
  };
}
