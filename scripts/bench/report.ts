// Formatting for npm run bench: markdown tables of timings and approximation errors.
export interface Timing {
  ms: number | null;
  note: string;
}

export const fmtMs = (ms: number | null | undefined): string =>
  ms === null || ms === undefined ? '–' : ms >= 100 ? ms.toFixed(0) : ms >= 1 ? ms.toFixed(1) : ms.toFixed(2);
const ratio = (peer: number | null | undefined, ours: number | null | undefined): string =>
  peer && ours ? `${(peer / ours).toFixed(peer / ours >= 10 ? 0 : 1)}×` : '–';

export function markdownTable(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map((_, i) => (i === 0 ? '---' : '---:'))), ...rows.map(line)].join('\n');
}

/** One row per measure and size: our time, the peers' times and how many times faster we are. */
export function timingTable(
  rows: Array<{ measure: string; n: number; ours: Timing; networkx?: Timing; igraph?: Timing }>,
): string {
  const notes: string[] = [];
  const cell = (t: Timing | undefined) => {
    if (!t) return '–';
    if (t.ms === null && t.note) notes.push(t.note);
    return t.note && t.ms !== null ? `${fmtMs(t.ms)}*` : fmtMs(t.ms);
  };
  const body = rows.map((r) => [
    r.measure,
    r.n.toLocaleString('en'),
    cell(r.ours),
    cell(r.networkx),
    cell(r.igraph),
    ratio(r.networkx?.ms, r.ours.ms),
    ratio(r.igraph?.ms, r.ours.ms),
  ]);
  const table = markdownTable(
    ['measure', 'nodes', 'ours (ms)', 'networkx (ms)', 'igraph (ms)', 'networkx ÷ ours', 'igraph ÷ ours'],
    body,
  );
  const starred = rows.flatMap((r) =>
    [r.ours, r.networkx, r.igraph]
      .filter((t): t is Timing => !!t && !!t.note && t.ms !== null)
      .map((t) => t.note),
  );
  const footnotes = [...new Set([...starred, ...notes])];
  return footnotes.length === 0 ? table : `${table}\n\n${footnotes.map((n) => `* ${n}`).join('\n')}`;
}
