// Where the dashed missing links go in each view. Missing links are between organisations; in the
// organisations and coalitions views they join the two organisation nodes. In the people view they
// join each organisation's natural contact: its visible person with the most ties in the people
// graph (ties broken by id, so everyone sees the same pair). Pure: the canvas overlay, the PNG/SVG
// export, the table and the GEXF/GraphML export all use the same segments.
import type { ExplorerPayload, View } from './payload';

export interface MissingSegment {
  /** Index into payload.missing. */
  index: number;
  source: string;
  target: string;
  /** People view: the person indices drawn for organisation a and b; null between organisation nodes. */
  contacts: [number, number] | null;
}

/** Per organisation index: its people, natural contact first (most ties, then id). */
export function contactRanking(p: ExplorerPayload): number[][] {
  const byOrg: number[][] = p.orgs.ids.map(() => []);
  p.people.org.forEach((o, i) => byOrg[o]?.push(i));
  const deg = p.people.degree;
  const ids = p.people.ids;
  for (const list of byOrg)
    list.sort(
      (x, y) => (deg[y] ?? 0) - (deg[x] ?? 0) || (ids[x]! < ids[y]! ? -1 : ids[x]! > ids[y]! ? 1 : 0),
    );
  return byOrg;
}

/** The organisation's first person that is visible in the current view, or -1. */
function contactOf(
  p: ExplorerPayload,
  ranking: number[][],
  org: number,
  visible: ReadonlySet<string>,
): number {
  for (const i of ranking[org] ?? []) if (visible.has(p.people.ids[i]!)) return i;
  return -1;
}

/**
 * The segments to draw for the given missing-link indices in `view`; links whose ends are not
 * visible (filtered out, or an organisation outside every coalition) are left out.
 */
export function missingSegments(
  p: ExplorerPayload,
  view: View,
  indices: readonly number[],
  visible: ReadonlySet<string>,
  ranking: number[][] = view === 'mensen' ? contactRanking(p) : [],
): MissingSegment[] {
  const out: MissingSegment[] = [];
  for (const index of indices) {
    const a = p.missing.a[index] ?? -1;
    const b = p.missing.b[index] ?? -1;
    if (view === 'mensen') {
      const ca = contactOf(p, ranking, a, visible);
      const cb = contactOf(p, ranking, b, visible);
      if (ca < 0 || cb < 0) continue;
      out.push({ index, source: p.people.ids[ca]!, target: p.people.ids[cb]!, contacts: [ca, cb] });
      continue;
    }
    const s = p.orgs.ids[a];
    const t = p.orgs.ids[b];
    if (s && t && visible.has(s) && visible.has(t)) out.push({ index, source: s, target: t, contacts: null });
  }
  return out;
}
