'use client';

import { scaleSequential } from 'd3-scale';
import { interpolateCividis } from 'd3-scale-chromatic';
import { useMemo, useState } from 'react';
import type { Messages } from '@/lib/i18n';
import type { CellPair } from '@/lib/dal/overview';
import type { MatrixCell, MatrixData } from '@/lib/report/matrix';
import styles from './charts.module.css';
import { inkOn, pct, type Lang } from './format';
import { PairsPanel } from './PairsPanel';

const CELL_W = 54;
const CELL_H = 22;
const LEFT = 230;
const TOP = 90;

/** Colour-blind-safe sequential scale (cividis) for coverage 0–1. */
export const coverageColour = scaleSequential(interpolateCividis).domain([0, 1]);

export function fill(template: string, v: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(v[k] ?? ''));
}

/**
 * Region × sector coverage matrix (d3 scales, SVG). Hover or focus shows the numbers; for members
 * and the project team a click (or Enter) opens the organisation pairs behind the cell.
 */
export function CoverageMatrix({
  matrix,
  m,
  lang,
  interactive,
}: {
  matrix: MatrixData;
  m: Messages['overview'];
  lang: Lang;
  interactive: boolean;
}) {
  const [hover, setHover] = useState<string>('');
  const [open, setOpen] = useState<MatrixCell | null>(null);
  const [pairs, setPairs] = useState<{ state: 'idle' | 'loading' | 'error' | 'done'; rows: CellPair[] }>({
    state: 'idle',
    rows: [],
  });
  const regionName = useMemo(() => new Map(matrix.regions.map((r) => [r.code, r.name])), [matrix.regions]);
  const sectorName = useMemo(() => new Map(matrix.sectors.map((s) => [s.id, s.name])), [matrix.sectors]);
  const width = LEFT + matrix.sectors.length * CELL_W + 8;
  const height = TOP + matrix.regions.length * CELL_H + 8;
  const label = (c: MatrixCell) => {
    const v = {
      region: regionName.get(c.regionCode) ?? c.regionCode,
      sector: sectorName.get(c.sectorId) ?? c.sectorId,
    };
    // The accessible name starts with the visible percentage (WCAG 2.5.3 label in name).
    return c.coverage === null
      ? fill(m.cellEmpty, v)
      : `${pct(c.coverage, lang)} ${fill(m.cellLabel, { ...v, realised: c.realised, expected: c.expected, pct: pct(c.coverage, lang) })}`;
  };
  const choose = async (c: MatrixCell) => {
    if (!interactive || c.coverage === null) return;
    setOpen(c);
    setPairs({ state: 'loading', rows: [] });
    try {
      const res = await fetch(
        `/api/overview/cell?region=${encodeURIComponent(c.regionCode)}&sector=${encodeURIComponent(c.sectorId)}`,
      );
      if (!res.ok) throw new Error(String(res.status));
      const body = (await res.json()) as { pairs: CellPair[] };
      setPairs({ state: 'done', rows: body.pairs });
    } catch {
      setPairs({ state: 'error', rows: [] });
    }
  };
  return (
    <div>
      <div className={styles.legend} aria-hidden="true">
        <span>{m.legend}:</span>
        <span>0%</span>
        <svg className={styles.legendRamp} viewBox="0 0 100 10" preserveAspectRatio="none">
          {Array.from({ length: 20 }, (_, i) => (
            <rect key={i} x={i * 5} y={0} width={5.2} height={10} fill={coverageColour(i / 19)} />
          ))}
        </svg>
        <span>100%</span>
        <span className={styles.legendEmpty} />
        <span>{m.noExpected}</span>
      </div>
      <p className={styles.tooltip} aria-live="polite" data-testid="matrix-tooltip">
        {hover}
      </p>
      <svg
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="group"
        aria-label={m.matrixTitle}
        data-testid="coverage-matrix"
      >
        {matrix.sectors.map((s, j) => (
          <text
            key={s.id}
            transform={`translate(${LEFT + j * CELL_W + CELL_W / 2},${TOP - 6}) rotate(-45)`}
            fontSize={11}
            fill="#1b1f24"
          >
            {s.name}
          </text>
        ))}
        {matrix.regions.map((r, i) => (
          <text
            key={r.code}
            x={LEFT - 6}
            y={TOP + i * CELL_H + CELL_H / 2 + 4}
            textAnchor="end"
            fontSize={11}
            fill="#1b1f24"
          >
            {r.code} {r.name}
          </text>
        ))}
        {matrix.cells.map((c) => {
          const i = matrix.regions.findIndex((r) => r.code === c.regionCode);
          const j = matrix.sectors.findIndex((s) => s.id === c.sectorId);
          const empty = c.coverage === null;
          const bg = empty ? '#ffffff' : coverageColour(c.coverage!);
          const clickable = interactive && !empty;
          return (
            <g
              key={`${c.regionCode}|${c.sectorId}`}
              className={styles.cell}
              transform={`translate(${LEFT + j * CELL_W},${TOP + i * CELL_H})`}
              role={clickable ? 'button' : 'img'}
              tabIndex={clickable ? 0 : undefined}
              aria-label={label(c)}
              data-cell={`${c.regionCode}|${c.sectorId}`}
              onMouseEnter={() => setHover(label(c))}
              onFocus={() => setHover(label(c))}
              onClick={() => void choose(c)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  void choose(c);
                }
              }}
              style={{ cursor: clickable ? 'pointer' : 'default' }}
            >
              <rect
                width={CELL_W - 2}
                height={CELL_H - 2}
                fill={bg}
                stroke={empty ? '#5f6b7a' : 'none'}
                strokeDasharray={empty ? '3 2' : undefined}
              />
              {!empty && (
                <text
                  x={(CELL_W - 2) / 2}
                  y={CELL_H / 2 + 3}
                  textAnchor="middle"
                  fontSize={10}
                  fill={inkOn(bg)}
                  aria-hidden="true"
                >
                  {pct(c.coverage, lang)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      {open && (
        <PairsPanel
          title={fill(m.pairsTitle, {
            region: regionName.get(open.regionCode) ?? open.regionCode,
            sector: sectorName.get(open.sectorId) ?? open.sectorId,
          })}
          regionHref={`/regio/${open.regionCode}?sector=${encodeURIComponent(open.sectorId)}`}
          state={pairs.state}
          pairs={pairs.rows}
          m={m}
          lang={lang}
          onClose={() => setOpen(null)}
        />
      )}
    </div>
  );
}
