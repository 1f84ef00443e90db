import Link from 'next/link';
import { getViewer } from '@/lib/auth/session';
import { dueWithin, listAgreements } from '@/lib/dal/agreements';
import { countAgreementsFollowingCurrentModel, listDocuments } from '@/lib/dal/documents';
import { can } from '@/lib/auth/permissions';
import { today } from '@/lib/dal/network';
import { fmt, getMessages } from '@/lib/i18n';
import { DataErrorNotice } from '../_components/DataErrorNotice';

export const dynamic = 'force-dynamic';

export default async function AgreementsPage() {
  const { m } = await getMessages();
  const t = m.editing;
  try {
    const viewer = await getViewer();
    const [agreements, docs, model] = await Promise.all([
      listAgreements(viewer),
      listDocuments(viewer),
      countAgreementsFollowingCurrentModel(viewer),
    ]);
    const due = dueWithin(agreements, today(), 90);
    const docName = new Map(docs.map((d) => [d.id, `${d.title} ${d.version}`]));
    const mayEdit = can(viewer, 'network:write');
    return (
      <>
        <h1>{t.agreementsTitle}</h1>
        <p className="lead">{t.agreementsIntro}</p>
        <p>{fmt(t.kbModelCount, { n: model.following, total: model.total })}</p>
        {mayEdit ? (
          <p>
            <Link className="button" href="/bewerken/agreement/nieuw">
              {t.newAgreement}
            </Link>
          </p>
        ) : null}
        <section aria-labelledby="due-h">
          <h2 id="due-h">{t.expiringTitle}</h2>
          {due.length === 0 ? (
            <p>{t.noExpiring}</p>
          ) : (
            <table className="data" data-testid="expiring-list">
              <thead>
                <tr>
                  <th scope="col">{t.colTitle}</th>
                  <th scope="col">{t.colParties}</th>
                  <th scope="col">{t.colDue}</th>
                </tr>
              </thead>
              <tbody>
                {due.map((d) => (
                  <tr key={`${d.agreement.id}-${d.what}`} data-agreement={d.agreement.id}>
                    <td>
                      {mayEdit ? (
                        <Link href={`/bewerken/agreement/${encodeURIComponent(d.agreement.id)}`}>
                          {d.agreement.title}
                        </Link>
                      ) : (
                        d.agreement.title
                      )}
                    </td>
                    <td>{d.agreement.partyNames.join(', ')}</td>
                    <td>
                      {fmt(d.what === 'review' ? t.dueReview : t.dueExpiry, { date: d.date, days: d.days })}
                      {d.days < 0 ? <strong> — {t.overdue}</strong> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
        <section aria-labelledby="all-h">
          <h2 id="all-h">{t.agreementsTitle}</h2>
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{t.colTitle}</th>
                <th scope="col">{t.colParties}</th>
                <th scope="col">{t.colStatus}</th>
                <th scope="col">{t.colSigned}</th>
                <th scope="col">{t.colReview}</th>
                <th scope="col">{t.colExpires}</th>
                <th scope="col" className="num">
                  {t.colKoppelvlakken}
                </th>
                <th scope="col">{t.colModel}</th>
              </tr>
            </thead>
            <tbody>
              {agreements.map((a) => (
                <tr key={a.id}>
                  <td>
                    {mayEdit ? (
                      <Link href={`/bewerken/agreement/${encodeURIComponent(a.id)}`}>{a.title}</Link>
                    ) : (
                      a.title
                    )}
                    {a.scope ? (
                      <div>
                        <small>{a.scope}</small>
                      </div>
                    ) : null}
                  </td>
                  <td>{a.partyNames.join(', ')}</td>
                  <td>{a.status}</td>
                  <td>{a.signedAt ?? t.none}</td>
                  <td>{a.reviewAt ?? t.none}</td>
                  <td>{a.expiresAt ?? t.none}</td>
                  <td className="num">{a.koppelvlakIds.length}</td>
                  <td>
                    {a.modelDocumentId ? (docName.get(a.modelDocumentId) ?? a.modelDocumentId) : t.none}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </>
    );
  } catch (e) {
    return <DataErrorNotice error={e} />;
  }
}
