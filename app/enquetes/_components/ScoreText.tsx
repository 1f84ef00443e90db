import type { Score } from '@/lib/analysis/survey';
import { fmt, type Locale, type Messages } from '@/lib/i18n';
import { formatDecimal } from '@/lib/pdf/format';

/** A trust or value score as text: mean, median and quartiles, or "te weinig antwoorden" (never a withheld figure). */
export function ScoreText({ score, m, locale }: { score: Score; m: Messages['survey']; locale: Locale }) {
  if (score.withheld) return <span className="hint">{m.tooFew}</span>;
  const d = (v: number) => formatDecimal(v, locale, 2);
  return (
    <span>
      {fmt(m.scoreOutOf, { score: d(score.mean) })} ({m.median.toLowerCase()} {d(score.median)}; {d(score.q1)}
      –{d(score.q3)}; n = {score.respondents})
    </span>
  );
}

/** The distribution of indicator ratings 1/2/3/4 (and "weet ik niet"). */
export function ScoreDistribution({ score, m }: { score: Score; m: Messages['survey'] }) {
  if (score.withheld) return <span className="hint">{m.tooFew}</span>;
  return (
    <span>
      {score.counts.join(' / ')} ({m.dontKnow}: {score.dontKnow})
    </span>
  );
}
