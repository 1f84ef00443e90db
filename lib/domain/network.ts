import type {
  Agreement,
  Coalition,
  Contact,
  Koppelvlak,
  Meeting,
  Organisation,
  Person,
  ProgressReview,
  Region,
  Sector,
  VitalProcess,
} from './model';

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
  organisations: Organisation[];
  people: Person[];
  coalitions: Coalition[];
  reviews: ProgressReview[];
  koppelvlakken: Koppelvlak[];
  agreements: Agreement[];
  contacts: Contact[];
  meetings: Meeting[];
}

export function emptyNetwork(asOf: string): NetworkData {
  return {
    asOf,
    regions: [],
    sectors: [],
    processes: [],
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
