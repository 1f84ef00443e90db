import Link from 'next/link';
import { formatPercent } from '@/lib/pdf/format';
import type { ScenarioHighlight } from '@/lib/dal/scenario';
import type { Locale, Messages } from '@/lib/i18n';

/** The overview's cascade section: the newest saved scenarios with their figures (no names of people). */
export function ScenarioHighlights({
  items,
  m,
  locale,
}: {
  items: ScenarioHighlight[];
  m: Messages['scenario'];
  locale: Locale;
}) {
  const pct = (v: number | null) => (v === null ? '—' : formatPercent(v, locale));
  return (
    <section aria-labelledby="scenario-overview-title" data-testid="overview-scenarios">
      <h2 id="scenario-overview-title">{m.overviewTitle}</h2>
      <p>{m.overviewIntro}</p>
      {items.length === 0 ? (
        <p>{m.overviewNone}</p>
      ) : (
        <div className="table-scroll">
          <table className="data">
            <caption>{m.overviewCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{m.colName}</th>
                <th scope="col">{m.overviewFailure}</th>
                <th scope="col">{m.figRegions}</th>
                <th scope="col">{m.figOrganisations}</th>
                <th scope="col">{m.figExpected}</th>
                <th scope="col">{m.figMissing}</th>
                <th scope="col">{m.figCoverage}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((s) => (
                <tr key={s.id} data-testid={`overview-scenario-${s.id}`}>
                  <th scope="row">
                    <Link href={`/scenario?${s.search}`}>{s.name}</Link>
                  </th>
                  <td>{s.failureLabel}</td>
                  <td>{s.regions}</td>
                  <td>{s.figures.organisations}</td>
                  <td>{s.figures.expected}</td>
                  <td>{s.figures.missing}</td>
                  <td>{pct(s.figures.coverage)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>
        <Link href="/scenario">{m.overviewAll}</Link>
      </p>
    </section>
  );
}
