// The no-overlap pass after ForceAtlas2, with room for labels. Sigma draws node sizes in screen
// pixels and fits the whole picture to the view, so the pass works in "pixels when the picture fills
// a view of `viewport` pixels": a node that is big enough to get a label (sigma's
// labelRenderedSizeThreshold) claims its radius plus about one label line around it, so two
// labelled nodes no longer end up on top of each other with their labels stacked. Labels wider
// than that room are left to the label grid and the collision pass in the browser.
import type Graph from 'graphology';
import noverlap from 'graphology-layout-noverlap';

export interface LabelRoomOptions {
  /** Size of the view in pixels the picture is assumed to fill (the shorter side). */
  viewport?: number;
  /** Rendered size in pixels from which a node gets a label. */
  threshold?: number;
  /** Label font size in pixels. */
  fontPx?: number;
}

/** Radius in pixels a node claims: its own size, plus a label line when it will carry a label. */
export function labelFootprint(sizePx: number, label: unknown, threshold = 6, fontPx = 13): number {
  const size = Number.isFinite(sizePx) && sizePx > 0 ? sizePx : 1;
  return typeof label === 'string' && label && size >= threshold ? size + fontPx : size + 1;
}

/** Graph units per screen pixel when the picture is fitted into a square view of `viewport` px. */
export function unitsPerPixel(g: Graph, viewport: number): number {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  g.forEachNode((_k, a) => {
    const x = a.x as number;
    const y = a.y as number;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  });
  const extent = Math.max(maxX - minX, maxY - minY);
  return Number.isFinite(extent) && extent > 0 ? extent / viewport : 1;
}

/**
 * How many no-overlap iterations a graph of `order` nodes gets. Measured on this machine: 700 nodes
 * × 30 iterations ≈ 0.2 s, 2,000 × 10 ≈ 0.4 s, but 14,000 × 10 ≈ 40 s, so large graphs get none
 * (sigma's label grid and the collision pass keep their labels apart; zooming in separates nodes).
 */
export function labelRoomIterations(order: number): number {
  return order <= 1000 ? 30 : order <= 3000 ? 10 : 0;
}

/** Runs noverlap with label room; node attributes x, y, size (pixels) and label are read. */
export function spreadForLabels(g: Graph, maxIterations: number, options: LabelRoomOptions = {}): void {
  if (g.order < 2 || maxIterations < 1) return;
  const { viewport = 900, threshold = 6, fontPx = 13 } = options;
  const unit = unitsPerPixel(g, viewport);
  noverlap.assign(g, {
    maxIterations,
    inputReducer: (key, a) => ({
      x: a.x,
      y: a.y,
      size: unit * labelFootprint(a.size ?? 1, g.getNodeAttribute(key, 'label'), threshold, fontPx),
    }),
    settings: { margin: unit * 2, ratio: 1, expansion: 1.1, gridSize: g.order > 2000 ? 60 : 20 },
  });
}
