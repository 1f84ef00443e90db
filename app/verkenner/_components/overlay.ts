// The missing-links overlay: dashed segments on a 2D canvas layer that follows sigma's camera.
import type Sigma from 'sigma';
import {
  MISSING_COLOR,
  REPORTED_CONFIRMED_COLOR,
  REPORTED_UNCONFIRMED_COLOR,
} from '@/lib/explorer/appearance';
import type { ReportedSegment } from '@/lib/explorer/reported';
import type { MissingSegment } from '@/lib/explorer/missing';

export type { MissingSegment };

type Pt = { x: number; y: number };

export function segmentEnds(sigma: Sigma, seg: Pick<MissingSegment, 'source' | 'target'>): [Pt, Pt] | null {
  const g = sigma.getGraph();
  if (!g.hasNode(seg.source) || !g.hasNode(seg.target)) return null;
  const a = g.getNodeAttributes(seg.source) as Pt;
  const b = g.getNodeAttributes(seg.target) as Pt;
  return [sigma.graphToViewport({ x: a.x, y: a.y }), sigma.graphToViewport({ x: b.x, y: b.y })];
}

/** Draws the dashed segments in viewport coordinates; returns how many were drawn. */
export function drawMissing(
  ctx: CanvasRenderingContext2D,
  sigma: Sigma,
  segs: MissingSegment[],
  hovered: number | null,
): number {
  let drawn = 0;
  ctx.save();
  ctx.lineCap = 'round';
  for (const seg of segs) {
    const ends = segmentEnds(sigma, seg);
    if (!ends) continue;
    const [a, b] = ends;
    ctx.strokeStyle = MISSING_COLOR;
    ctx.globalAlpha = hovered === null || hovered === seg.index ? 0.95 : 0.45;
    ctx.lineWidth = hovered === seg.index ? 3.5 : 2;
    ctx.setLineDash([7, 5]);
    ctx.beginPath();
    ctx.moveTo(a.x, a.y);
    ctx.lineTo(b.x, b.y);
    ctx.stroke();
    drawn++;
  }
  ctx.restore();
  return drawn;
}

/** The segment nearest to a viewport point within `tolerance` pixels. */
export function nearestSegment(
  sigma: Sigma,
  segs: MissingSegment[],
  p: Pt,
  tolerance = 6,
): MissingSegment | null {
  let best: MissingSegment | null = null;
  let bestD = tolerance;
  for (const seg of segs) {
    const ends = segmentEnds(sigma, seg);
    if (!ends) continue;
    const [a, b] = ends;
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const len2 = dx * dx + dy * dy;
    const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2));
    const d = Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
    if (d < bestD) {
      bestD = d;
      best = seg;
    }
  }
  return best;
}

/** Draws the survey's reported ties: confirmed solid green, unconfirmed dotted grey (not colour alone). */
export function drawReported(ctx: CanvasRenderingContext2D, sigma: Sigma, segs: ReportedSegment[]): number {
  let drawn = 0;
  ctx.save();
  ctx.lineCap = 'round';
  for (const seg of segs) {
    const ends = segmentEnds(sigma, seg);
    if (!ends) continue;
    const [a, b] = ends;
    ctx.strokeStyle = seg.confirmed ? REPORTED_CONFIRMED_COLOR : REPORTED_UNCONFIRMED_COLOR;
    ctx.globalAlpha = seg.confirmed ? 0.85 : 0.7;
    ctx.lineWidth = seg.confirmed ? 2.5 : 1.5;
    ctx.setLineDash(seg.confirmed ? [] : [2, 4]);
    ctx.beginPath();
    ctx.moveTo(a.x, a.y);
    ctx.lineTo(b.x, b.y);
    ctx.stroke();
    drawn++;
  }
  ctx.restore();
  return drawn;
}
