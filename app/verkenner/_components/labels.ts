// Label crowding. Sigma's label grid picks the candidates (labelGridCellSize, labelDensity,
// labelRenderedSizeThreshold: at most a few labels per screen cell, larger nodes first), but labels
// of neighbouring cells can still overlap. So the candidates are not drawn straight away: they are
// collected, ordered (forced = focus / search hit, then the focus's neighbourhood, then larger
// nodes) and drawn only where their box is still free. The hovered node is drawn by sigma on its
// own layer on top, with a white box. Which labels were drawn is kept for the SVG export.
import type Sigma from 'sigma';
import { drawDiscNodeLabel } from 'sigma/rendering';
import type { NodeDisplayData, PartialButFor } from 'sigma/types';
import type { Settings } from 'sigma/settings';
import { labelOrder, placeLabels } from '@/lib/explorer/label-place';

/** Grid settings shared by the live view and the PNG export. */
export const LABEL_SETTINGS = {
  labelGridCellSize: 140,
  labelDensity: 1,
  labelRenderedSizeThreshold: 6,
  labelSize: 13,
} as const;

type LabelData = PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'> & { key: string };

const shownBy = new WeakMap<Sigma, Set<string>>();

/** The labels actually drawn in sigma's last frame. */
export function shownLabels(sigma: Sigma): Set<string> {
  return shownBy.get(sigma) ?? new Set();
}

/** Replaces sigma's label drawing by the collect–order–place pass above. */
export function installLabelLayout(sigma: Sigma): void {
  let pending: Array<{ ctx: CanvasRenderingContext2D; data: LabelData; settings: Settings }> = [];
  sigma.setSetting('defaultDrawNodeLabel', (ctx, data, settings) => {
    pending.push({ ctx, data: data as LabelData, settings });
  });
  sigma.on('beforeRender', () => {
    pending = [];
  });
  sigma.on('afterRender', () => {
    const shown = new Set<string>();
    const items = labelOrder(
      pending.map((p) => ({
        ...p,
        key: p.data.key,
        size: p.data.size,
        forceLabel: p.data.forceLabel,
        zIndex: p.data.zIndex,
      })),
    );
    pending = [];
    const widths = new Map<string, number>();
    const kept = placeLabels(items, ({ ctx, data, settings }) => {
      ctx.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
      const w = ctx.measureText(data.label ?? '').width;
      widths.set(data.key, w);
      const x0 = data.x + data.size + 1;
      const h = settings.labelSize;
      return { x0, y0: data.y - h * 0.75, x1: x0 + w + 6, y1: data.y + h * 0.6 };
    });
    for (const { ctx, data, settings } of kept) {
      drawDiscNodeLabel(ctx, data, settings);
      shown.add(data.key);
    }
    shownBy.set(sigma, shown);
  });
}
