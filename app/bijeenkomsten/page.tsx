import Link from 'next/link';
import { getViewer } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { listMeetings, peopleNotReached } from '@/lib/dal/meetings';
import { today } from '@/lib/dal/network';
import { fmt, getMessages } from '@/lib/i18n';
import { DataErrorNotice } from '../_components/DataErrorNotice';

export const dynamic = 'force-dynamic';

export default async function MeetingsPage() {
  const { m } = await getMessages();
  const t = m.editing;
  try {
    const viewer = await getViewer();
    const meetings = await listMeetings(viewer);
    const asOf = today();
    const missing = can(viewer, 'gaps:read') ? await peopleNotReached(viewer, asOf) : null;
    const mayEdit = can(viewer, 'network:write');
    return (
      <>
        <h1>{t.meetingsTitle}</h1>
        <p className="lead">{t.meetingsIntro}</p>
        {mayEdit ? (
          <p>
            <Link className="button" href="/bewerken/meeting/nieuw">
              {t.newMeeting}
            </Link>
          </p>
        ) : null}
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{t.colDate}</th>
              <th scope="col">{t.colTheme}</th>
              <th scope="col">{t.colOrganiser}</th>
              <th scope="col">{t.colAttendees}</th>
            </tr>
          </thead>
          <tbody>
            {meetings.map((x) => (
              <tr key={x.id}>
                <td>
                  {mayEdit ? (
                    <Link href={`/bewerken/meeting/${encodeURIComponent(x.id)}`}>{x.date}</Link>
                  ) : (
                    x.date
                  )}
                </td>
                <td>{x.theme}</td>
                <td>{x.organiserName ?? t.none}</td>
                <td>
                  {x.attendeeNames.length}
                  {x.attendeeNames.length > 0 ? (
                    <small>
                      : {x.attendeeNames.slice(0, 8).join(', ')}
                      {x.attendeeNames.length > 8 ? ', …' : ''}
                    </small>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {missing ? (
          <section aria-labelledby="nr-h">
            <h2 id="nr-h">
              {t.notReachedTitle} ({missing.length})
            </h2>
            <p>{fmt(t.notReachedIntro, { asOf })}</p>
            {missing.length === 0 ? (
              <p>{t.everyoneReached}</p>
            ) : (
              <table className="data" data-testid="not-reached">
                <thead>
                  <tr>
                    <th scope="col">{t.colPerson}</th>
                    <th scope="col">{t.colOrganisation}</th>
                    <th scope="col">{t.colLastSeen}</th>
                  </tr>
                </thead>
                <tbody>
                  {missing.map((p) => (
                    <tr key={p.personId}>
                      <td>{p.name}</td>
                      <td>{p.organisation}</td>
                      <td>{p.lastSeen ?? t.never}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        ) : null}
      </>
    );
  } catch (e) {
    return <DataErrorNotice error={e} />;
  }
}
