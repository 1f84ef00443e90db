import Link from 'next/link';
import { getViewerOrPublic } from '@/lib/dal/viewer';
import { getRecurringBlockers, listCoalitions } from '@/lib/dal/coalitions';
import { can } from '@/lib/auth/permissions';
import { getMessages } from '@/lib/i18n';
import { DataErrorNotice } from '../_components/DataErrorNotice';

export const dynamic = 'force-dynamic';

export default async function CoalitionsPage() {
  const { m } = await getMessages();
  const t = m.editing;
  try {
    const { viewer } = await getViewerOrPublic();
    const coalitions = await listCoalitions(viewer);
    const blockers = can(viewer, 'gaps:read') ? await getRecurringBlockers(viewer) : null;
    const member = can(viewer, 'network:read');
    return (
      <>
        <h1>{t.coalitionsTitle}</h1>
        <p className="lead">{t.coalitionsIntro}</p>
        {can(viewer, 'network:write') ? (
          <p>
            <Link className="button" href="/bewerken/coalition/nieuw">
              {t.newCoalition}
            </Link>
          </p>
        ) : null}
        <table className="data">
          <caption className="sr-only">{t.coalitionsTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{t.colName}</th>
              <th scope="col">{t.colForm}</th>
              <th scope="col">{t.colTheme}</th>
              <th scope="col" className="num">
                {t.colMembers}
              </th>
              <th scope="col" className="num">
                {t.colOrgs}
              </th>
              <th scope="col" className="num">
                {t.colReviews}
              </th>
              <th scope="col">{t.colLastReview}</th>
            </tr>
          </thead>
          <tbody>
            {coalitions.map((c) => (
              <tr key={c.id}>
                <td>
                  {member ? <Link href={`/coalities/${encodeURIComponent(c.id)}`}>{c.name}</Link> : c.name}
                </td>
                <td>
                  {c.form}
                  {c.active ? '' : ` (${t.inactive})`}
                </td>
                <td>{c.theme}</td>
                <td className="num">{c.members}</td>
                <td className="num">{c.organisations}</td>
                <td className="num">{c.reviews}</td>
                <td>{c.lastReview ?? t.none}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {blockers ? (
          <section aria-labelledby="blockers-h">
            <h2 id="blockers-h">{t.blockersTitle}</h2>
            <p>{t.blockersIntro}</p>
            {blockers.length === 0 ? (
              <p>{t.noBlockers}</p>
            ) : (
              <table className="data" data-testid="recurring-blockers">
                <thead>
                  <tr>
                    <th scope="col">{t.colKeywords}</th>
                    <th scope="col" className="num">
                      {t.colTimes}
                    </th>
                    <th scope="col">{t.colCoalitions}</th>
                    <th scope="col">{t.colExample}</th>
                  </tr>
                </thead>
                <tbody>
                  {blockers.slice(0, 30).map((b, i) => (
                    <tr key={i}>
                      <td>{b.keywords.join(', ')}</td>
                      <td className="num">{b.times}</td>
                      <td>{b.coalitions.join('; ')}</td>
                      <td>{b.example}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <p>
              <Link href="/beheer">{t.membershipLink}</Link>
            </p>
          </section>
        ) : null}
      </>
    );
  } catch (e) {
    return <DataErrorNotice error={e} />;
  }
}
