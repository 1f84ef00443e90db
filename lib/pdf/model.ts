import { z } from 'zod';
import type { Chain, GapStatus, GapType } from '../domain';
import type { Locale } from '../i18n/define';
import type { CoverageCell } from '../analysis';
import type { Score } from '../analysis/survey';
import type { Figures } from './figures';
import type { RecommendationStage } from '../domain/recommendation';
import { SAVED_SCENARIO_ID } from '../domain/scenario';

// What a briefing shows, as one plain record: built once on the server (build.ts), turned into
// HTML (html.ts) and kept next to the PDF as JSON. It holds no personal names unless the
// regisseur chose to include them.

export const AUDIENCES = ['veiligheidsberaad', 'rcdv', 'nctv', 'ministerie', 'cvi'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const briefingRequest = z
  .object({
    snapshotId: z.string().min(1, { message: 'kies een momentopname / choose a snapshot' }).max(120),
    audience: z.enum(AUDIENCES, {
      message: `kies een doelgroep: ${AUDIENCES.join(', ')} / choose an audience: ${AUDIENCES.join(', ')}`,
    }),
    locale: z
      .enum(['nl', 'en'], { message: 'taal moet nl of en zijn / language must be nl or en' })
      .default('nl'),
    includeNames: z
      .boolean({ message: 'includeNames moet waar of onwaar zijn / includeNames must be true or false' })
      .default(false),
    markConfidential: z.boolean().default(false),
    /** Saved scenarios to add as their own sections (lib/pdf/html-scenario.ts). */
    scenarioIds: z
      .array(
        z.string().regex(SAVED_SCENARIO_ID, {
          message: 'verwacht het id van een opgeslagen scenario / expected the id of a saved scenario',
        }),
      )
      .max(5, { message: "hoogstens 5 scenario's / at most 5 scenarios" })
      .default([]),
  })
  .strict();
export type BriefingRequest = z.output<typeof briefingRequest>;

export interface BriefingSnapshotRef {
  id: string;
  takenAt: string;
  /** The date the figures describe. */
  asOf: string;
  /** Shown only when names are included; otherwise the role is named. */
  takenBy: string | null;
  note: string;
}

export interface BriefingGap {
  id: string;
  type: GapType;
  priority: number;
  level: 'hoog' | 'middel' | 'laag';
  status: GapStatus;
  organisations: string[];
  region: string | null;
  openSince: string | null;
  explanation: string;
  confidential: boolean;
}

export interface BriefingCoalition {
  id: string;
  name: string;
  form: string;
  active: boolean;
  organisations: number;
  members: number;
  latestReview: { date: string; achieved: string; blockers: string } | null;
}

export interface BriefingNode {
  id: string;
  name: string;
  chain: Chain;
  x: number;
  y: number;
  degree: number;
  labelled: boolean;
}

/** 'Aanbevelingen en hun stand': where they stood at the snapshot, and what moved since the previous one. */
export interface BriefingRecommendations {
  /** The previous snapshot's date (asOf), or null when there is none (then: everything up to this one). */
  since: string | null;
  byStage: { stage: RecommendationStage; count: number }[];
  /** Newest last; at most MAX_MOVES. */
  moved: {
    title: string;
    fromStage: RecommendationStage | null;
    toStage: RecommendationStage;
    date: string;
    bodies: string[];
  }[];
  total: number;
}

/** The survey section: aggregates of the latest round closed by the snapshot date (no names, withheld below 3). */
export interface BriefingSurvey {
  title: string;
  closedAt: string;
  responseRate: number | null;
  ties: number;
  confirmed: number;
  reciprocity: number | null;
  trust: Score;
  value: Score;
  chainPairs: Array<{ raterChain: Chain; ratedChain: Chain; trust: Score; value: Score }>;
}

/** A saved cascade scenario as its own section: regions, cascade diagram, missing links (no names unless included). */
export interface BriefingScenario {
  id: string;
  name: string;
  failure: string;
  national: boolean;
  regions: Array<{ code: string; name: string }>;
  maxHours: number | null;
  computedOn: string;
  steps: Array<{ id: string; name: string; step: number; hours: number | null; category: 'A' | 'B' | null }>;
  later: Array<{ name: string; atLeastHours: number }>;
  /** Dependencies the failure runs over, as [failed process id, hit process id]. */
  edges: Array<[string, string]>;
  cycles: string[][];
  figures: {
    organisations: number;
    expected: number;
    realised: number;
    missing: number;
    coverage: number | null;
    density: number | null;
  };
  /** The missing links between the scenario's organisations (organisation names). */
  missing: Array<{ a: string; b: string }>;
  /** Links that hang on one person; names only in a briefing with names. */
  singlePersons: { count: number; names: string[] | null };
}

export interface BriefingData {
  id: string;
  snapshot: BriefingSnapshotRef;
  previous: { id: string; asOf: string; figures: Figures } | null;
  audience: Audience;
  locale: Locale;
  includeNames: boolean;
  confidential: boolean;
  generatedAt: string;
  asOf: string;
  figures: Figures;
  counts: {
    organisations: number;
    algemeen: number;
    functioneel: number;
    overig: number;
    expectedLinks: number;
    realisedLinks: number;
    ties: number;
    crossChainTies: number;
    gaps: number;
    coalitions: number;
  };
  measures: {
    density: number;
    crossChainDensity: number | null;
    eiIndex: number | null;
    modularity: number;
    communities: number;
    diameter: number | null;
  };
  regions: Array<{ code: string; name: string; coverage: CoverageCell }>;
  sectors: Array<{ id: string; name: string; coverage: CoverageCell }>;
  /** Keyed 'VR01|energie'. */
  matrix: Record<string, CoverageCell>;
  network: { nodes: BriefingNode[]; edges: Array<[number, number, boolean]>; layout: 'saved' | 'computed' };
  gaps: BriefingGap[];
  gapsByLevel: Record<'hoog' | 'middel' | 'laag', number>;
  coalitions: BriefingCoalition[];
  topBrokers: Array<{ name: string; chain: Chain; betweenness: number }>;
  /** Absent in briefings made before recommendations existed. */
  recommendations?: BriefingRecommendations;
  /** Absent or null: no survey round was closed by the snapshot date. */
  survey?: BriefingSurvey | null;
  /** Absent in briefings made before scenarios existed. */
  scenarios?: BriefingScenario[];
}
