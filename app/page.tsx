import { CoverageMatrix } from './_components/charts/CoverageMatrix';
import { HeadlineFigures } from './_components/charts/HeadlineFigures';
import { MapTable, MatrixTable, TrendTables } from './_components/charts/OverviewTables';
import { RegionMap } from './_components/charts/RegionMap';
import { TrendCharts } from './_components/charts/TrendCharts';
import styles from './_components/charts/charts.module.css';
import { date } from './_components/charts/format';
import { DataErrorNotice } from './_components/DataErrorNotice';
import { getViewer } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { getOverview } from '@/lib/dal/overview';
import { getRecommendationPipeline } from '@/lib/dal/recommendations';
import { PipelineSection } from './aanbevelingen/_components/PipelineSection';
import { getLatestChainPairScores, getSurveyTrend } from '@/lib/dal/survey-results';
import { SurveySummary } from './_components/SurveySummary';
import { ScenarioHighlights } from './_components/ScenarioHighlights';
import { getScenarioHighlights } from '@/lib/dal/scenario';
import { getMessages } from '@/lib/i18n';
import { MAP_CREDIT } from '@/lib/report/map';

export const dynamic = 'force-dynamic';

export default async function OverviewPage() {
  const { locale, m } = await getMessages();
  const t = m.overview;
  let viewer;
  let data;
  let pipeline;
  let survey;
  let scenarios;
  try {
    viewer = await getViewer();
    // One after the other: with Neo4j down the first call answers with the readable 503 notice.
    data = await getOverview(viewer);
    pipeline = await getRecommendationPipeline(viewer);
    survey = [await getSurveyTrend(viewer), await getLatestChainPairScores(viewer)] as const;
    scenarios = can(viewer, 'scenario:read') ? await getScenarioHighlights(viewer) : null;
  } catch (e) {
    return <DataErrorNotice error={e} />;
  }
  const members = can(viewer, 'network:read');
  const rounds = survey[0].map((p) => ({ date: p.closedAt.slice(0, 10), title: p.title }));
  return (
    <>
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      <p data-testid="overview-asof">{t.asOf.replace('{date}', date(data.asOf, locale))}</p>
      {!members && <p className="notice">{t.aggregateOnly}</p>}
      <HeadlineFigures deltas={data.deltas} previousAsOf={data.previous?.asOf ?? null} m={t} lang={locale} />
      <div className={styles.twoCol}>
        <section aria-labelledby="matrix-title" className={styles.chartBox}>
          <h2 id="matrix-title">{t.matrixTitle}</h2>
          <p>
            {t.matrixDesc} {members ? t.matrixClick : ''}
          </p>
          <CoverageMatrix matrix={data.matrix} m={t} lang={locale} interactive={members} />
          <MatrixTable data={data} m={t} lang={locale} />
        </section>
        <section aria-labelledby="map-title" className={styles.chartBox}>
          <h2 id="map-title">{t.mapTitle}</h2>
          <RegionMap
            width={data.map.width}
            height={data.map.height}
            shapes={data.map.shapes}
            measures={data.map.measures}
            credit={MAP_CREDIT}
            m={t}
            lang={locale}
            linkRegions={members}
          />
          <MapTable data={data} m={t} lang={locale} />
        </section>
      </div>
      <section aria-labelledby="trends-title">
        <h2 id="trends-title">{t.trendsTitle}</h2>
        <TrendCharts
          trends={data.trends}
          sectorBars={data.sectorBars}
          reviews={data.reviewsPerQuarter}
          rounds={rounds}
          m={t}
          lang={locale}
        />
        <TrendTables data={data} rounds={rounds} m={t} lang={locale} />
      </section>
      <PipelineSection pipeline={pipeline} m={m.recommendations} lang={locale} />
      {scenarios ? <ScenarioHighlights items={scenarios} m={m.scenario} locale={locale} /> : null}
      <SurveySummary
        trend={survey[0]}
        pairs={survey[1]}
        m={m.survey}
        chains={{
          algemeen: m.common.chain_algemeen,
          functioneel: m.common.chain_functioneel,
          overig: m.common.chain_overig,
        }}
        locale={locale}
      />
    </>
  );
}
