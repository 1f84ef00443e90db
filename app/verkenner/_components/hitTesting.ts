import type Sigma from 'sigma';
import type { Coordinates } from 'sigma/types';
import { buildHitIndex, pickNode, type HitIndex, type HitPoint } from '@/lib/explorer/hit-index';

/**
 * Replaces sigma's GPU picking (readPixels on the nodes' framebuffer, which waits for the frame in
 * flight: up to seconds on a large graph with software GL) by a grid over the nodes' display
 * positions. Hover and click then answer at once, also right after a full redraw. The grid is
 * rebuilt lazily after sigma processed new data (positions, reducers, a new graph).
 */
export function installHitTesting(sigma: Sigma): void {
  // Nothing reads sigma's picking image any more: stop drawing it (every node a second time on
  // every frame; without a GPU that is a large part of a frame). Again through sigma's internals.
  const programs = (sigma as unknown as { nodePrograms: Record<string, { pickProgram: unknown }> })
    .nodePrograms;
  for (const program of Object.values(programs ?? {})) program.pickProgram = null;
  let index: HitIndex | null = null;
  let maxSize = 0;
  sigma.on('afterProcess', () => {
    index = null;
  });
  const build = (): HitIndex => {
    const points: HitPoint[] = [];
    maxSize = 0;
    sigma.getGraph().forEachNode((key) => {
      const d = sigma.getNodeDisplayData(key);
      if (!d || d.hidden) return;
      points.push({ key, x: d.x, y: d.y, z: d.zIndex ?? 0 });
      if (d.size > maxSize) maxSize = d.size;
    });
    return buildHitIndex(points);
  };
  // sigma 3 declares it private, but its mouse and touch handlers call it through `this`: the one
  // seam for replacing the picking (checked by test/e2e/explorer.test.ts hovering and clicking).
  const seam = sigma as unknown as { getNodeAtPosition: (pos: Coordinates) => string | null };
  seam.getNodeAtPosition = (pos) => {
    index ??= build();
    if (index.size === 0) return null;
    const at = sigma.viewportToFramedGraph(pos);
    const px = sigma.scaleSize(maxSize) + 1;
    const side = sigma.viewportToFramedGraph({ x: pos.x + px, y: pos.y });
    const reach = Math.hypot(side.x - at.x, side.y - at.y);
    return pickNode(index.near(at.x, at.y, reach), pos, (p) => {
      const d = sigma.getNodeDisplayData(p.key);
      if (!d) return { x: NaN, y: NaN, radius: -1 };
      const v = sigma.framedGraphToViewport(d);
      return { x: v.x, y: v.y, radius: sigma.scaleSize(d.size) + 1 };
    });
  };
}
