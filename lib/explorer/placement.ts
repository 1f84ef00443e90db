// Stable positions: saved coordinates are kept; a node without one is placed at the mean of its
// already-placed neighbours plus a small seeded jitter, so a new organisation appears next to the
// ones it works with instead of at a random spot.
import { mulberry32 } from '../analysis/random';

export interface Point {
  x: number;
  y: number;
}

export function placeNodes(
  keys: string[],
  neighbours: (key: string) => Iterable<string>,
  known: Map<string, Point>,
  seed = 7,
): Map<string, Point> {
  const rng = mulberry32(seed);
  const pos = new Map<string, Point>();
  for (const k of keys) {
    const p = known.get(k);
    if (p && Number.isFinite(p.x) && Number.isFinite(p.y)) pos.set(k, { x: p.x, y: p.y });
  }
  let todo = keys.filter((k) => !pos.has(k)).sort();
  if (!todo.length) return pos;
  const extent = () => {
    let minX = Infinity,
      minY = Infinity,
      maxX = -Infinity,
      maxY = -Infinity;
    for (const p of pos.values()) {
      minX = Math.min(minX, p.x);
      maxX = Math.max(maxX, p.x);
      minY = Math.min(minY, p.y);
      maxY = Math.max(maxY, p.y);
    }
    return pos.size ? { minX, minY, maxX, maxY } : { minX: -50, minY: -50, maxX: 50, maxY: 50 };
  };
  while (todo.length) {
    const e = extent();
    const jitter = Math.max(1, 0.03 * Math.hypot(e.maxX - e.minX, e.maxY - e.minY));
    const placedNow: string[] = [];
    for (const k of todo) {
      let sx = 0,
        sy = 0,
        n = 0;
      for (const nb of neighbours(k)) {
        const p = pos.get(nb);
        if (!p) continue;
        sx += p.x;
        sy += p.y;
        n++;
      }
      if (n === 0) continue;
      placedNow.push(k);
      const angle = rng() * 2 * Math.PI;
      const r = jitter * (0.5 + rng());
      pos.set(k, { x: sx / n + r * Math.cos(angle), y: sy / n + r * Math.sin(angle) });
    }
    todo = todo.filter((k) => !pos.has(k));
    if (placedNow.length || !todo.length) continue;
    // Nothing connects the rest to placed nodes: seat the first one on a ring around the picture.
    const k = todo.shift()!;
    const cx = (e.minX + e.maxX) / 2,
      cy = (e.minY + e.maxY) / 2;
    const radius = pos.size ? 0.6 * Math.hypot(e.maxX - e.minX, e.maxY - e.minY) + jitter : 50;
    const angle = rng() * 2 * Math.PI;
    pos.set(k, { x: cx + radius * Math.cos(angle), y: cy + radius * Math.sin(angle) });
  }
  return pos;
}
