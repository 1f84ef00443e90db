import Link from 'next/link';
import { DataErrorNotice } from '@/app/_components/DataErrorNotice';
import { formatDate } from '@/lib/analysis/dates';
import { viewerForPage } from '@/lib/auth/page-guard';
import { can } from '@/lib/auth/permissions';
import { listCoalitionsForSurvey } from '@/lib/dal/survey-options';
import { listMySurveyTasks, listOrganisationProposals, listSurveyRounds } from '@/lib/dal/survey';
import { ForbiddenError } from '@/lib/errors';
import { fmt, getMessages } from '@/lib/i18n';
import { formatPercent } from '@/lib/pdf/format';
import { OpenRoundForm } from './_components/OpenRoundForm';
import { ProposalDecision } from './_components/ProposalDecision';
import { TaskStatus } from './_components/TaskStatus';

export const dynamic = 'force-dynamic';

// The survey's home: the signed-in person's own tasks; for the regisseur and the project team also
// every round with its response, and for the regisseur the form that opens a round.
export default async function SurveysPage() {
  const { locale, m } = await getMessages();
  const t = m.survey;
  const proposalStatus = (s: string) =>
    s === 'toegevoegd'
      ? t['proposal.toegevoegd']
      : s === 'afgewezen'
        ? t['proposal.afgewezen']
        : t['proposal.nieuw'];
  let data;
  try {
    const g = await viewerForPage('survey:respond', '/enquetes');
    if (!g.allowed) return <DataErrorNotice error={new ForbiddenError()} />;
    const results = can(g.viewer, 'survey:results');
    const manage = can(g.viewer, 'survey:manage');
    const [tasks, rounds, proposals, options] = await Promise.all([
      listMySurveyTasks(g.viewer),
      results ? listSurveyRounds(g.viewer) : Promise.resolve(null),
      results ? listOrganisationProposals(g.viewer) : Promise.resolve(null),
      manage ? listCoalitionsForSurvey(g.viewer) : Promise.resolve(null),
    ]);
    data = { tasks, rounds, proposals, options };
  } catch (e) {
    return <DataErrorNotice error={e} />;
  }
  const { tasks, rounds, proposals, options } = data;
  return (
    <>
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      <section aria-labelledby="my-tasks">
        <h2 id="my-tasks">{t.myTasks}</h2>
        {tasks.length === 0 ? (
          <p className="notice">{t.myTasksEmpty}</p>
        ) : (
          <ul data-testid="my-survey-tasks">
            {tasks.map((task) => (
              <li key={task.id}>
                {task.roundStatus === 'open' ? (
                  <Link href={`/enquetes/${encodeURIComponent(task.roundId)}`}>{task.title}</Link>
                ) : (
                  task.title
                )}{' '}
                — <TaskStatus status={task.status} m={t} />,{' '}
                {task.roundStatus === 'open'
                  ? fmt(t.window, {
                      opens: formatDate(task.opensAt, locale),
                      closes: formatDate(task.closesAt, locale),
                    })
                  : t.statusClosed}
              </li>
            ))}
          </ul>
        )}
      </section>
      {rounds ? (
        <section aria-labelledby="rounds">
          <h2 id="rounds">{t.rounds}</h2>
          {rounds.length === 0 ? (
            <p className="notice">{t.roundsEmpty}</p>
          ) : (
            <table className="data" data-testid="survey-rounds">
              <thead>
                <tr>
                  <th scope="col">{t.roundTitle}</th>
                  <th scope="col">{t.status}</th>
                  <th scope="col">{t.responseRate}</th>
                  <th scope="col">{t.closesAt}</th>
                </tr>
              </thead>
              <tbody>
                {rounds.map((r) => (
                  <tr key={r.id}>
                    <td>
                      <Link href={`/enquetes/${encodeURIComponent(r.id)}/volgen`}>{r.title}</Link>
                    </td>
                    <td>{r.status === 'open' ? t.statusOpen : t.statusClosed}</td>
                    <td data-testid={`round-response-${r.id}`}>
                      {fmt(t.responseOf, {
                        answered: r.answered,
                        asked: r.asked,
                        rate: r.asked > 0 ? formatPercent(r.answered / r.asked, locale) : '—',
                      })}
                      {r.drafts > 0 ? `; ${fmt(t.drafts, { n: r.drafts })}` : ''}
                    </td>
                    <td>{formatDate(r.closesAt, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ) : null}
      {options ? (
        <section aria-labelledby="open-round">
          <h2 id="open-round">{t.open}</h2>
          <p>{t.openIntro}</p>
          <OpenRoundForm m={t} options={options} />
        </section>
      ) : null}
      {proposals ? (
        <section aria-labelledby="proposals">
          <h2 id="proposals">{t.proposals}</h2>
          {proposals.proposals.length === 0 ? (
            <p>{t.proposalsEmpty}</p>
          ) : (
            <>
              <datalist id="proposal-organisations">
                {proposals.options.map((o) => (
                  <option key={o.id} value={o.name} data-id={o.id} />
                ))}
              </datalist>
              <ul data-testid="organisation-proposals">
                {proposals.proposals.map((p) => (
                  <li key={p.id} data-testid={`proposal-${p.id}`}>
                    <strong>{p.name}</strong>
                    {p.note ? ` — ${p.note}` : ''} ({formatDate(p.createdAt.slice(0, 10), locale)});{' '}
                    {t.proposalStatus}: {proposalStatus(p.status)}
                    {p.status === 'toegevoegd' && p.organisationId ? (
                      <>
                        {' '}
                        (
                        <Link href={`/organisatie/${encodeURIComponent(p.organisationId)}`}>
                          {proposals.options.find((o) => o.id === p.organisationId)?.name ?? p.organisationId}
                        </Link>
                        )
                      </>
                    ) : null}
                    {p.status === 'afgewezen' && p.reason ? ` — ${p.reason}` : ''}
                    {p.status === 'nieuw' ? (
                      <ProposalDecision
                        m={t}
                        proposalId={p.id}
                        matches={p.matches}
                        listId="proposal-organisations"
                      />
                    ) : null}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      ) : null}
    </>
  );
}
