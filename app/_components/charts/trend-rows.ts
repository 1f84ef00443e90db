import type { OverviewData } from '@/lib/dal/overview';
import type { Messages } from '@/lib/i18n';
import { fmt } from '@/lib/i18n/define';
import { date, type Lang } from './format';

/** A closed survey round on the overview's timeline. */
export interface RoundMark {
  /** The day it closed (YYYY-MM-DD). */
  date: string;
  title: string;
}

export interface TrendRow {
  label: string;
  /** Set on a survey round's row (no figures of its own: the marker on the timeline). */
  round: string | null;
  coverageAll: number | null;
  coverageA: number | null;
  crossChainDensity: number | null;
}

/**
 * The snapshots and today's figures in date order, with a row for every closed survey round at its
 * closing day (before a snapshot of the same day, which already counts it). The chart draws the
 * rounds as marked points, the table as rows.
 */
export function trendRows(
  trends: OverviewData['trends'],
  rounds: readonly RoundMark[],
  m: Messages['overview'],
  lang: Lang,
): TrendRow[] {
  const rows = [
    ...trends.map((t) => ({
      at: t.asOf,
      order: 1,
      row: {
        label: t.kind === 'current' ? `${date(t.asOf, lang)} (${m.current})` : date(t.asOf, lang),
        round: null,
        coverageAll: t.coverageAll,
        coverageA: t.coverageA,
        crossChainDensity: t.crossChainDensity,
      },
    })),
    ...rounds.map((r) => ({
      at: r.date,
      order: 0,
      row: {
        label: `${date(r.date, lang)} — ${fmt(m.roundClosed, { title: r.title })}`,
        round: r.title,
        coverageAll: null,
        coverageA: null,
        crossChainDensity: null,
      },
    })),
  ];
  rows.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.order - b.order));
  return rows.map((r) => r.row);
}
