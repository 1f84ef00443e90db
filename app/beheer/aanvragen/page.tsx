import { readFlash } from '@/lib/auth/flash';
import { viewerForPage } from '@/lib/auth/page-guard';
import { listMembershipRequests, organisationChoices } from '@/lib/dal/membership';
import { PERSON_LEVELS } from '@/lib/domain/enums';
import { ForbiddenError } from '@/lib/errors';
import { getMessages } from '@/lib/i18n';
import { DataErrorNotice } from '../../_components/DataErrorNotice';
import { FlashNotice } from '../_components/FlashNotice';

export const dynamic = 'force-dynamic';

// Membership applications (projectteam, regisseur): admit at an organisation or decline with a reason.
export default async function RequestsPage() {
  const { locale, m } = await getMessages();
  let requests;
  let orgs;
  try {
    const g = await viewerForPage('membership:decide', '/beheer/aanvragen');
    if (!g.allowed) return <DataErrorNotice error={new ForbiddenError()} />;
    requests = await listMembershipRequests(g.viewer);
    orgs = await organisationChoices(g.viewer);
  } catch (e) {
    return <DataErrorNotice error={e} />;
  }
  const flash = await readFlash();
  const waiting = requests.filter((r) => r.status === 'aangevraagd');
  const decided = requests.filter((r) => r.status !== 'aangevraagd');
  return (
    <>
      <h1>{m.auth.adminRequests}</h1>
      <FlashNotice flash={flash} locale={locale} />
      <h2>{m.auth.requestsWaiting}</h2>
      {waiting.length === 0 ? <p>{m.auth.requestsNone}</p> : null}
      {waiting.map((r) => (
        <article key={r.id} className="card" data-testid={`request-${r.id}`}>
          <h3>
            {r.name} — {r.organisationName}
          </h3>
          <p>
            {r.email} · {m.auth.submittedAt} {r.createdAt.slice(0, 10)}
          </p>
          <p style={{ whiteSpace: 'pre-wrap' }}>{r.motivation}</p>
          <form action="/api/auth/beheer/aanvraag-toelaten" method="post" className="form inline">
            <input type="hidden" name="requestId" value={r.id} />
            <label htmlFor={`org-${r.id}`}>{m.auth.chooseOrganisation}</label>
            <select id={`org-${r.id}`} name="organisationId" required defaultValue="">
              <option value="" disabled>
                —
              </option>
              {orgs.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
            <label htmlFor={`fn-${r.id}`}>{m.auth.personRole}</label>
            <input id={`fn-${r.id}`} name="personRole" maxLength={200} />
            <label htmlFor={`lvl-${r.id}`}>{m.auth.level}</label>
            <select id={`lvl-${r.id}`} name="level" defaultValue="tactisch">
              {PERSON_LEVELS.map((l) => (
                <option key={l} value={l}>
                  {l}
                </option>
              ))}
            </select>
            <label>
              <input type="checkbox" name="invite" defaultChecked /> {m.auth.alsoInvite}
            </label>
            <button type="submit">{m.auth.admit}</button>
          </form>
          <form action="/api/auth/beheer/aanvraag-afwijzen" method="post" className="form inline">
            <input type="hidden" name="requestId" value={r.id} />
            <label htmlFor={`reason-${r.id}`}>{m.auth.reason}</label>
            <input id={`reason-${r.id}`} name="reason" required minLength={3} maxLength={2000} />
            <button type="submit">{m.auth.decline}</button>
          </form>
        </article>
      ))}
      <h2>{m.auth.requestsDecided}</h2>
      <table className="data">
        <thead>
          <tr>
            <th scope="col">{m.auth.name}</th>
            <th scope="col">{m.auth.organisation}</th>
            <th scope="col">{m.auth.status}</th>
            <th scope="col">{m.auth.reason}</th>
            <th scope="col">{m.auth.auditWhen}</th>
          </tr>
        </thead>
        <tbody>
          {decided.map((r) => (
            <tr key={r.id}>
              <td>{r.name}</td>
              <td>{r.organisationId ?? r.organisationName}</td>
              <td>{m.auth[`status_${r.status}`]}</td>
              <td>{r.reason ?? ''}</td>
              <td>{r.decidedAt?.slice(0, 10) ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
