import Link from 'next/link';
import { Suspense } from 'react';
import { DataErrorNotice } from '@/app/_components/DataErrorNotice';
import { formatDate } from '@/lib/analysis/dates';
import { viewerForPage } from '@/lib/auth/page-guard';
import { can } from '@/lib/auth/permissions';
import { getSurveyTasks } from '@/lib/dal/survey';
import { getRoundResults } from '@/lib/dal/survey-results';
import { ForbiddenError } from '@/lib/errors';
import { fmt, getMessages } from '@/lib/i18n';
import { formatPercent } from '@/lib/pdf/format';
import { CloseRoundForm } from '../../_components/CloseRoundForm';
import { InviteButton } from '../../_components/InviteButton';
import { RoundEffect } from '../../_components/RoundEffect';
import { ScoreDistribution, ScoreText } from '../../_components/ScoreText';
import { TaskStatus } from '../../_components/TaskStatus';

export const dynamic = 'force-dynamic';

// Following a round: response per chain, region and sector, who has not submitted (regisseur, with
// the reminder list and invitation links), closing it, and the results (scores withheld below 3).
export default async function FollowRoundPage({ params }: { params: Promise<{ id: string }> }) {
  const roundId = decodeURIComponent((await params).id).slice(0, 120);
  const { locale, m } = await getMessages();
  const t = m.survey;
  let data;
  try {
    const g = await viewerForPage('survey:results', `/enquetes/${encodeURIComponent(roundId)}/volgen`);
    if (!g.allowed) return <DataErrorNotice error={new ForbiddenError()} />;
    const manage = can(g.viewer, 'survey:manage');
    const [results, tasks] = await Promise.all([
      getRoundResults(g.viewer, roundId),
      manage ? getSurveyTasks(g.viewer, roundId) : Promise.resolve(null),
    ]);
    data = { results, tasks, manage, viewer: g.viewer };
  } catch (e) {
    return <DataErrorNotice error={e} />;
  }
  const { results: r, tasks, manage, viewer } = data;
  const freq = (f: string | null, confirmed: boolean) =>
    f === null
      ? '—'
      : `${(t as Record<string, string>)[`freq.${f}`] ?? f}${confirmed ? ` (${t.confirmed})` : ''}`;
  const pct = (v: number | null) => (v === null ? '—' : formatPercent(v, locale));
  const chainName = (c: string) => (m.common as Record<string, string>)[`chain_${c}`] ?? c;
  const groups = [
    ['keten', t.byChain],
    ['regio', t.byRegion],
    ['sector', t.bySector],
  ] as const;
  const open = tasks?.filter((x) => x.status !== 'ingediend') ?? [];
  const total = r.responseRates.find((x) => x.dimension === 'totaal');
  return (
    <>
      <p>
        <Link href="/enquetes">{t.title}</Link>
      </p>
      <h1>{r.round.title}</h1>
      <p className="lead">
        {fmt(t.period, {
          from: formatDate(r.round.periodFrom, locale),
          to: formatDate(r.round.periodTo, locale),
        })}
        ;{' '}
        {fmt(t.window, {
          opens: formatDate(r.round.opensAt, locale),
          closes: formatDate(r.round.closesAt, locale),
        })}{' '}
        — <strong>{r.round.status === 'open' ? t.statusOpen : t.statusClosed}</strong>
      </p>
      <section aria-labelledby="response">
        <h2 id="response">{t.responseRate}</h2>
        <p className="figure" data-testid="round-response">
          {fmt(t.responseOf, {
            answered: total?.answered ?? 0,
            asked: total?.asked ?? 0,
            rate: pct(total?.rate ?? null),
          })}
        </p>
        {groups.map(([dim, title]) => (
          <table className="data" key={dim}>
            <caption>{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t.group}</th>
                <th scope="col">{t.asked}</th>
                <th scope="col">{t.answered}</th>
                <th scope="col">{t.rate}</th>
              </tr>
            </thead>
            <tbody>
              {r.responseRates
                .filter((x) => x.dimension === dim)
                .map((x) => (
                  <tr key={x.key}>
                    <th scope="row">{dim === 'keten' ? chainName(x.key) : x.key}</th>
                    <td>{x.asked}</td>
                    <td>{x.answered}</td>
                    <td>{pct(x.rate)}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        ))}
      </section>
      {tasks ? (
        <section aria-labelledby="not-answered">
          <h2 id="not-answered">
            {t.notAnswered} ({open.length})
          </h2>
          <p>
            <a
              className="button secondary"
              href={`/api/enquetes/${encodeURIComponent(roundId)}/herinneringen`}
              download
            >
              {t.reminderCsv}
            </a>
          </p>
          {open.length === 0 ? (
            <p>{t.notAnsweredEmpty}</p>
          ) : (
            <table className="data" data-testid="not-answered">
              <thead>
                <tr>
                  <th scope="col">{t.person}</th>
                  <th scope="col">{t.organisation}</th>
                  <th scope="col">{t.status}</th>
                  {r.round.status === 'open' ? <th scope="col">{t.invite}</th> : null}
                </tr>
              </thead>
              <tbody>
                {open.slice(0, 200).map((x) => (
                  <tr key={x.id}>
                    <td>{x.personName}</td>
                    <td>{x.orgName}</td>
                    <td>
                      <TaskStatus status={x.status} m={t} />
                    </td>
                    {r.round.status === 'open' ? (
                      <td>
                        <InviteButton m={t} roundId={roundId} taskId={x.id} person={x.personName} />
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ) : null}
      {manage && r.round.status === 'open' ? (
        <section aria-labelledby="close">
          <h2 id="close">{t.close}</h2>
          <CloseRoundForm m={t} roundId={roundId} version={r.round.version} />
        </section>
      ) : null}
      <section aria-labelledby="results">
        <h2 id="results">{t.results}</h2>
        {r.round.status === 'open' ? <p className="hint">{t.resultsClosedOnly}</p> : null}
        <p className="hint">{fmt(t.tooFewHint, { n: 3 })}</p>
        <p data-testid="round-ties">
          {fmt(t.tiesSummary, { ties: r.ties.total, confirmed: r.ties.confirmed })}
        </p>
        <table className="data">
          <caption>{t.trustValue}</caption>
          <thead>
            <tr>
              <th scope="col">{t.group}</th>
              <th scope="col">{t.trust}</th>
              <th scope="col">{t.value}</th>
              <th scope="col">{t.distribution}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t.network}</th>
              <td data-testid="network-trust">
                <ScoreText score={r.network.trust} m={t} locale={locale} />
              </td>
              <td>
                <ScoreText score={r.network.value} m={t} locale={locale} />
              </td>
              <td>
                <ScoreDistribution score={r.network.trust} m={t} />
              </td>
            </tr>
          </tbody>
        </table>
        <table className="data">
          <caption>{t.byChainPair}</caption>
          <thead>
            <tr>
              <th scope="col">{t.rater}</th>
              <th scope="col">{t.rated}</th>
              <th scope="col">{t.trust}</th>
              <th scope="col">{t.value}</th>
            </tr>
          </thead>
          <tbody>
            {r.chainPairs.map((p) => (
              <tr key={`${p.raterChain}>${p.ratedChain}`}>
                <td>{chainName(p.raterChain)}</td>
                <td>{chainName(p.ratedChain)}</td>
                <td>
                  <ScoreText score={p.trust} m={t} locale={locale} />
                </td>
                <td>
                  <ScoreText score={p.value} m={t} locale={locale} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className="data">
          <caption>{t.reciprocity}</caption>
          <thead>
            <tr>
              <th scope="col">{t.chainPair}</th>
              <th scope="col">{t.ties}</th>
              <th scope="col">{t.confirmed}</th>
              <th scope="col">{t.rate}</th>
            </tr>
          </thead>
          <tbody>
            {r.reciprocity.map((x) => (
              <tr key={x.key}>
                <th scope="row">
                  {x.key === '*' ? t.network : `${chainName(x.chainA)} – ${chainName(x.chainB)}`}
                </th>
                <td>{x.ties}</td>
                <td>{x.confirmed}</td>
                <td>{pct(x.rate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>{fmt(t.blockersSummary, { n: r.reflections.uncovered, no: r.reflections.notWorkingWith })}</p>
        <table className="data" data-testid="org-scores">
          <caption>{t.organisation}</caption>
          <thead>
            <tr>
              <th scope="col">{t.organisation}</th>
              <th scope="col">{t.trust}</th>
              <th scope="col">{t.value}</th>
            </tr>
          </thead>
          <tbody>
            {r.organisations.map((o) => (
              <tr key={o.orgId}>
                <th scope="row">
                  <Link href={`/organisatie/${encodeURIComponent(o.orgId)}`}>{o.name}</Link>
                </th>
                <td>
                  <ScoreText score={o.trust} m={t} locale={locale} />
                </td>
                <td>
                  <ScoreText score={o.value} m={t} locale={locale} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {r.round.status === 'gesloten' ? (
        <section aria-labelledby="effect">
          <h2 id="effect">{t.effectTitle}</h2>
          <p>{t.effectIntro}</p>
          <Suspense
            fallback={
              <p role="status" aria-live="polite">
                {t.effectComputing}
              </p>
            }
          >
            <RoundEffect
              viewer={viewer}
              roundId={roundId}
              m={t}
              gapTypes={m.gaps as unknown as Record<string, string>}
              locale={locale}
            />
          </Suspense>
        </section>
      ) : null}
      {r.comparison ? (
        <section aria-labelledby="comparison">
          <h2 id="comparison">{fmt(t.compareTitle, { title: r.comparison.previousTitle })}</h2>
          <p data-testid="round-comparison">
            {t.comparison}: {r.comparison.appeared.length} {t.appeared}, {r.comparison.disappeared.length}{' '}
            {t.disappeared}, {r.comparison.strengthened.length} {t.strengthened},{' '}
            {r.comparison.weakened.length} {t.weakened}.{' '}
            {fmt(t.compareUnchanged, { n: r.comparison.unchanged })}
          </p>
          {(
            [
              ['appeared', t.appeared, r.comparison.appeared],
              ['disappeared', t.disappeared, r.comparison.disappeared],
              ['strengthened', t.strengthened, r.comparison.strengthened],
              ['weakened', t.weakened, r.comparison.weakened],
            ] as const
          ).map(([key, label, changes]) =>
            changes.length === 0 ? null : (
              <details key={key} data-testid={`comparison-${key}`}>
                <summary>
                  {label} ({changes.length})
                </summary>
                <table className="data">
                  <caption>{label}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t.comparePair}</th>
                      <th scope="col">{t.compareBefore}</th>
                      <th scope="col">{t.compareAfter}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {changes.map((c) => (
                      <tr key={`${c.orgAId}|${c.orgBId}`}>
                        <th scope="row">
                          {r.names[c.orgAId] ?? c.orgAId} – {r.names[c.orgBId] ?? c.orgBId}
                        </th>
                        <td>{freq(c.before, c.confirmedBefore)}</td>
                        <td>{freq(c.after, c.confirmedAfter)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </details>
            ),
          )}
        </section>
      ) : null}
      <section aria-labelledby="reflections">
        <h2 id="reflections">{t.reflectionsTitle}</h2>
        <p>{t.reflectionsIntro}</p>
        {r.reflections.byPartner.length === 0 ? (
          <p>{t.reflectionsEmpty}</p>
        ) : (
          <table className="data" data-testid="round-reflections">
            <caption>{t.reflectionsTitle}</caption>
            <thead>
              <tr>
                <th scope="col">{t.reflectionsPartner}</th>
                <th scope="col">{t.reflectionsYes}</th>
                <th scope="col">{t.reflectionsNo}</th>
                <th scope="col">{t.reflectionsDontKnow}</th>
                <th scope="col">{t.reflectionsTexts}</th>
              </tr>
            </thead>
            <tbody>
              {r.reflections.byPartner.map((x) => (
                <tr key={x.orgId}>
                  <th scope="row">
                    <Link href={`/organisatie/${encodeURIComponent(x.orgId)}`}>{x.name}</Link>
                  </th>
                  <td>{x.yes}</td>
                  <td>{x.no}</td>
                  <td>{x.dontKnow}</td>
                  <td>
                    {x.texts.length === 0 ? (
                      '—'
                    ) : (
                      <ul>
                        {x.texts.map((text, i) => (
                          <li key={i}>{text}</li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
