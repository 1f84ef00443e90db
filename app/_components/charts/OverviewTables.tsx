import type { OverviewData } from '@/lib/dal/overview';
import { trendRows, type RoundMark } from './trend-rows';
import type { Messages } from '@/lib/i18n';
import { ChartTable } from './ChartTable';
import { num, pct, type Lang } from './format';

/** Table alternatives of the matrix, the map and the trend charts (server-rendered). */
export function MatrixTable({ data, m, lang }: { data: OverviewData; m: Messages['overview']; lang: Lang }) {
  const cell = new Map(data.matrix.cells.map((c) => [`${c.regionCode}|${c.sectorId}`, c]));
  return (
    <ChartTable
      testId="matrix-table"
      summary={m.tableAlt}
      caption={m.matrixTitle}
      head={[m.region, ...data.matrix.sectors.map((s) => s.name)]}
      rows={data.matrix.regions.map((r) => [
        `${r.code} ${r.name}`,
        ...data.matrix.sectors.map((s) => {
          const c = cell.get(`${r.code}|${s.id}`);
          return c && c.coverage !== null ? `${pct(c.coverage, lang)} (${c.realised}/${c.expected})` : '–';
        }),
      ])}
    />
  );
}

export function MapTable({ data, m, lang }: { data: OverviewData; m: Messages['overview']; lang: Lang }) {
  return (
    <ChartTable
      testId="map-table"
      summary={m.tableAlt}
      caption={m.mapTitle}
      head={[m.region, m.m_coverage, m.m_expected, m.m_realised, m.m_gaps]}
      rows={data.map.shapes.map((s) => {
        const x = data.map.measures[s.code];
        return [
          `${s.code} ${s.name}`,
          pct(x?.coverage ?? null, lang),
          x?.expected ?? 0,
          x?.realised ?? 0,
          x?.gaps ?? 0,
        ];
      })}
    />
  );
}

export function TrendTables({
  data,
  rounds,
  m,
  lang,
}: {
  data: OverviewData;
  rounds: RoundMark[];
  m: Messages['overview'];
  lang: Lang;
}) {
  return (
    <>
      <ChartTable
        testId="trend-table"
        summary={`${m.tableAlt}: ${m.trendCoverage}`}
        caption={m.trendCoverage}
        head={[m.date, m.h_coverageAll, m.h_coverageA, m.h_crossChainDensity]}
        rows={trendRows(data.trends, rounds, m, lang).map((t) => [
          t.label,
          pct(t.coverageAll, lang, 1),
          pct(t.coverageA, lang, 1),
          pct(t.crossChainDensity, lang, 1),
        ])}
      />
      <ChartTable
        summary={`${m.tableAlt}: ${m.trendSector}`}
        caption={m.trendSector}
        head={[m.sector, m.coverage, m.expected, m.realised]}
        rows={data.sectorBars.map((s) => [s.name, pct(s.coverage, lang), s.expected, s.realised])}
      />
      <ChartTable
        summary={`${m.tableAlt}: ${m.trendReviews}`}
        caption={m.trendReviews}
        head={[m.quarter, m.reviews, m.coalitions]}
        rows={data.reviewsPerQuarter.map((q) => [q.quarter, num(q.reviews, lang), num(q.coalitions, lang)])}
      />
    </>
  );
}
