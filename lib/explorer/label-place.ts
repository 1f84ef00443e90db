// Which labels to draw when they would overlap: an order (forced first, then the focus's
// neighbourhood, then larger nodes) and a greedy placement that keeps a label only where its box is
// still free. Pure; the browser's label layer (app/verkenner/_components/labels.ts) uses it.

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const hits = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Orders the candidates: forced labels, then higher zIndex (the focus's neighbours), then size. */
export function labelOrder<T extends { key: string; size: number; forceLabel?: boolean; zIndex?: number }>(
  items: T[],
): T[] {
  return items.sort(
    (a, b) =>
      Number(!!b.forceLabel) - Number(!!a.forceLabel) ||
      (b.zIndex ?? 0) - (a.zIndex ?? 0) ||
      b.size - a.size ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}

/**
 * Greedy placement: keeps an item when its box does not overlap a kept one; forced items are always
 * kept. A coarse bucket grid keeps the test cheap when there are many candidates.
 */
export function placeLabels<T extends { forceLabel?: boolean }>(items: T[], box: (t: T) => Box): T[] {
  const CELL = 64;
  const buckets = new Map<number, Box[]>();
  const cells = (b: Box, visit: (k: number) => boolean | void) => {
    for (let cx = Math.floor(b.x0 / CELL); cx <= Math.floor(b.x1 / CELL); cx++)
      for (let cy = Math.floor(b.y0 / CELL); cy <= Math.floor(b.y1 / CELL); cy++)
        if (visit(cx * 100_003 + cy) === true) return true;
    return false;
  };
  const kept: T[] = [];
  for (const item of items) {
    const b = box(item);
    const blocked = !item.forceLabel && cells(b, (k) => buckets.get(k)?.some((o) => hits(o, b)) === true);
    if (blocked) continue;
    kept.push(item);
    cells(b, (k) => {
      const list = buckets.get(k);
      if (list) list.push(b);
      else buckets.set(k, [b]);
    });
  }
  return kept;
}
