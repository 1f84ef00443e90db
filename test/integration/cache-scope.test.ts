/**
 * The caches of lib/dal/cache.ts never hand one visibility scope's data to another: a regisseur's
 * cached results contain a confidential koppelvlak that a member of an uninvolved organisation must
 * never receive, and after the regisseur warmed every cache the member still gets none of it, on
 * every cached page's data (overview, region and sector pages, matrix cells, explorer, analysis).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { viewerFromToken } from '../../lib/auth/session';
import { PUBLIC_VIEWER, type Viewer } from '../../lib/auth/viewer';
import { getAnalysis, getFullAnalysis } from '../../lib/dal/analysis';
import { invalidateCaches, scopeOf } from '../../lib/dal/cache';
import { getExplorerPayload, getExplorerPayloadJson } from '../../lib/dal/explorer';
import { getGapReport, parseGapFilters } from '../../lib/dal/gaps';
import { getMatrixCell, getOverview, getSlice } from '../../lib/dal/overview';
import { confidentialOutside } from '../helpers/confidential';
import { createTestSession } from '../helpers/session';

const MEMBER_PERSON = 'p-ggd-vr01-1';
let regisseur: Viewer;
let member: Viewer;
let foreign: Awaited<ReturnType<typeof confidentialOutside>>;
/** Expected links that only a foreign confidential koppelvlak implies. */
let implied: string[];
/** Every cached page's data, as the viewer gets it. */
type Pages = Record<string, unknown>;

async function pagesFor(viewer: Viewer, withGaps: boolean): Promise<Pages> {
  const full = await getFullAnalysis(viewer);
  const pages: Pages = {
    analysis: full,
    aggregate: await getAnalysis(viewer),
    overview: await getOverview(viewer),
    explorerNl: await getExplorerPayload(viewer, { locale: 'nl' }),
    explorerEn: (await getExplorerPayloadJson(viewer, { locale: 'en' })).json,
  };
  for (const k of foreign) {
    const orgs = [k.fromId, k.toId];
    for (const r of full.network.regions) {
      const region = await getSlice(viewer, { regionCode: r.code });
      if (region.organisations.some((o) => orgs.includes(o.id))) pages[`region ${r.code}`] = region;
    }
    for (const s of full.network.sectors) {
      pages[`sector ${s.id}`] = await getSlice(viewer, { sectorId: s.id });
      for (const r of full.network.regions.slice(0, 3))
        pages[`cell ${r.code}/${s.id}`] = await getMatrixCell(viewer, r.code, s.id);
    }
  }
  if (withGaps) pages.gaps = await getGapReport(viewer, parseGapFilters({ pageSize: '200' }));
  return pages;
}

beforeAll(async () => {
  regisseur = await viewerFromToken((await createTestSession('regisseur')).token);
  member = await viewerFromToken((await createTestSession('deelnemer', { personId: MEMBER_PERSON })).token);
  foreign = (await confidentialOutside(member.organisationIds)).slice(0, 2);
  const ids = new Set(foreign.map((k) => k.id));
  implied = (await getFullAnalysis(regisseur)).analysis.expectedLinks
    .filter(
      (l) => l.basis.length === 1 && l.basis[0] === 'koppelvlak' && l.koppelvlakIds.every((k) => ids.has(k)),
    )
    .map((l) => l.id);
}, 120_000);

describe('cache per visibility scope', () => {
  it('gives the member and the regisseur different scopes', async () => {
    expect(foreign.length).toBeGreaterThan(0);
    expect((await scopeOf(member)).key).not.toBe((await scopeOf(regisseur)).key);
  });

  it('never serves a member what a regisseur’s cached entry contained, on every cached page', async () => {
    invalidateCaches();
    const forRegisseur = await pagesFor(regisseur, true);
    const regisseurText = JSON.stringify(forRegisseur);
    // The regisseur's cached entries really hold the confidential koppelvlakken (else the test proves nothing).
    for (const k of foreign) expect(regisseurText).toContain(k.id);

    const forMember = await pagesFor(member, false);
    for (const [page, data] of Object.entries(forMember)) {
      const text = typeof data === 'string' ? data : JSON.stringify(data);
      for (const k of foreign) expect(text, `${page} holds ${k.id}`).not.toContain(k.id);
      for (const l of implied) expect(text, `${page} holds link ${l}`).not.toContain(`"${l}"`);
    }
    // And the other way round: a member's cached entry never becomes the regisseur's.
    const again = JSON.stringify((await getFullAnalysis(regisseur)).network.koppelvlakken);
    for (const k of foreign) expect(again).toContain(k.id);
  });

  it('the public shares the regisseur’s scope but never gets the full level from the cached overview', async () => {
    expect((await getOverview(regisseur)).level).toBe('full');
    const forPublic = await getOverview(PUBLIC_VIEWER);
    expect(forPublic.level).toBe('aggregate');
    const analysis = await getAnalysis(PUBLIC_VIEWER);
    expect(analysis.level).toBe('aggregate');
    expect('network' in analysis).toBe(false);
  });

  it('the member is refused the gap report whatever is cached', async () => {
    await expect(getGapReport(member, parseGapFilters({}))).rejects.toMatchObject({ status: 403 });
  });
});
