'use client';

import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { AggregateAnalysis } from '@/lib/dal/analysis';
import type { OverviewData } from '@/lib/dal/overview';
import type { Messages } from '@/lib/i18n';
import styles from './charts.module.css';
import { type Lang } from './format';
import { trendRows, type RoundMark } from './trend-rows';

// Okabe–Ito colours: distinguishable with the common colour-vision deficiencies.
const BLUE = '#0072B2';
const ORANGE = '#D55E00';
const GREEN = '#009E73';

/** Coverage and cross-chain density over snapshots, coverage per sector, reviews per quarter. */
export function TrendCharts({
  trends,
  sectorBars,
  reviews,
  rounds,
  m,
  lang,
}: {
  trends: OverviewData['trends'];
  /** Closed survey rounds: a marked point on the timeline (their ties count from then on). */
  rounds: RoundMark[];
  sectorBars: OverviewData['sectorBars'];
  reviews: AggregateAnalysis['reviewsPerQuarter'];
  m: Messages['overview'];
  lang: Lang;
}) {
  const line = trendRows(trends, rounds, m, lang).map((r) => ({
    label: r.label,
    round: r.round,
    coverage: r.coverageAll === null ? null : Math.round(r.coverageAll * 1000) / 10,
    coverageA: r.coverageA === null ? null : Math.round(r.coverageA * 1000) / 10,
    density: r.crossChainDensity === null ? null : Math.round(r.crossChainDensity * 1000) / 10,
  }));
  const bars = sectorBars.map((s) => ({
    name: s.name,
    coverage: s.coverage === null ? 0 : Math.round(s.coverage * 1000) / 10,
  }));
  const percent = (v: unknown) => `${String(v)}%`;
  return (
    <>
      <div
        className={styles.chartBox}
        role="figure"
        aria-label={m.trendCoverage}
        data-testid="trend-coverage"
      >
        <h3 aria-hidden="true">{m.trendCoverage}</h3>
        <ResponsiveContainer width="100%" height={260}>
          <LineChart data={line} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="label" fontSize={12} padding={{ left: 24, right: 48 }} />
            <YAxis unit="%" fontSize={12} />
            <Tooltip formatter={percent} />
            <Legend />
            {line
              .filter((r) => r.round)
              .map((r) => (
                <ReferenceLine
                  key={r.label}
                  x={r.label}
                  stroke="#555"
                  strokeDasharray="4 4"
                  label={{ value: m.trendRound, position: 'insideTopLeft', fontSize: 11 }}
                />
              ))}
            <Line
              type="monotone"
              dataKey="coverage"
              name={m.h_coverageAll}
              stroke={BLUE}
              strokeWidth={2}
              connectNulls
              isAnimationActive={false}
            />
            <Line
              type="monotone"
              dataKey="coverageA"
              name={m.h_coverageA}
              stroke={GREEN}
              strokeWidth={2}
              strokeDasharray="6 3"
              connectNulls
              isAnimationActive={false}
            />
            <Line
              type="monotone"
              dataKey="density"
              name={m.h_crossChainDensity}
              stroke={ORANGE}
              strokeWidth={2}
              strokeDasharray="2 2"
              connectNulls
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <div className={styles.chartBox} role="figure" aria-label={m.trendSector} data-testid="trend-sector">
        <h3 aria-hidden="true">{m.trendSector}</h3>
        <ResponsiveContainer width="100%" height={Math.max(200, bars.length * 26)}>
          <BarChart data={bars} layout="vertical" margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis type="number" unit="%" domain={[0, 100]} fontSize={12} />
            <YAxis type="category" dataKey="name" fontSize={12} width={120} interval={0} />
            <Tooltip formatter={percent} />
            <Bar dataKey="coverage" name={m.coverage} fill={BLUE} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <div className={styles.chartBox} role="figure" aria-label={m.trendReviews} data-testid="trend-reviews">
        <h3 aria-hidden="true">{m.trendReviews}</h3>
        <ResponsiveContainer width="100%" height={220}>
          <BarChart data={reviews} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="quarter" fontSize={12} />
            <YAxis allowDecimals={false} fontSize={12} />
            <Tooltip />
            <Legend />
            <Bar dataKey="reviews" name={m.reviews} fill={GREEN} isAnimationActive={false} />
            <Bar dataKey="coalitions" name={m.coalitions} fill={ORANGE} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </>
  );
}
