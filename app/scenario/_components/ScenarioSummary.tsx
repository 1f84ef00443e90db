import Link from 'next/link';
import { num, pct } from '@/app/_components/charts/format';
import type { ScenarioStepView, ScenarioView } from '@/lib/dal/scenario';
import { scenarioToSearch } from '@/lib/domain/scenario';
import { fmt, type Locale, type Messages } from '@/lib/i18n';

type M = Messages['scenario'];

function hoursText(s: ScenarioStepView, m: M, locale: Locale): string {
  if (s.hours !== null) return num(s.hours, locale);
  return fmt(m.hoursAtLeast, { h: num(s.atLeastHours, locale) });
}

/** The scenario's title line, figures, cascade, later effects, cycles and regions. */
export function ScenarioSummary({ view, m, locale }: { view: ScenarioView; m: M; locale: Locale }) {
  const query = scenarioToSearch(view.input);
  const national = view.input.failure.kind === 'process' && view.input.failure.regionCodes.length === 0;
  const where = national
    ? m.whereNational
    : fmt(m.whereRegions, { regions: view.regions.map((r) => r.name).join(', ') });
  const duration =
    view.input.maxHours === null ? m.durationNone : fmt(m.durationHours, { h: view.input.maxHours });
  const names = new Map([...view.steps, ...view.later].map((s) => [s.processId, s.name]));
  const f = view.figures;
  const figures: Array<[string, string, string]> = [
    ['processes', m.figProcesses, num(view.steps.length, locale)],
    ['regions', m.figRegions, num(f.regions, locale)],
    ['organisations', m.figOrganisations, num(f.organisations, locale)],
    ['expected', m.figExpected, num(f.expected, locale)],
    ['realised', m.figRealised, num(f.realised, locale)],
    ['missing', m.figMissing, num(f.missing, locale)],
    ['coverage', m.figCoverage, pct(f.coverage, locale)],
    ['density', m.figDensity, f.density === null ? '–' : num(f.density, locale, 3)],
  ];
  return (
    <>
      <h2 data-testid="scenario-title">{fmt(m.resultTitle, { what: view.failureLabel })}</h2>
      <p className="lead">
        {where}, {duration}.
      </p>
      <p>
        <Link href={`/scenario?${query}`} data-testid="scenario-share">
          {m.shareLink}
        </Link>{' '}
        ·{' '}
        <Link href={`/verkenner?scenario=${encodeURIComponent(query)}`} data-testid="scenario-explorer">
          {m.explorerLink}
        </Link>
      </p>
      <section aria-labelledby="sc-figures">
        <h3 id="sc-figures">{m.figuresTitle}</h3>
        <ul className="grid figures-list" data-testid="scenario-figures">
          {figures.map(([key, label, value]) => (
            <li key={key} className="card" data-testid={`figure-${key}`}>
              <span className="figure">{value}</span> <span>{label}</span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="sc-cascade">
        <h3 id="sc-cascade">{m.cascadeTitle}</h3>
        <div className="table-scroll">
          <table className="data" data-testid="scenario-steps">
            <caption>{m.cascadeCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{m.colStep}</th>
                <th scope="col">{m.colProcess}</th>
                <th scope="col">{m.colCategory}</th>
                <th scope="col">{m.colHours}</th>
                <th scope="col">{m.colVia}</th>
              </tr>
            </thead>
            <tbody>
              {view.steps.map((s) => (
                <tr key={s.processId} data-process={s.processId}>
                  <td>{s.step === 0 ? m.originStep : s.step}</td>
                  <th scope="row">{s.name}</th>
                  <td>{s.category ?? '–'}</td>
                  <td>{hoursText(s, m, locale)}</td>
                  <td>{s.viaId ? (names.get(s.viaId) ?? s.viaId) : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {view.later.length > 0 && view.input.maxHours !== null ? (
          <div data-testid="scenario-later">
            <h4>{m.laterTitle}</h4>
            <p>{fmt(m.laterIntro, { h: view.input.maxHours })}</p>
            <ul>
              {view.later.map((s) => (
                <li key={s.processId}>
                  {s.name} ({m.colCategory.toLowerCase()} {s.category ?? '–'}; {hoursText(s, m, locale)})
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {view.cycles.length > 0 ? (
          <div data-testid="scenario-cycles">
            <h4>{m.cyclesTitle}</h4>
            <p>{m.cyclesIntro}</p>
            <ul>
              {view.cycles.map((c) => (
                <li key={c.map((x) => x.id).join('>')}>{[...c, c[0]!].map((x) => x.name).join(' → ')}</li>
              ))}
            </ul>
          </div>
        ) : null}
      </section>
      <section aria-labelledby="sc-regions">
        <h3 id="sc-regions">{m.regionsTitle}</h3>
        <p data-testid="scenario-regions">{view.regions.map((r) => `${r.id} ${r.name}`).join(', ')}</p>
      </section>
    </>
  );
}
