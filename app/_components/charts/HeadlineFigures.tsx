import type { Messages } from '@/lib/i18n';
import type { HeadlineDelta, HeadlineKey } from '@/lib/report/headline';
import { ChartTable } from './ChartTable';
import styles from './charts.module.css';
import { date, num, pct, type Lang } from './format';

const PERCENT: ReadonlySet<HeadlineKey> = new Set(['crossChainDensity', 'coverageAll', 'coverageA']);

function show(key: HeadlineKey, v: number | null, lang: Lang): string {
  if (PERCENT.has(key)) return pct(v, lang, 1);
  if (key === 'eiAlgemeen') return num(v, lang, 2);
  return num(v, lang);
}

function showChange(key: HeadlineKey, v: number, lang: Lang): string {
  const sign = v > 0 ? '+' : v < 0 ? '−' : '±';
  const abs = Math.abs(v);
  if (PERCENT.has(key))
    return `${sign}${num(abs * 100, lang, 1)} ${lang === 'nl' ? 'procentpunt' : 'percentage points'}`;
  return `${sign}${key === 'eiAlgemeen' ? num(abs, lang, 2) : num(abs, lang)}`;
}

/** The headline figures with their change since the previous snapshot (arrow, value, in words). */
export function HeadlineFigures({
  deltas,
  previousAsOf,
  m,
  lang,
}: {
  deltas: HeadlineDelta[];
  previousAsOf: string | null;
  m: Messages['overview'];
  lang: Lang;
}) {
  const label = (k: HeadlineKey) => m[`h_${k}`];
  const since = previousAsOf ? m.sincePrevious.replace('{date}', date(previousAsOf, lang)) : m.noPrevious;
  return (
    <section aria-labelledby="kerncijfers">
      <h2 id="kerncijfers">{m.headlineTitle}</h2>
      <div className={styles.figureGrid}>
        {deltas.map((d) => {
          const arrow =
            d.direction === 'up' ? '▲' : d.direction === 'down' ? '▼' : d.direction === 'same' ? '■' : '';
          const tone = d.good === null ? styles.neutral : d.good ? styles.good : styles.bad;
          const words =
            d.direction === 'unknown'
              ? since
              : `${m[d.direction]}${d.good === null ? '' : ` (${d.good ? m.better : m.worse})`}, ${since}`;
          return (
            <div className={styles.figureCard} key={d.key} data-testid={`headline-${d.key}`}>
              <div className={styles.figureLabel}>{label(d.key)}</div>
              <div className={styles.figureValue} data-value={d.value ?? ''}>
                {show(d.key, d.value, lang)}
              </div>
              {d.change !== null ? (
                <div className={`${styles.delta} ${tone}`}>
                  <span aria-hidden="true">{arrow} </span>
                  {showChange(d.key, d.change, lang)}
                  <span className="sr-only"> — {words}</span>
                  <span aria-hidden="true"> {since}</span>
                </div>
              ) : (
                <div className={`${styles.delta} ${styles.neutral}`}>{since}</div>
              )}
            </div>
          );
        })}
      </div>
      <ChartTable
        summary={m.tableAlt}
        caption={m.headlineTitle}
        head={['', m.value, m.change]}
        rows={deltas.map((d) => [
          label(d.key),
          show(d.key, d.value, lang),
          d.change === null ? '–' : showChange(d.key, d.change, lang),
        ])}
      />
    </section>
  );
}
