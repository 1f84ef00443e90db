import type { ExpectedLink } from '../analysis';
import type { Viewer } from '../auth/viewer';
import { NotFoundError, ValidationError } from '../errors';
import { headlineDeltas, type HeadlineDelta, type HeadlineMetrics } from '../report/headline';
import { regionShapes, type RegionShape } from '../report/map';
import { buildMatrix, type MatrixData } from '../report/matrix';
import { sliceOf, type SliceFilter } from '../report/slice';
import { getAnalysis, getFullAnalysis, type AggregateAnalysis } from './analysis';
import { defineCache, scopeOf } from './cache';
import { assertCan, can } from '../auth/permissions';
import { listSnapshotHeadlines } from './snapshots';
import { bilingual } from '../i18n/define';
import { errors } from '../i18n/messages/errors';

export interface RegionMeasure {
  coverage: number | null;
  expected: number;
  realised: number;
  gaps: number;
}

export interface TrendPoint {
  asOf: string;
  kind: 'snapshot' | 'current';
  coverageAll: number | null;
  coverageA: number | null;
  crossChainDensity: number | null;
}

export interface OverviewData {
  level: 'full' | 'aggregate';
  asOf: string;
  headline: HeadlineMetrics;
  previous: { asOf: string; headline: HeadlineMetrics } | null;
  deltas: HeadlineDelta[];
  matrix: MatrixData;
  map: { width: number; height: number; shapes: RegionShape[]; measures: Record<string, RegionMeasure> };
  trends: TrendPoint[];
  sectorBars: Array<{
    id: string;
    name: string;
    coverage: number | null;
    expected: number;
    realised: number;
  }>;
  reviewsPerQuarter: AggregateAnalysis['reviewsPerQuarter'];
}

/**
 * The overview's data per scope, as-of date, access level and snapshot history, until the network's
 * or the gap states' counter moves (snapshots do not move them: their list is part of the key).
 */
const overviews = defineCache<OverviewData>('overview', { dependsOn: ['network', 'gapStates'], max: 32 });

/** Everything the overview shows. Numbers only: safe for every role, including the public. */
export async function getOverview(viewer: Viewer): Promise<OverviewData> {
  assertCan(viewer, 'aggregate:read');
  // Not in parallel: see getAnalysis (a query in flight while the analysis runs can time out).
  const a = await getAnalysis(viewer);
  const history = await listSnapshotHeadlines(viewer);
  const scope = await scopeOf(viewer);
  const variant = `${a.level}|${a.computedAt}|${history.map((h) => `${h.asOf}@${h.takenAt}`).join(',')}`;
  return overviews.get({ scope: scope.key, asOf: a.aggregate.asOf, variant }, async () =>
    overviewOf(a, history),
  );
}

function overviewOf(
  a: Awaited<ReturnType<typeof getAnalysis>>,
  history: Awaited<ReturnType<typeof listSnapshotHeadlines>>,
): OverviewData {
  const agg = a.aggregate;
  const earlier = history.filter((h) => h.asOf < agg.asOf);
  const prev = earlier.at(-1) ?? null;
  const measures: Record<string, RegionMeasure> = {};
  for (const r of agg.regions) {
    const c = agg.coverage.byRegion[r.code];
    const g = agg.gapsByRegion[r.code];
    measures[r.code] = {
      coverage: c?.coverage ?? null,
      expected: c?.expected ?? 0,
      realised: c?.realised ?? 0,
      gaps: g ? g.hoog + g.middel + g.laag : 0,
    };
  }
  const point = (asOf: string, h: HeadlineMetrics, kind: TrendPoint['kind']): TrendPoint => ({
    asOf,
    kind,
    coverageAll: h.coverage.all,
    coverageA: h.coverage.A,
    crossChainDensity: h.crossChainDensity,
  });
  return {
    level: a.level,
    asOf: agg.asOf,
    headline: a.headline,
    previous: prev ? { asOf: prev.asOf, headline: prev.headline } : null,
    deltas: headlineDeltas(a.headline, prev?.headline ?? null),
    matrix: buildMatrix(agg.coverage, agg.regions, agg.sectors),
    map: { ...regionShapes(), measures },
    trends: [
      ...earlier.map((h) => point(h.asOf, h.headline, 'snapshot')),
      point(agg.asOf, a.headline, 'current'),
    ],
    sectorBars: agg.sectors
      .map((s) => ({
        id: s.id,
        name: s.name,
        ...(agg.coverage.bySector[s.id] ?? { expected: 0, realised: 0, coverage: null }),
      }))
      .filter((s) => s.expected > 0),
    reviewsPerQuarter: agg.reviewsPerQuarter,
  };
}

