import { ScoreText } from '@/app/enquetes/_components/ScoreText';
import { formatDate } from '@/lib/analysis/dates';
import type { getLatestChainPairScores, SurveyTrendPoint } from '@/lib/dal/survey-results';
import { fmt, type Locale, type Messages } from '@/lib/i18n';
import { formatPercent } from '@/lib/pdf/format';

/**
 * The survey on the overview: one row per closed round (each a point in the trend: response rate,
 * reciprocity, trust and value of the network) and how the chains rated each other in the latest.
 * Aggregates only; a figure from fewer than 3 respondents reads "te weinig antwoorden".
 */
export function SurveySummary({
  trend,
  pairs,
  m,
  chains,
  locale,
}: {
  trend: SurveyTrendPoint[];
  pairs: Awaited<ReturnType<typeof getLatestChainPairScores>>;
  m: Messages['survey'];
  chains: Record<string, string>;
  locale: Locale;
}) {
  const pct = (v: number | null) => (v === null ? '—' : formatPercent(v, locale));
  const latest = trend[trend.length - 1];
  return (
    <section aria-labelledby="survey-title" data-testid="overview-survey">
      <h2 id="survey-title">{m.overviewTitle}</h2>
      {!latest ? (
        <p>{m.overviewNone}</p>
      ) : (
        <>
          <p>
            {fmt(m.overviewLatest, {
              title: latest.title,
              date: formatDate(latest.closedAt.slice(0, 10), locale),
            })}
          </p>
          <table className="data" data-testid="survey-trend">
            <caption>{m.trustValue}</caption>
            <thead>
              <tr>
                <th scope="col">{m.roundTitle}</th>
                <th scope="col">{m.closesAt}</th>
                <th scope="col">{m.responseRate}</th>
                <th scope="col">{m.reciprocity}</th>
                <th scope="col">{m.trust}</th>
                <th scope="col">{m.value}</th>
              </tr>
            </thead>
            <tbody>
              {trend.map((p) => (
                <tr key={p.roundId}>
                  <th scope="row">{p.title}</th>
                  <td>{formatDate(p.closedAt.slice(0, 10), locale)}</td>
                  <td>{pct(p.responseRate)}</td>
                  <td>{pct(p.reciprocity)}</td>
                  <td data-testid={`survey-trust-${p.roundId}`}>
                    <ScoreText score={p.trust} m={m} locale={locale} />
                  </td>
                  <td>
                    <ScoreText score={p.value} m={m} locale={locale} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {pairs ? (
            <table className="data">
              <caption>{m.byChainPair}</caption>
              <thead>
                <tr>
                  <th scope="col">{m.rater}</th>
                  <th scope="col">{m.rated}</th>
                  <th scope="col">{m.trust}</th>
                  <th scope="col">{m.value}</th>
                </tr>
              </thead>
              <tbody>
                {pairs.pairs.map((p) => (
                  <tr key={`${p.raterChain}>${p.ratedChain}`}>
                    <td>{chains[p.raterChain] ?? p.raterChain}</td>
                    <td>{chains[p.ratedChain] ?? p.ratedChain}</td>
                    <td>
                      <ScoreText score={p.trust} m={m} locale={locale} />
                    </td>
                    <td>
                      <ScoreText score={p.value} m={m} locale={locale} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          <p className="hint">{fmt(m.tooFewHint, { n: 3 })}</p>
        </>
      )}
    </section>
  );
}
