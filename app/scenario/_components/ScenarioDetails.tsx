import Link from 'next/link';
import { date } from '@/app/_components/charts/format';
import type { ScenarioView } from '@/lib/dal/scenario';
import type { Locale, Messages } from '@/lib/i18n';

type Full = Extract<ScenarioView, { level: 'full' }>;
interface Props {
  view: Full;
  m: Messages['scenario'];
  gapsM: Messages['gaps'];
  statusM: Messages['explorer'];
  locale: Locale;
}

/** Expected links (missing first), gaps with their explanation, agreements, single persons, coalitions. */
export function ScenarioDetails({ view, m, gapsM, statusM, locale }: Props) {
  const links = [...view.links].sort((a, b) => Number(a.realised) - Number(b.realised));
  const orgName = new Map(view.organisations.map((o) => [o.id, o.name]));
  return (
    <>
      <section aria-labelledby="sc-links">
        <h3 id="sc-links">{m.linksTitle}</h3>
        {links.length === 0 ? (
          <p>{m.linksNone}</p>
        ) : (
          <div className="table-scroll">
            <table className="data" data-testid="scenario-links">
              <caption>{m.linksCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{m.colBetween}</th>
                  <th scope="col">{m.colRealised}</th>
                </tr>
              </thead>
              <tbody>
                {links.map((l) => (
                  <tr key={l.id} data-realised={l.realised ? '1' : '0'}>
                    <th scope="row">
                      {l.a.name} – {l.b.name}
                    </th>
                    <td>{l.realised ? m.realisedYes : <strong>{m.realisedNo}</strong>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="sc-gaps">
        <h3 id="sc-gaps">{m.gapsTitle}</h3>
        {view.gaps === null ? (
          <p>{m.gapsHidden}</p>
        ) : view.gaps.length === 0 ? (
          <p>{m.gapsNone}</p>
        ) : (
          <div className="table-scroll">
            <table className="data" data-testid="scenario-gaps">
              <caption>{m.gapsCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{m.colPriority}</th>
                  <th scope="col">{m.colGap}</th>
                  <th scope="col">{m.colBetween}</th>
                  <th scope="col">{m.colExplanation}</th>
                </tr>
              </thead>
              <tbody>
                {[...view.gaps]
                  .sort((a, b) => b.priority - a.priority)
                  .map((g) => (
                    <tr key={g.id}>
                      <td>
                        {gapsM[`lv_${g.priorityLevel}`]} ({g.priority})
                      </td>
                      <th scope="row">
                        <Link href={`/gaps/${encodeURIComponent(g.id)}`} data-testid="scenario-gap-link">
                          {gapsM[`ty_${g.type}` as `ty_geen-afspraak`] ?? g.type}
                        </Link>
                      </th>
                      <td>{g.organisations.map((o) => o.name).join(' – ')}</td>
                      <td>{g.explanation[locale]}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="sc-agreements">
        <h3 id="sc-agreements">{m.agreementsTitle}</h3>
        {view.agreements.length === 0 ? (
          <p>{m.agreementsNone}</p>
        ) : (
          <div className="table-scroll">
            <table className="data" data-testid="scenario-agreements">
              <caption>{m.agreementsCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{m.colAgreement}</th>
                  <th scope="col">{m.colStatus}</th>
                  <th scope="col">{m.colParties}</th>
                  <th scope="col">{m.colExpires}</th>
                </tr>
              </thead>
              <tbody>
                {view.agreements.map((a) => (
                  <tr key={a.id}>
                    <th scope="row">{a.title}</th>
                    <td>
                      {statusM[`status_${a.status}`]} (
                      {a.current ? m.agreementCurrent : m.agreementNotCurrent})
                    </td>
                    <td>{a.parties.map((p) => p.name).join(', ')}</td>
                    <td>{a.expiresAt ? date(a.expiresAt, locale) : '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="sc-people">
        <h3 id="sc-people">{m.peopleTitle}</h3>
        {view.singlePersons.length === 0 ? (
          <p>{m.peopleNone}</p>
        ) : (
          <div className="table-scroll">
            <table className="data" data-testid="scenario-people">
              <caption>{m.peopleCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{m.colPerson}</th>
                  <th scope="col">{m.colOrganisation}</th>
                  <th scope="col">{m.colLinks}</th>
                </tr>
              </thead>
              <tbody>
                {view.singlePersons.map((p) => (
                  <tr key={p.personId}>
                    <th scope="row">{p.name}</th>
                    <td>{p.organisation?.name ?? '–'}</td>
                    <td>{p.links}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="sc-coalitions">
        <h3 id="sc-coalitions">{m.coalitionsTitle}</h3>
        {view.coalitions.length === 0 ? (
          <p>{m.coalitionsNone}</p>
        ) : (
          <div className="table-scroll">
            <table className="data" data-testid="scenario-coalitions">
              <caption>{m.coalitionsCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{m.colCoalition}</th>
                  <th scope="col">{m.colActive}</th>
                  <th scope="col">{m.colParticipants}</th>
                </tr>
              </thead>
              <tbody>
                {view.coalitions.map((c) => (
                  <tr key={c.id}>
                    <th scope="row">
                      <Link href={`/coalities/${encodeURIComponent(c.id)}`}>{c.name}</Link>
                    </th>
                    <td>{c.active ? m.yes : m.no}</td>
                    <td>{c.organisationIds.map((id) => orgName.get(id) ?? id).join(', ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