export interface CellPair {
  linkId: string;
  orgA: { id: string; name: string };
  orgB: { id: string; name: string };
  realised: boolean;
  criticality: ExpectedLink['criticality'];
  category: ExpectedLink['category'];
  agreements: Array<{ id: string; title: string; status: string }>;
  lastContact: string | null;
  contactsInWindow: number;
  gaps: Array<{ id: string; type: string; priorityLevel: string }>;
}

/** The organisation pairs behind one matrix cell (network:read: members see their own filtered view). */
export async function getMatrixCell(
  viewer: Viewer,
  regionCode: string,
  sectorId: string,
): Promise<CellPair[]> {
  assertCan(viewer, 'network:read');
  if (!/^VR\d{2}$/.test(regionCode) || !/^[\w-]{1,120}$/.test(sectorId))
    throw new ValidationError(bilingual(errors, 'regionSectorExpected'));
  const { analysis, network } = await getFullAnalysis(viewer);
  const org = new Map(network.organisations.map((o) => [o.id, o.name]));
  const agreements = new Map(network.agreements.map((x) => [x.id, x]));
  const gapsByLink = new Map<string, CellPair['gaps']>();
  for (const g of analysis.gaps)
    if (g.evidence.expectedLinkId)
      (
        gapsByLink.get(g.evidence.expectedLinkId) ??
        gapsByLink.set(g.evidence.expectedLinkId, []).get(g.evidence.expectedLinkId)!
      ).push({
        id: g.id,
        type: g.type,
        priorityLevel: g.priorityLevel,
      });
  return analysis.expectedLinks
    .filter((l) => l.regionCodes.includes(regionCode) && l.sectorIds.includes(sectorId))
    .map((l) => ({
      linkId: l.id,
      orgA: { id: l.orgAId, name: org.get(l.orgAId) ?? l.orgAId },
      orgB: { id: l.orgBId, name: org.get(l.orgBId) ?? l.orgBId },
      realised: l.realised,
      criticality: l.criticality,
      category: l.category,
      agreements: [...l.agreementIds, ...l.expiredAgreementIds, ...l.pendingAgreementIds].flatMap((id) => {
        const x = agreements.get(id);
        return x ? [{ id, title: x.title, status: x.status }] : [];
      }),
      lastContact: l.lastContact,
      contactsInWindow: l.contactIdsInWindow.length,
      gaps: can(viewer, 'gaps:read') ? (gapsByLink.get(l.id) ?? []) : [],
    }))
    .sort((x, y) => Number(x.realised) - Number(y.realised) || x.orgA.name.localeCompare(y.orgA.name));
}

/**
 * The measures of one region, sector or organisation for pages /regio, /sector and /organisatie
 * (network:read). Members get it from their filtered network, so confidential koppelvlakken of
 * organisations they are not part of stay out.
 */
export async function getSlice(viewer: Viewer, filter: SliceFilter) {
  assertCan(viewer, 'network:read');
  const { analysis, network } = await getFullAnalysis(viewer);
  const region = filter.regionCode ? network.regions.find((r) => r.code === filter.regionCode) : undefined;
  const sector = filter.sectorId ? network.sectors.find((s) => s.id === filter.sectorId) : undefined;
  const organisation = filter.organisationId
    ? network.organisations.find((o) => o.id === filter.organisationId)
    : undefined;
  if (
    (filter.regionCode && !region) ||
    (filter.sectorId && !sector) ||
    (filter.organisationId && !organisation)
  )
    throw new NotFoundError(bilingual(errors, 'placeNotFound'));
  return {
    asOf: analysis.asOf,
    region: region ?? null,
    sector: sector ?? null,
    organisation: organisation ?? null,
    metrics: filter.organisationId ? (analysis.organisations[filter.organisationId] ?? null) : null,
    showGaps: can(viewer, 'gaps:read'),
    sectors: network.sectors.map((s) => ({ id: s.id, name: s.name })),
    ...sliceOf(analysis, network, filter),
  };
}
