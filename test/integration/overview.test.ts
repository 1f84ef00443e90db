import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeNetwork, type AnalysisResult } from '../../lib/analysis';
import { viewerFromToken } from '../../lib/auth/session';
import { PUBLIC_VIEWER, type Viewer } from '../../lib/auth/viewer';
import { getFullAnalysis, invalidateAnalysisCache } from '../../lib/dal/analysis';
import { today } from '../../lib/dal/network';
import { getMatrixCell, getOverview, getSlice } from '../../lib/dal/overview';
import { closeDriver } from '../../lib/db/driver';
import { loadNetwork } from '../../lib/db/network';
import { runQuery } from '../../lib/db/run';
import type { NetworkData } from '../../lib/domain/network';
import { ForbiddenError, UnauthenticatedError } from '../../lib/errors';
import { computeHeadline } from '../../lib/report/headline';
import { createTestSession } from '../helpers/session';

let team: Viewer;
let member: Viewer;
let network: NetworkData;
let direct: AnalysisResult;

beforeAll(async () => {
  const t = await createTestSession('projectteam');
  const d = await createTestSession('deelnemer', { personId: 'p-vr-vr01-1' });
  team = (await viewerFromToken(t.token))!;
  member = (await viewerFromToken(d.token))!;
  invalidateAnalysisCache();
  network = await loadNetwork({ seeConfidential: true, viewerOrgIds: [] }, today());
  direct = analyzeNetwork(network);
});
afterAll(async () => {
  await closeDriver();
});

describe('overview data equals lib/analysis on the seeded database', () => {
  it('matrix: every region × sector cell with expected links, same numbers', async () => {
    const data = await getOverview(team);
    expect(data.matrix.regions).toHaveLength(network.regions.length);
    const withLinks = Object.entries(direct.coverage.byRegionSector).filter(([, c]) => c.expected > 0);
    expect(withLinks.length).toBeGreaterThan(0);
    for (const [key, c] of withLinks) {
      const [r, s] = key.split('|');
      const cell = data.matrix.cells.find((x) => x.regionCode === r && x.sectorId === s);
      expect(cell, key).toMatchObject({ expected: c.expected, realised: c.realised, coverage: c.coverage });
    }
    const empty = data.matrix.cells.filter((x) => x.coverage === null);
    for (const e of empty)
      expect(direct.coverage.byRegionSector[`${e.regionCode}|${e.sectorId}`]?.expected ?? 0).toBe(0);
  });

  it('map: coverage and gap counts per region', async () => {
    const data = await getOverview(team);
    expect(data.map.shapes).toHaveLength(25);
    for (const r of network.regions) {
      const m = data.map.measures[r.code]!;
      expect(m.coverage).toBe(direct.coverage.byRegion[r.code]!.coverage);
      expect(m.expected).toBe(direct.coverage.byRegion[r.code]!.expected);
      expect(m.gaps).toBe(direct.gaps.filter((g) => g.regionCode === r.code).length);
      expect(data.map.shapes.find((s) => s.code === r.code)?.d.length).toBeGreaterThan(20);
    }
  });

  it('headline and the current trend point', async () => {
    const closed = new Set(
      (await runQuery('get-gap-states', {}))
        .filter((s) => s.status === 'opgelost' || s.status === 'niet-van-toepassing')
        .map((s) => s.id),
    );
    const expected = computeHeadline(direct, network, closed);
    const data = await getOverview(team);
    expect(data.headline).toEqual(expected);
    expect(data.headline.crossChainDensity).toBe(direct.crossChain.density);
    const now = data.trends.at(-1)!;
    expect(now).toMatchObject({
      kind: 'current',
      asOf: direct.asOf,
      coverageAll: direct.coverage.overall.coverage,
    });
    expect(data.sectorBars.map((s) => s.coverage)).toEqual(
      network.sectors
        .filter((s) => direct.coverage.bySector[s.id]!.expected > 0)
        .map((s) => direct.coverage.bySector[s.id]!.coverage),
    );
  });

  it('the public sees the same numbers and no names of people', async () => {
    const pub = await getOverview(PUBLIC_VIEWER);
    expect(pub.level).toBe('aggregate');
    const teamData = await getOverview(team);
    expect(pub.matrix).toEqual(teamData.matrix);
    const json = JSON.stringify(pub);
    for (const p of network.people.slice(0, 50)) expect(json).not.toContain(p.name);
    await expect(getMatrixCell(PUBLIC_VIEWER, 'VR01', 'energie')).rejects.toBeInstanceOf(
      UnauthenticatedError,
    );
    await expect(getSlice(PUBLIC_VIEWER, { regionCode: 'VR01' })).rejects.toBeInstanceOf(
      UnauthenticatedError,
    );
  });

  it('a matrix cell lists the organisation pairs behind it', async () => {
    const [key] = Object.entries(direct.coverage.byRegionSector).find(([, c]) => c.expected > 0)!;
    const [r, s] = key.split('|') as [string, string];
    const pairs = await getMatrixCell(team, r, s);
    expect(pairs).toHaveLength(direct.coverage.byRegionSector[key]!.expected);
    expect(pairs.filter((p) => p.realised)).toHaveLength(direct.coverage.byRegionSector[key]!.realised);
  });
});

describe('slices for members', () => {
  it('a member never sees confidential koppelvlakken of organisations they are not part of', async () => {
    const hidden = network.koppelvlakken.filter(
      (k) => k.confidential && k.fromId !== 'vr-vr01' && k.toId !== 'vr-vr01',
    );
    expect(hidden.length).toBeGreaterThan(0);
    const { analysis } = await getFullAnalysis(member);
    const seen = new Set(analysis.expectedLinks.flatMap((l) => l.koppelvlakIds));
    for (const k of hidden) expect(seen.has(k.id)).toBe(false);
    const target = hidden[0]!.fromId;
    const slice = await getSlice(member, { organisationId: target });
    expect(slice.showGaps).toBe(false);
    const teamSlice = await getSlice(team, { organisationId: target });
    expect(teamSlice.links.length).toBeGreaterThanOrEqual(slice.links.length);
  });

  it('a region page slice matches the analysis for that region', async () => {
    const slice = await getSlice(team, { regionCode: 'VR01' });
    expect(slice.coverage).toEqual(direct.coverage.byRegion.VR01);
    expect(slice.people.length).toBeGreaterThan(0);
    await expect(getSlice(team, { regionCode: 'VR99' })).rejects.toThrow(/bestaat niet/);
  });

  it('stuurgroep has aggregate access only', async () => {
    const s = await createTestSession('stuurgroep');
    const v = (await viewerFromToken(s.token))!;
    expect((await getOverview(v)).level).toBe('aggregate');
    await expect(getSlice(v, { regionCode: 'VR01' })).rejects.toBeInstanceOf(ForbiddenError);
  });
});
