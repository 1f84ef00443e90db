// Where the reported ties of the latest closed survey round go: between the two organisation nodes
// (organisations and coalitions views; the people view has no organisation nodes). Pure: the
// canvas overlay draws them, confirmed solid and unconfirmed dotted.
import type { ExplorerPayload, View } from './payload';

export interface ReportedSegment {
  index: number;
  source: string;
  target: string;
  confirmed: boolean;
}

export function reportedSegments(
  p: ExplorerPayload,
  view: View,
  visible: ReadonlySet<string>,
): ReportedSegment[] {
  if (view === 'mensen' || !p.reported) return [];
  const out: ReportedSegment[] = [];
  p.reported.a.forEach((a, index) => {
    const s = p.orgs.ids[a];
    const t = p.orgs.ids[p.reported.b[index] ?? -1];
    if (s && t && visible.has(s) && visible.has(t))
      out.push({ index, source: s, target: t, confirmed: p.reported.confirmed[index] === 1 });
  });
  return out;
}
