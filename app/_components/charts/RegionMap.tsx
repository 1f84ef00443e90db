'use client';

import { scaleSequential } from 'd3-scale';
import { interpolateCividis } from 'd3-scale-chromatic';
import { useId, useState } from 'react';
import type { RegionMeasure } from '@/lib/dal/overview';
import type { Messages } from '@/lib/i18n';
import type { RegionShape } from '@/lib/report/map';
import styles from './charts.module.css';
import { num, pct, type Lang } from './format';

const MEASURES = ['coverage', 'expected', 'realised', 'gaps'] as const;
type Measure = (typeof MEASURES)[number];

/** NL safety regions coloured by a chosen measure; each region links to its page. */
export function RegionMap({
  width,
  height,
  shapes,
  measures,
  credit,
  m,
  lang,
  linkRegions,
}: {
  width: number;
  height: number;
  shapes: RegionShape[];
  measures: Record<string, RegionMeasure>;
  credit: string;
  m: Messages['overview'];
  lang: Lang;
  linkRegions: boolean;
}) {
  const [measure, setMeasure] = useState<Measure>('coverage');
  const [hover, setHover] = useState('');
  const selectId = useId();
  const value = (code: string) => measures[code]?.[measure] ?? null;
  const max = Math.max(1, ...shapes.map((s) => value(s.code) ?? 0));
  const colour = scaleSequential(interpolateCividis).domain(measure === 'coverage' ? [0, 1] : [0, max]);
  const show = (v: number | null) => (measure === 'coverage' ? pct(v, lang) : num(v, lang));
  const label = (s: RegionShape) => `${s.code} ${s.name}: ${m[`m_${measure}`]} ${show(value(s.code))}`;
  return (
    <div>
      <label htmlFor={selectId}>{m.mapMeasure} </label>
      <select
        id={selectId}
        value={measure}
        onChange={(e) => setMeasure(e.target.value as Measure)}
        data-testid="map-measure"
      >
        {MEASURES.map((x) => (
          <option key={x} value={x}>
            {m[`m_${x}`]}
          </option>
        ))}
      </select>
      <p className={styles.tooltip} aria-live="polite">
        {hover}
      </p>
      <svg
        width="100%"
        viewBox={`0 0 ${width} ${height}`}
        role="group"
        aria-label={m.mapTitle}
        data-testid="region-map"
        style={{ maxWidth: width }}
      >
        {shapes.map((s) => {
          const v = value(s.code);
          const shape = <path d={s.d} fill={v === null ? '#ffffff' : colour(v)} />;
          const common = {
            className: styles.region,
            'aria-label': label(s),
            'data-region': s.code,
            onMouseEnter: () => setHover(label(s)),
            onFocus: () => setHover(label(s)),
          };
          return linkRegions ? (
            <a key={s.code} href={`/regio/${s.code}`} {...common}>
              {shape}
            </a>
          ) : (
            <g key={s.code} role="img" {...common}>
              {shape}
            </g>
          );
        })}
      </svg>
      <p className={styles.credit}>{m.mapCredit.replace('{credit}', credit)}</p>
    </div>
  );
}
