import type { Coverage } from '../analysis';

export interface MatrixCell {
  regionCode: string;
  sectorId: string;
  expected: number;
  realised: number;
  /** null: no expected link in this cell (drawn empty). */
  coverage: number | null;
}

export interface MatrixData {
  regions: Array<{ code: string; name: string }>;
  /** Sectors with at least one expected link anywhere. */
  sectors: Array<{ id: string; name: string }>;
  cells: MatrixCell[];
}

/** Region × sector coverage for the matrix: every region, sectors that have expected links. Pure. */
export function buildMatrix(
  coverage: Pick<Coverage, 'byRegionSector' | 'bySector'>,
  regions: ReadonlyArray<{ code: string; name: string }>,
  sectors: ReadonlyArray<{ id: string; name: string }>,
): MatrixData {
  const used = sectors.filter((s) => (coverage.bySector[s.id]?.expected ?? 0) > 0);
  const sortedRegions = [...regions].sort((a, b) => a.code.localeCompare(b.code));
  const cells: MatrixCell[] = [];
  for (const r of sortedRegions)
    for (const s of used) {
      const c = coverage.byRegionSector[`${r.code}|${s.id}`];
      cells.push({
        regionCode: r.code,
        sectorId: s.id,
        expected: c?.expected ?? 0,
        realised: c?.realised ?? 0,
        coverage: c && c.expected > 0 ? c.coverage : null,
      });
    }
  return {
    regions: sortedRegions.map(({ code, name }) => ({ code, name })),
    sectors: used.map(({ id, name }) => ({ id, name })),
    cells,
  };
}
