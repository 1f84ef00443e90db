// Which node is under the pointer, answered from a grid over the nodes' positions instead of
// sigma's GPU picking (a readPixels that waits until the GPU has finished the frame in flight:
// seconds on a large graph without a GPU). Pure: positions and radii in, keys out.

export interface HitPoint {
  key: string;
  x: number;
  y: number;
  /** Drawing order: among overlapping nodes the one drawn last (highest) wins, as on screen. */
  z: number;
}

export interface HitIndex {
  /** Nodes within `reach` of (x, y), in the index's coordinates. */
  near(x: number, y: number, reach: number): HitPoint[];
  readonly size: number;
}

/** A uniform grid with about two points per cell. */
export function buildHitIndex(points: readonly HitPoint[]): HitIndex {
  if (points.length === 0) return { near: () => [], size: 0 };
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const p of points) {
    if (p.x < minX) minX = p.x;
    if (p.x > maxX) maxX = p.x;
    if (p.y < minY) minY = p.y;
    if (p.y > maxY) maxY = p.y;
  }
  const side = Math.max(1, Math.ceil(Math.sqrt(points.length / 2)));
  const w = Math.max(maxX - minX, 1e-9);
  const h = Math.max(maxY - minY, 1e-9);
  const cw = w / side;
  const ch = h / side;
  const cells: HitPoint[][] = Array.from({ length: side * side }, () => []);
  const col = (x: number) => Math.min(side - 1, Math.max(0, Math.floor((x - minX) / cw)));
  const row = (y: number) => Math.min(side - 1, Math.max(0, Math.floor((y - minY) / ch)));
  for (const p of points) cells[row(p.y) * side + col(p.x)]!.push(p);
  return {
    size: points.length,
    near(x, y, reach) {
      const out: HitPoint[] = [];
      const r2 = reach * reach;
      for (let r = row(y - reach); r <= row(y + reach); r++)
        for (let c = col(x - reach); c <= col(x + reach); c++)
          for (const p of cells[r * side + c]!) {
            const dx = p.x - x;
            const dy = p.y - y;
            if (dx * dx + dy * dy <= r2) out.push(p);
          }
      return out;
    },
  };
}

/**
 * The node under the pointer: among candidates whose drawn disc (radius in pixels) contains the
 * pointer, the one drawn on top; equal layers go to the nearest centre.
 */
export function pickNode(
  candidates: readonly HitPoint[],
  pointer: { x: number; y: number },
  screen: (p: HitPoint) => { x: number; y: number; radius: number },
): string | null {
  let best: { key: string; z: number; d: number } | null = null;
  for (const p of candidates) {
    const s = screen(p);
    const d = Math.hypot(s.x - pointer.x, s.y - pointer.y);
    if (d > s.radius) continue;
    if (!best || p.z > best.z || (p.z === best.z && d < best.d)) best = { key: p.key, z: p.z, d };
  }
  return best?.key ?? null;
}
