import type { AnalysisResult, CoverageCell } from '../analysis';
import type { NetworkData } from '../domain/network';

export interface SliceFilter {
  regionCode?: string;
  sectorId?: string;
  organisationId?: string;
}

export interface SliceLink {
  id: string;
  orgA: { id: string; name: string };
  orgB: { id: string; name: string };
  sectorIds: string[];
  category: 'A' | 'B';
  criticality: string;
  realised: boolean;
  agreements: Array<{ id: string; title: string; status: string }>;
  lastContact: string | null;
}

export interface Slice {
  coverage: CoverageCell;
  coverageA: CoverageCell;
  /** For a region: coverage per sector; for a sector: per region; for an organisation: empty. */
  breakdown: Array<{ key: string; name: string; cell: CoverageCell }>;
  links: SliceLink[];
  organisations: Array<{ id: string; name: string; chain: string }>;
  people: Array<{ id: string; name: string; role: string; organisationName: string }>;
  coalitions: Array<{ id: string; name: string; form: string; active: boolean }>;
  gapsByType: Record<string, number>;
  gapsByLevel: Record<string, number>;
}

const cellOf = (expected: number, realised: number): CoverageCell => ({
  expected,
  realised,
  coverage: expected ? realised / expected : null,
});

/** The measures of one region, sector or organisation (or region × sector): pure, from the full analysis. */
export function sliceOf(
  analysis: Pick<AnalysisResult, 'expectedLinks' | 'gaps' | 'coverage'>,
  network: NetworkData,
  f: SliceFilter,
): Slice {
  const orgs = new Map(network.organisations.map((o) => [o.id, o]));
  const inOrg = (o: { regionCodes: string[]; sectorId: string | null; id: string }) =>
    (!f.regionCode || o.regionCodes.includes(f.regionCode)) &&
    (!f.sectorId || o.sectorId === f.sectorId) &&
    (!f.organisationId || o.id === f.organisationId);
  const links = analysis.expectedLinks.filter(
    (l) =>
      (!f.regionCode || l.regionCodes.includes(f.regionCode)) &&
      (!f.sectorId || l.sectorIds.includes(f.sectorId)) &&
      (!f.organisationId || l.orgAId === f.organisationId || l.orgBId === f.organisationId),
  );
  const agreements = new Map(network.agreements.map((a) => [a.id, a]));
  const realised = links.filter((l) => l.realised).length;
  const linksA = links.filter((l) => l.category === 'A');
  let breakdown: Slice['breakdown'] = [];
  if (f.regionCode && !f.organisationId && !f.sectorId)
    breakdown = network.sectors
      .map((s) => ({
        key: s.id,
        name: s.name,
        cell: analysis.coverage.byRegionSector[`${f.regionCode}|${s.id}`] ?? cellOf(0, 0),
      }))
      .filter((b) => b.cell.expected > 0);
  else if (f.sectorId && !f.organisationId && !f.regionCode)
    breakdown = network.regions
      .map((r) => ({
        key: r.code,
        name: `${r.code} ${r.name}`,
        cell: analysis.coverage.byRegionSector[`${r.code}|${f.sectorId}`] ?? cellOf(0, 0),
      }))
      .filter((b) => b.cell.expected > 0);
  const sliceOrgs = network.organisations.filter(inOrg);
  const orgIds = new Set(sliceOrgs.map((o) => o.id));
  const gaps = analysis.gaps.filter(
    (g) =>
      (!f.regionCode || g.regionCode === f.regionCode) &&
      (!f.sectorId || g.sectorId === f.sectorId) &&
      (!f.organisationId || g.organisationIds.includes(f.organisationId)),
  );
  const gapsByType: Record<string, number> = {};
  const gapsByLevel: Record<string, number> = {};
  for (const g of gaps) {
    gapsByType[g.type] = (gapsByType[g.type] ?? 0) + 1;
    gapsByLevel[g.priorityLevel] = (gapsByLevel[g.priorityLevel] ?? 0) + 1;
  }
  const name = (id: string) => orgs.get(id)?.name ?? id;
  return {
    coverage: cellOf(links.length, realised),
    coverageA: cellOf(linksA.length, linksA.filter((l) => l.realised).length),
    breakdown,
    links: links
      .map((l) => ({
        id: l.id,
        orgA: { id: l.orgAId, name: name(l.orgAId) },
        orgB: { id: l.orgBId, name: name(l.orgBId) },
        sectorIds: l.sectorIds,
        category: l.category,
        criticality: l.criticality,
        realised: l.realised,
        agreements: [...l.agreementIds, ...l.expiredAgreementIds, ...l.pendingAgreementIds].flatMap((id) => {
          const a = agreements.get(id);
          return a ? [{ id, title: a.title, status: a.status }] : [];
        }),
        lastContact: l.lastContact,
      }))
      .sort(
        (a, b) =>
          Number(a.realised) - Number(b.realised) ||
          a.orgA.name.localeCompare(b.orgA.name) ||
          a.orgB.name.localeCompare(b.orgB.name),
      ),
    organisations: sliceOrgs
      .map((o) => ({ id: o.id, name: o.name, chain: o.chain }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    people: network.people
      .filter((p) => orgIds.has(p.organisationId))
      .map((p) => ({ id: p.id, name: p.name, role: p.role, organisationName: name(p.organisationId) }))
      .sort((a, b) => a.organisationName.localeCompare(b.organisationName) || a.name.localeCompare(b.name)),
    coalitions: network.coalitions
      .filter((c) => c.organisationIds.some((id) => orgIds.has(id)))
      .map((c) => ({ id: c.id, name: c.name, form: c.form, active: c.active }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    gapsByType,
    gapsByLevel,
  };
}
