import type { NetworkData } from '../domain';
import { expectedLinks, type ExpectedOptions } from './expected';
import { compareStrings } from './facts';
import type { Coverage, CoverageCell, ExpectedLink } from './types';

/**
 * Koppelvlak coverage = realised expected links / expected links, overall and per category, region,
 * sector and region × sector ('VR01|energie'). A link counts in every region and sector it touches.
 * Every region and sector of the network appears, with coverage null where nothing is expected.
 */
export function computeCoverage(
  network: NetworkData,
  options: ExpectedOptions & { links?: ExpectedLink[] } = {},
): Coverage {
  return coverageOf(options.links ?? expectedLinks(network, options), network);
}

export function coverageOf(
  links: readonly ExpectedLink[],
  network: Pick<NetworkData, 'regions' | 'sectors'>,
  isRealised: (l: ExpectedLink) => boolean = (l) => l.realised,
): Coverage {
  const empty = (): { expected: number; realised: number } => ({ expected: 0, realised: 0 });
  const overall = empty();
  const byCategory = { A: empty(), B: empty() };
  const byRegion = new Map<string, ReturnType<typeof empty>>(network.regions.map((r) => [r.code, empty()]));
  const bySector = new Map<string, ReturnType<typeof empty>>(network.sectors.map((s) => [s.id, empty()]));
  const byRegionSector = new Map<string, ReturnType<typeof empty>>();
  for (const r of network.regions)
    for (const s of network.sectors) byRegionSector.set(`${r.code}|${s.id}`, empty());
  const bump = (map: Map<string, ReturnType<typeof empty>>, key: string, realised: boolean) => {
    let cell = map.get(key);
    if (!cell) map.set(key, (cell = empty()));
    cell.expected++;
    if (realised) cell.realised++;
  };
  for (const link of links) {
    const realised = isRealised(link);
    overall.expected++;
    byCategory[link.category].expected++;
    if (realised) {
      overall.realised++;
      byCategory[link.category].realised++;
    }
    for (const r of link.regionCodes) bump(byRegion, r, realised);
    for (const s of link.sectorIds) bump(bySector, s, realised);
    for (const r of link.regionCodes)
      for (const s of link.sectorIds) bump(byRegionSector, `${r}|${s}`, realised);
  }
  return {
    overall: cell(overall),
    byCategory: { A: cell(byCategory.A), B: cell(byCategory.B) },
    byRegion: record(byRegion),
    bySector: record(bySector),
    byRegionSector: record(byRegionSector),
  };
}

function cell(c: { expected: number; realised: number }): CoverageCell {
  return {
    expected: c.expected,
    realised: c.realised,
    coverage: c.expected === 0 ? null : c.realised / c.expected,
  };
}

function record(map: Map<string, { expected: number; realised: number }>): Record<string, CoverageCell> {
  const out: Record<string, CoverageCell> = {};
  for (const key of [...map.keys()].sort(compareStrings)) out[key] = cell(map.get(key)!);
  return out;
}
