import { flattenHeadline, HEADLINE_KEYS, type HeadlineKey, type HeadlineMetrics } from '../report/headline';
import type { FigureKind } from './format';

// The headline figures of a briefing are the snapshot's HeadlineMetrics (lib/report/headline):
// the same numbers the dashboard shows and trends. Formatting happens once, in format.ts.

export const FIGURE_KEYS = HEADLINE_KEYS;
export type FigureKey = HeadlineKey;

export const FIGURE_KIND: Record<FigureKey, FigureKind> = {
  crossChainDensity: 'percent',
  coverageAll: 'percent',
  coverageA: 'percent',
  eiAlgemeen: 'index',
  openGapsHoog: 'count',
  openGapsMiddel: 'count',
  openGapsLaag: 'count',
  activeCoalitions: 'count',
  agreementsExpiring90d: 'count',
};

export type Figures = Record<FigureKey, number | null>;

export function figuresOf(headline: HeadlineMetrics): Figures {
  return flattenHeadline(headline);
}
