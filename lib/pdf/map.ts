import { readFileSync } from 'node:fs';
import path from 'node:path';
import { geoArea, geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { CoverageCell } from '../analysis';
import type { Locale } from '../i18n/define';
import { formatPercent } from './format';
import { coverageColours, esc } from './html-util';

// The map of the 25 safety regions, coloured by coverage, as vector SVG (d3-geo, server side).

export const MAP_CREDIT = 'CBS / Kadaster (PDOK), CC BY 4.0; via minvws/nl-covid19-data-dashboard (EUPL-1.2)';

type RegionFeature = Feature<Polygon | MultiPolygon, { code: string; name: string }>;
let cached: FeatureCollection<Polygon | MultiPolygon, { code: string; name: string }> | null = null;

/** d3-geo wants clockwise outer rings; GeoJSON (RFC 7946) has them the other way round. */
function rewind(f: RegionFeature): RegionFeature {
  if (geoArea(f) <= 2 * Math.PI) return f;
  const rev = (rings: Position[][]) => rings.map((r) => r.slice().reverse());
  const g = f.geometry;
  const geometry: Polygon | MultiPolygon =
    g.type === 'Polygon'
      ? { type: 'Polygon', coordinates: rev(g.coordinates) }
      : { type: 'MultiPolygon', coordinates: g.coordinates.map(rev) };
  return { ...f, geometry };
}

export function loadRegions(file = path.join(process.cwd(), 'data/nl/veiligheidsregios_2023.geojson')) {
  if (cached) return cached;
  const raw = JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection<
    Polygon | MultiPolygon,
    { code: string; name: string }
  >;
  cached = { ...raw, features: raw.features.map(rewind) };
  return cached;
}

const projected = new Map<string, Array<{ code: string; name: string; d: string; cx: number; cy: number }>>();

/** The region outlines projected to a box, computed once per size (the boundaries do not change). */
function projectedShapes(width: number, height: number) {
  const key = `${width}x${height}`;
  const hit = projected.get(key);
  if (hit) return hit;
  const fc = loadRegions();
  const projection = geoMercator().fitExtent(
    [
      [8, 8],
      [width - 8, height - 8],
    ],
    fc,
  );
  const pathOf = geoPath(projection).digits(1);
  const shapes = fc.features.map((f) => {
    const [cx, cy] = pathOf.centroid(f);
    return { code: f.properties.code, name: f.properties.name, d: pathOf(f) ?? '', cx, cy };
  });
  projected.set(key, shapes);
  return shapes;
}

export function regionMapSvg(
  coverage: Record<string, CoverageCell>,
  locale: Locale,
  opts: { width?: number; height?: number; title: string } = { title: '' },
): string {
  const width = opts.width ?? 520;
  const height = opts.height ?? 600;
  const shapes = projectedShapes(width, height).map((f) => {
    const cell = coverage[f.code];
    const value = cell?.coverage ?? null;
    const { fill, text } = coverageColours(value);
    const label = value === null ? '–' : formatPercent(value, locale);
    return {
      path: `<path d="${f.d}" fill="${fill}" stroke="#ffffff" stroke-width="0.8"><title>${esc(f.name)}: ${esc(label)}</title></path>`,
      label: `<text x="${f.cx.toFixed(1)}" y="${f.cy.toFixed(1)}" fill="${text}" font-size="9" text-anchor="middle" dominant-baseline="middle">${esc(f.code)}</text>`,
    };
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="${esc(opts.title)}">
<title>${esc(opts.title)}</title>
<g>${shapes.map((s) => s.path).join('')}</g>
<g font-family="inherit">${shapes.map((s) => s.label).join('')}</g>
</svg>`;
}

/** The regions map with `affected` filled dark and the others light (a scenario's area). */
export function affectedRegionsSvg(
  affected: ReadonlySet<string>,
  opts: { width?: number; height?: number; title: string; affectedLabel: string; otherLabel: string },
): string {
  const width = opts.width ?? 300;
  const height = opts.height ?? 346;
  const shapes = projectedShapes(width, height);
  const paths = shapes
    .map((f) => {
      const hit = affected.has(f.code);
      const state = hit ? opts.affectedLabel : opts.otherLabel;
      return `<path d="${f.d}" fill="${hit ? '#a50026' : '#eef1f4'}" stroke="#ffffff" stroke-width="0.8"><title>${esc(f.name)}: ${esc(state)}</title></path>`;
    })
    .join('');
  const labels = shapes
    .filter((f) => affected.has(f.code))
    .map(
      (f) =>
        `<text x="${f.cx.toFixed(1)}" y="${f.cy.toFixed(1)}" fill="#ffffff" font-size="8" text-anchor="middle" dominant-baseline="middle">${esc(f.code)}</text>`,
    )
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="${esc(opts.title)}">
<title>${esc(opts.title)}</title><g>${paths}</g><g font-family="inherit">${labels}</g></svg>`;
}

/** The colour key under the map and the matrix. */
export function coverageLegend(locale: Locale): string {
  const stops = [0, 1, 2, 3, 4, 5].map((i) => i / 6);
  const items = stops
    .map((v, i) => {
      const to = i + 1 < stops.length ? stops[i + 1]! : 1;
      return `<span class="key"><span class="swatch" style="background:${coverageColours(v).fill}"></span>${esc(formatPercent(v, locale))}–${esc(formatPercent(to, locale))}</span>`;
    })
    .join('');
  const none = `<span class="key"><span class="swatch" style="background:${coverageColours(null).fill}"></span>${locale === 'nl' ? 'niets verwacht' : 'nothing expected'}</span>`;
  return `<p class="legend">${items}${none}</p>`;
}
