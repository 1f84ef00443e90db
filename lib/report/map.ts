import { readFileSync } from 'node:fs';
import path from 'node:path';
import { geoPath, geoTransform } from 'd3-geo';
import type { FeatureCollection, Geometry } from 'geojson';

export const MAP_CREDIT = 'CBS / Kadaster (PDOK), CC BY 4.0; via minvws/nl-covid19-data-dashboard (EUPL-1.2)';

export interface RegionShape {
  code: string;
  name: string;
  /** SVG path in a width × height box. */
  d: string;
  centroid: [number, number];
}

let cached: { width: number; height: number; shapes: RegionShape[] } | null = null;

/**
 * The 25 safety regions as SVG paths, projected once on the server (so the browser gets paths, not
 * the GeoJSON). A planar equirectangular projection with cos(52°) longitude scaling: at the scale
 * of the Netherlands it is indistinguishable from Mercator, and unlike d3's spherical projections
 * it does not care about the ring winding order of the source file.
 */
export function regionShapes(width = 360): { width: number; height: number; shapes: RegionShape[] } {
  if (cached && cached.width === width) return cached;
  const file = path.join(process.cwd(), 'data', 'nl', 'veiligheidsregios_2023.geojson');
  const geo = JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection<
    Geometry,
    { code: string; name: string }
  >;
  const k = Math.cos((52.2 * Math.PI) / 180);
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      const [x, y] = c as [number, number];
      minX = Math.min(minX, x * k);
      maxX = Math.max(maxX, x * k);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
    } else if (Array.isArray(c)) c.forEach(visit);
  };
  for (const f of geo.features) if ('coordinates' in f.geometry) visit(f.geometry.coordinates);
  const scale = width / (maxX - minX);
  const height = Math.ceil((maxY - minY) * scale);
  const projection = geoTransform({
    point(x, y) {
      this.stream.point((x * k - minX) * scale, (maxY - y) * scale);
    },
  });
  const pathOf = geoPath(projection).digits(0);
  const shapes = geo.features.map((f) => {
    const [cx, cy] = pathOf.centroid(f);
    return {
      code: f.properties.code,
      name: f.properties.name,
      d: thin(pathOf(f) ?? ''),
      centroid: [cx, cy] as [number, number],
    };
  });
  cached = { width, height, shapes: shapes.sort((a, b) => a.code.localeCompare(b.code)) };
  return cached;
}

/**
 * Drops points of an absolute M/L/Z path that lie within `min` pixels of the previous kept point
 * (the boundaries have many points per pixel at this size), keeping every ring's first and last
 * point. Borders shared by two regions may differ by less than `min` pixels: hidden by the stroke.
 */
export function thin(d: string, min = 1.5): string {
  return d
    .split('Z')
    .filter((ring) => ring.length > 0)
    .map((ring) => {
      const pts = ring
        .slice(1)
        .split('L')
        .map((p) => p.split(',').map(Number) as [number, number]);
      const kept: [number, number][] = [];
      pts.forEach((p, i) => {
        const last = kept[kept.length - 1];
        if (!last || i === pts.length - 1 || Math.hypot(p[0] - last[0], p[1] - last[1]) >= min) kept.push(p);
      });
      return kept.length >= 3 ? `M${kept.map((p) => p.join(',')).join('L')}Z` : '';
    })
    .join('');
}
