import type { HeadlineMetrics } from '../report/headline';
import { headlineDeltas, type HeadlineDelta } from '../report/headline';
import type { CellPair, SnapshotMetrics } from '../report/snapshot';

// Compares two snapshots (earlier → later): headline deltas, ties added and gone, gaps opened and
// closed, coverage per region. Pure, on the frozen metrics only.

export interface SnapshotSide {
  headline: HeadlineMetrics | null;
  metrics: SnapshotMetrics | null;
}

export interface SnapshotComparison {
  headline: HeadlineDelta[];
  details: null | {
    ties: { added: number; removed: number; crossAdded: number; crossRemoved: number };
    gaps: { opened: number; closed: number; byType: Array<{ type: string; opened: number; closed: number }> };
    regions: Array<{ code: string; before: number | null; after: number | null }>;
  };
}

const ratio = (p: CellPair | undefined) => (p && p[0] > 0 ? p[1] / p[0] : null);

function gapTypes(m: SnapshotMetrics): Map<string, string> {
  const out = new Map<string, string>();
  for (const [type, byLevel] of Object.entries(m.gaps))
    for (const ids of Object.values(byLevel)) for (const id of ids) out.set(id, type);
  return out;
}

export function compareSnapshots(before: SnapshotSide, after: SnapshotSide): SnapshotComparison {
  const headline = after.headline ? headlineDeltas(after.headline, before.headline) : [];
  const a = before.metrics;
  const b = after.metrics;
  if (!a || !b) return { headline, details: null };
  const key = (t: SnapshotMetrics['ties'][number]) => `${t[0]}|${t[1]}`;
  const tiesA = new Map(a.ties.map((t) => [key(t), t[3]]));
  const tiesB = new Map(b.ties.map((t) => [key(t), t[3]]));
  const ties = { added: 0, removed: 0, crossAdded: 0, crossRemoved: 0 };
  for (const [k, cross] of tiesB)
    if (!tiesA.has(k)) {
      ties.added++;
      if (cross === 1) ties.crossAdded++;
    }
  for (const [k, cross] of tiesA)
    if (!tiesB.has(k)) {
      ties.removed++;
      if (cross === 1) ties.crossRemoved++;
    }
  const gapsA = gapTypes(a);
  const gapsB = gapTypes(b);
  const perType = new Map<string, { opened: number; closed: number }>();
  const bump = (type: string, field: 'opened' | 'closed') => {
    const e = perType.get(type) ?? { opened: 0, closed: 0 };
    e[field]++;
    perType.set(type, e);
  };
  for (const [id, type] of gapsB) if (!gapsA.has(id)) bump(type, 'opened');
  for (const [id, type] of gapsA) if (!gapsB.has(id)) bump(type, 'closed');
  const byType = [...perType.entries()]
    .map(([type, e]) => ({ type, ...e }))
    .sort((x, y) => (x.type < y.type ? -1 : 1));
  const codes = [
    ...new Set([...Object.keys(a.coverage.byRegion), ...Object.keys(b.coverage.byRegion)]),
  ].sort();
  return {
    headline,
    details: {
      ties,
      gaps: {
        opened: byType.reduce((s, t) => s + t.opened, 0),
        closed: byType.reduce((s, t) => s + t.closed, 0),
        byType,
      },
      regions: codes.map((code) => ({
        code,
        before: ratio(a.coverage.byRegion[code]),
        after: ratio(b.coverage.byRegion[code]),
      })),
    },
  };
}
