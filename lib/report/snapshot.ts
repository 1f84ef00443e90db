import { z } from 'zod';
import type { AnalysisResult, CoverageCell } from '../analysis';
import type { HeadlineMetrics } from './headline';

/** [expected, realised]: coverage cells stored compactly. */
export type CellPair = [number, number];

/** What a snapshot freezes, stored as JSON on the :Snapshot node. Numbers and ids only. */
export interface SnapshotMetrics {
  format: 1;
  asOf: string;
  headline: HeadlineMetrics;
  counts: Pick<
    AnalysisResult['counts'],
    | 'organisations'
    | 'people'
    | 'coalitions'
    | 'activeCoalitions'
    | 'koppelvlakken'
    | 'signedCurrentAgreements'
    | 'ties'
    | 'crossChainTies'
    | 'expectedLinks'
    | 'realisedLinks'
  >;
  coverage: {
    overall: CellPair;
    byCategory: { A: CellPair; B: CellPair };
    byRegion: Record<string, CellPair>;
    bySector: Record<string, CellPair>;
    /** Only cells with expected links ('VR01|energie'). */
    byRegionSector: Record<string, CellPair>;
  };
  /** Gap ids by type, then by priority level. */
  gaps: Record<string, Record<string, string[]>>;
  /** [orgA, orgB, weight, crossChain 1/0]. */
  ties: Array<[string, string, number, 0 | 1]>;
}

const pair = (c: CoverageCell): CellPair => [c.expected, c.realised];
const pairs = (r: Record<string, CoverageCell>, skipEmpty = false) =>
  Object.fromEntries(
    Object.entries(r)
      .filter(([, c]) => !skipEmpty || c.expected > 0)
      .map(([k, c]) => [k, pair(c)]),
  );

export function buildSnapshotMetrics(analysis: AnalysisResult, headline: HeadlineMetrics): SnapshotMetrics {
  const gaps: SnapshotMetrics['gaps'] = {};
  for (const g of analysis.gaps) ((gaps[g.type] ??= {})[g.priorityLevel] ??= []).push(g.id);
  const c = analysis.counts;
  return {
    format: 1,
    asOf: analysis.asOf,
    headline,
    counts: {
      organisations: c.organisations,
      people: c.people,
      coalitions: c.coalitions,
      activeCoalitions: c.activeCoalitions,
      koppelvlakken: c.koppelvlakken,
      signedCurrentAgreements: c.signedCurrentAgreements,
      ties: c.ties,
      crossChainTies: c.crossChainTies,
      expectedLinks: c.expectedLinks,
      realisedLinks: c.realisedLinks,
    },
    coverage: {
      overall: pair(analysis.coverage.overall),
      byCategory: { A: pair(analysis.coverage.byCategory.A), B: pair(analysis.coverage.byCategory.B) },
      byRegion: pairs(analysis.coverage.byRegion),
      bySector: pairs(analysis.coverage.bySector),
      byRegionSector: pairs(analysis.coverage.byRegionSector, true),
    },
    gaps,
    ties: analysis.ties.map((t) => [
      t.source,
      t.target,
      Math.round(t.weight * 1000) / 1000,
      t.crossChain ? 1 : 0,
    ]),
  };
}

const num = z.number().nullable();
export const headlineSchema = z.object({
  asOf: z.string(),
  crossChainDensity: num,
  coverage: z.object({ all: num, A: num }),
  eiAlgemeen: num,
  openGapsByPriority: z.object({ hoog: z.number(), middel: z.number(), laag: z.number() }),
  activeCoalitions: z.number(),
  agreementsExpiring90d: z.number(),
});

/** Reads stored headline JSON; a snapshot written by an older format gives null, not a crash. */
export function parseHeadline(json: string): HeadlineMetrics | null {
  try {
    const r = headlineSchema.safeParse(JSON.parse(json));
    return r.success ? r.data : null;
  } catch {
    return null;
  }
}

export function parseSnapshotMetrics(json: string): SnapshotMetrics | null {
  try {
    const v = JSON.parse(json) as SnapshotMetrics;
    return v && v.format === 1 && headlineSchema.safeParse(v.headline).success ? v : null;
  } catch {
    return null;
  }
}
