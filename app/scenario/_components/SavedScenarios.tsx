import Link from 'next/link';
import { date } from '@/app/_components/charts/format';
import type { SavedScenario } from '@/lib/dal/scenario';
import { scenarioToSearch } from '@/lib/domain/scenario';
import type { Locale, Messages } from '@/lib/i18n';
import { DeleteScenarioButton } from './DeleteScenarioButton';

/** The saved scenarios: each opens as its own URL; projectteam and regisseur may delete them. */
export function SavedScenarios({
  saved,
  canWrite,
  showWho,
  m,
  locale,
}: {
  saved: SavedScenario[];
  canWrite: boolean;
  showWho: boolean;
  m: Messages['scenario'];
  locale: Locale;
}) {
  return (
    <section aria-labelledby="sc-saved">
      <h2 id="sc-saved">{m.savedTitle}</h2>
      {saved.length === 0 ? (
        <p>{m.savedNone}</p>
      ) : (
        <div className="table-scroll">
          <table className="data" data-testid="saved-scenarios">
            <caption>{m.savedCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{m.colName}</th>
                <th scope="col">{m.colDate}</th>
                {showWho ? <th scope="col">{m.colWho}</th> : null}
                {canWrite ? <th scope="col">{m.colActions}</th> : null}
              </tr>
            </thead>
            <tbody>
              {saved.map((s) => (
                <tr key={s.id} data-id={s.id}>
                  <th scope="row">
                    <Link href={`/scenario?${scenarioToSearch(s.scenario)}`}>{s.name}</Link>
                  </th>
                  <td>{date(s.createdAt, locale)}</td>
                  {showWho ? <td>{s.createdByName || '–'}</td> : null}
                  {canWrite ? (
                    <td>
                      <DeleteScenarioButton id={s.id} name={s.name} m={m} lang={locale} />
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
