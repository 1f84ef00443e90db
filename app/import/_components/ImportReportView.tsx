import type { ImportReport } from '@/lib/dal/importing';
import type { Messages } from '@/lib/i18n';
import { fmt } from '@/lib/i18n/define';

export function ImportReportView({ t, report }: { t: Messages['importing']; report: ImportReport }) {
  const title = report.mode === 'apply' && report.problems.length === 0 ? t.appliedTitle : t.previewTitle;
  return (
    <section data-testid={`import-report-${report.mode}`}>
      <h3>{fmt(title, { rows: report.rows, ms: report.ms })}</h3>
      <table className="data">
        <thead>
          <tr>
            <th scope="col">{t.table}</th>
            <th scope="col" className="num">
              {t.create}
            </th>
            <th scope="col" className="num">
              {t.update}
            </th>
            <th scope="col" className="num">
              {t.unchanged}
            </th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(report.counts).map(([e, c]) => (
            <tr key={e}>
              <th scope="row">{e}</th>
              <td className="num" data-testid={`count-${e}-create`}>
                {c.create}
              </td>
              <td className="num">{c.update}</td>
              <td className="num">{c.unchanged}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {report.problems.length === 0 ? (
        <p className="notice">{t.noProblems}</p>
      ) : (
        <>
          <h3>{fmt(t.problemsTitle, { n: report.problems.length })}</h3>
          <table className="data" data-testid="import-problems">
            <thead>
              <tr>
                <th scope="col">{t.colFile}</th>
                <th scope="col">{t.colSheet}</th>
                <th scope="col" className="num">
                  {t.colRow}
                </th>
                <th scope="col">{t.colColumn}</th>
                <th scope="col">{t.colExpected}</th>
                <th scope="col">{t.colGot}</th>
              </tr>
            </thead>
            <tbody>
              {report.problems.slice(0, 500).map((p, i) => (
                <tr key={i}>
                  <td>{p.file}</td>
                  <td>{p.sheet ?? ''}</td>
                  <td className="num">{p.row}</td>
                  <td>{p.column ?? ''}</td>
                  <td>{p.expected}</td>
                  <td>{p.got}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {report.warnings.length > 0 ? (
        <>
          <h3>{t.warningsTitle}</h3>
          <ul>
            {report.warnings.map((w, i) => (
              <li key={i}>
                {w.file}
                {w.sheet ? ` / ${w.sheet}` : ''}: {w.text}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
