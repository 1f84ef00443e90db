// PNG and SVG of the current view. The PNG is rendered by a temporary sigma on an off-screen
// container of the chosen size (WebGL buffers are read right after a synchronous render); the SVG
// is built by the pure lib/explorer/svg.ts from viewport coordinates.
import Sigma from 'sigma';
import type { LegendItem } from '@/lib/explorer/appearance';
import { MISSING_COLOR } from '@/lib/explorer/appearance';
import { buildSvg, type SvgEdge, type SvgNode } from '@/lib/explorer/svg';
import { installLabelLayout, shownLabels } from './labels';
import { drawMissing, segmentEnds, type MissingSegment } from './overlay';

export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function renderPng(sigma: Sigma, width: number, segs: MissingSegment[]): Promise<Blob> {
  const { width: w0, height: h0 } = sigma.getDimensions();
  const height = Math.max(1, Math.round((width * h0) / Math.max(1, w0)));
  const host = document.createElement('div');
  Object.assign(host.style, {
    position: 'fixed',
    left: '-20000px',
    top: '0',
    width: `${width}px`,
    height: `${height}px`,
  });
  document.body.appendChild(host);
  const tmp = new Sigma(sigma.getGraph(), host, { ...sigma.getSettings() });
  try {
    installLabelLayout(tmp);
    tmp.getCamera().setState(sigma.getCamera().getState());
    tmp.refresh();
    const out = document.createElement('canvas');
    out.width = width;
    out.height = height;
    const ctx = out.getContext('2d');
    if (!ctx) throw new Error('2D canvas unavailable');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    for (const layer of Array.from(host.querySelectorAll('canvas'))) {
      if (layer.classList.contains('sigma-mouse')) continue;
      ctx.drawImage(layer, 0, 0, width, height);
      if (layer.classList.contains('sigma-edges')) drawMissing(ctx, tmp, segs, null);
    }
    return await new Promise<Blob>((resolve, reject) =>
      out.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob failed'))), 'image/png'),
    );
  } finally {
    tmp.kill();
    host.remove();
  }
}

export function renderSvg(sigma: Sigma, segs: MissingSegment[], title: string, legend: LegendItem[]): string {
  const { width, height } = sigma.getDimensions();
  const graph = sigma.getGraph();
  const shown = shownLabels(sigma);
  const inView = (p: { x: number; y: number }, r: number) =>
    p.x + r >= 0 && p.y + r >= 0 && p.x - r <= width && p.y - r <= height;
  const pos = new Map<string, { x: number; y: number; r: number }>();
  const nodes: SvgNode[] = [];
  graph.forEachNode((key, attrs) => {
    const d = sigma.getNodeDisplayData(key);
    if (!d || d.hidden) return;
    // Graph coordinates → viewport, the same projection the overlay uses.
    const p = sigma.graphToViewport({ x: attrs.x as number, y: attrs.y as number });
    const r = sigma.scaleSize(d.size);
    pos.set(key, { ...p, r });
    if (!inView(p, r + 120)) return;
    const labelled = (shown.has(key) || d.forceLabel) && d.label ? d.label : null;
    nodes.push({ x: p.x, y: p.y, r, color: d.color, label: labelled });
  });
  const edges: SvgEdge[] = [];
  graph.forEachEdge((key, _a, s, t) => {
    const d = sigma.getEdgeDisplayData(key);
    const a = pos.get(s);
    const b = pos.get(t);
    if (!d || d.hidden || !a || !b) return;
    edges.push({
      x1: a.x,
      y1: a.y,
      x2: b.x,
      y2: b.y,
      color: d.color,
      width: Math.max(0.5, sigma.scaleSize(d.size)),
    });
  });
  for (const seg of segs) {
    const ends = segmentEnds(sigma, seg);
    if (ends)
      edges.push({
        x1: ends[0].x,
        y1: ends[0].y,
        x2: ends[1].x,
        y2: ends[1].y,
        color: MISSING_COLOR,
        width: 2,
        dashed: true,
      });
  }
  return buildSvg({ width, height, title, nodes, edges, legend });
}
