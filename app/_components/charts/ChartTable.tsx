import type { ReactNode } from 'react';

/** The table alternative of a chart: a closed <details> with a plain data table. */
export function ChartTable({
  summary,
  caption,
  head,
  rows,
  testId,
}: {
  summary: string;
  caption: string;
  head: string[];
  rows: ReactNode[][];
  testId?: string;
}) {
  return (
    <details data-testid={testId}>
      <summary>{summary}</summary>
      <table className="data">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {head.map((h, i) => (
              <th key={i} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              {r.map((c, j) =>
                j === 0 ? (
                  <th key={j} scope="row">
                    {c}
                  </th>
                ) : (
                  <td key={j} className={typeof c === 'number' ? 'num' : undefined}>
                    {c}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
