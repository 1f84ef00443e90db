import { DataErrorNotice } from '@/app/_components/DataErrorNotice';
import { SliceView } from '@/app/_components/charts/SliceView';
import { date } from '@/app/_components/charts/format';
import { getViewer } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { getSlice } from '@/lib/dal/overview';
import { getOrganisationSurveyScores } from '@/lib/dal/survey-results';
import { ScoreDistribution, ScoreText } from '@/app/enquetes/_components/ScoreText';
import { formatDate } from '@/lib/analysis/dates';
import { fmt, getMessages } from '@/lib/i18n';

export const dynamic = 'force-dynamic';

export default async function OrganisationPage({ params }: { params: Promise<{ id: string }> }) {
  const { locale, m } = await getMessages();
  const id = decodeURIComponent((await params).id);
  let viewer;
  let data;
  let scores;
  try {
    viewer = await getViewer();
    const v = viewer;
    [data, scores] = await Promise.all([
      getSlice(v, { organisationId: id }),
      getOrganisationSurveyScores(v, id),
    ]);
  } catch (e) {
    return <DataErrorNotice error={e} />;
  }
  const t = m.overview;
  const o = data.organisation;
  return (
    <>
      <h1>{fmt(t.s_org, { name: o?.name ?? id })}</h1>
      <p>
        {o ? `${t.s_chain}: ${m.common[`chain_${o.chain}`]} · ` : ''}
        {t.asOf.replace('{date}', date(data.asOf, locale))}
      </p>
      {o?.description ? <p className="lead">{o.description}</p> : null}
      {o && can(viewer, 'network:write') ? (
        <p>
          <a className="button secondary" href={`/bewerken/organisation/${encodeURIComponent(o.id)}`}>
            {locale === 'nl' ? 'Organisatie bewerken' : 'Edit organisation'}
          </a>
        </p>
      ) : null}
      <section aria-labelledby="org-survey" data-testid="org-survey">
        <h2 id="org-survey">{m.survey.orgScoresTitle}</h2>
        {scores ? (
          <>
            <p>
              {fmt(m.survey.overviewLatest, {
                title: scores.title,
                date: formatDate(scores.closedAt.slice(0, 10), locale),
              })}
            </p>
            <dl>
              <dt>{m.survey.trust}</dt>
              <dd data-testid="org-survey-trust">
                <ScoreText score={scores.trust} m={m.survey} locale={locale} /> — {m.survey.distribution}:{' '}
                <ScoreDistribution score={scores.trust} m={m.survey} />
              </dd>
              <dt>{m.survey.value}</dt>
              <dd data-testid="org-survey-value">
                <ScoreText score={scores.value} m={m.survey} locale={locale} /> — {m.survey.distribution}:{' '}
                <ScoreDistribution score={scores.value} m={m.survey} />
              </dd>
            </dl>
            <p className="hint">{fmt(m.survey.tooFewHint, { n: 3 })}</p>
          </>
        ) : (
          <p>{m.survey.orgScoresNone}</p>
        )}
      </section>
      <SliceView
        data={data}
        m={t}
        g={m.gaps}
        lang={locale}
        gapLink={`/gaps?q=${encodeURIComponent(o?.name ?? id)}`}
      />
    </>
  );
}
