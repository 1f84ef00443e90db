import Link from 'next/link';
import { DataErrorNotice } from '@/app/_components/DataErrorNotice';
import { date } from '@/app/_components/charts/format';
import { viewerForPage } from '@/lib/auth/page-guard';
import { can } from '@/lib/auth/permissions';
import { getRecommendation, proposalOptions, stageOptions } from '@/lib/dal/recommendations';
import { RECOMMENDATION_STAGES, stageLabel, type RecommendationStage } from '@/lib/domain/recommendation';
import { ForbiddenError } from '@/lib/errors';
import { fmt, getMessages } from '@/lib/i18n';
import { RecommendationForm } from '../_components/RecommendationForm';
import { StageForm } from '../_components/StageForm';

export const dynamic = 'force-dynamic';

export default async function RecommendationPage({ params }: { params: Promise<{ id: string }> }) {
  const { locale, m } = await getMessages();
  const t = m.recommendations;
  const id = decodeURIComponent((await params).id);
  try {
    const { viewer, allowed } = await viewerForPage(
      'recommendation:read',
      `/aanbevelingen/${encodeURIComponent(id)}`,
    );
    if (!allowed) return <DataErrorNotice error={new ForbiddenError()} />;
    const { recommendation: r, steps, next, mayEdit } = await getRecommendation(viewer, id);
    const [stageOpts, proposal] = await Promise.all([
      next.length > 0 ? stageOptions(viewer) : null,
      mayEdit ? proposalOptions(viewer) : null,
    ]);
    const label = (s: RecommendationStage) => stageLabel(s, locale);
    const labels = Object.fromEntries(RECOMMENDATION_STAGES.map((s) => [s, label(s)])) as Record<
      RecommendationStage,
      string
    >;
    const when = (iso: string) => `${date(iso, locale)} ${iso.slice(11, 16)}`;
    return (
      <>
        <p>
          <Link href="/aanbevelingen">{t.back}</Link>
        </p>
        <h1>{r.title}</h1>
        <p className="lead" data-testid="recommendation-stage">
          {t.stage}: <strong>{label(r.stage)}</strong> ({t.colSince.toLowerCase()}{' '}
          {date(r.stageSince, locale)})
        </p>
        <dl>
          <dt>{t.problem}</dt>
          <dd>{r.problem}</dd>
          <dt>{t.proposal}</dt>
          <dd>{r.proposal}</dd>
          {r.owner !== null ? (
            <>
              <dt>{t.owner}</dt>
              <dd>{r.owner || '–'}</dd>
            </>
          ) : null}
          {r.proposedBy !== null ? (
            <>
              <dt>{t.proposedBy}</dt>
              <dd>{r.proposedBy || '–'}</dd>
            </>
          ) : null}
          <dt>{t.origin}</dt>
          <dd>
            {r.coalitions.map((c, i) => (
              <span key={c.id}>
                {i > 0 ? ', ' : ''}
                {can(viewer, 'network:read') ? (
                  <Link href={`/coalities/${encodeURIComponent(c.id)}`}>{c.name}</Link>
                ) : (
                  c.name
                )}
              </span>
            ))}
          </dd>
        </dl>
        <section aria-labelledby="addresses-h">
          <h2 id="addresses-h">{t.addresses}</h2>
          <ul data-testid="recommendation-reviews">
            {r.reviews.map((v) => (
              <li key={v.id}>
                <strong>{fmt(t.reviewOf, { coalition: v.coalitionName, date: date(v.date, locale) })}</strong>
                : {v.blockers ?? t.blockerHidden}
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="submissions-h">
          <h2 id="submissions-h">{t.submissions}</h2>
          {r.submissions.length === 0 ? <p>{t.noSubmissions}</p> : null}
          <ul data-testid="recommendation-submissions">
            {r.submissions.map((s) => (
              <li key={s.bodyId}>
                <strong>{s.bodyName}</strong> — {fmt(t.submittedOn, { date: date(s.date, locale) })}
                {s.answerStage && s.answeredAt ? (
                  <>
                    <br />
                    {fmt(t.answeredOn, { stage: label(s.answerStage), date: date(s.answeredAt, locale) })}
                    {s.answer ? `: ${s.answer}` : ''}
                  </>
                ) : null}
              </li>
            ))}
          </ul>
          {r.agreement || r.document || r.reference ? (
            <dl data-testid="recommendation-result">
              {r.document ? (
                <>
                  <dt>{t.document}</dt>
                  <dd>
                    <Link href="/kennisbank">{r.document.title}</Link> ({r.document.type})
                  </dd>
                </>
              ) : null}
              {r.agreement ? (
                <>
                  <dt>{t.agreement}</dt>
                  <dd>{r.agreement.title}</dd>
                </>
              ) : null}
              {r.reference ? (
                <>
                  <dt>{t.reference}</dt>
                  <dd>{r.reference}</dd>
                </>
              ) : null}
            </dl>
          ) : null}
        </section>
        {stageOpts ? (
          <StageForm
            key={r.version}
            id={r.id}
            version={r.version}
            next={next}
            stageLabels={labels}
            bodies={stageOpts.bodies}
            submittedTo={r.submissions.map((s) => s.bodyId)}
            agreements={stageOpts.agreements}
            documents={stageOpts.documents}
            m={t}
            lang={locale}
          />
        ) : (
          <p>{can(viewer, 'recommendation:decide') ? t.final : t.cannotMove}</p>
        )}
        <section aria-labelledby="history-h">
          <h2 id="history-h">{t.history}</h2>
          <ol data-testid="recommendation-history">
            {steps.map((s) => (
              <li key={s.id}>
                <strong>{when(s.at)}</strong> —{' '}
                {s.fromStage === null
                  ? fmt(t.historyCreated, { who: s.actorName ?? t.someone })
                  : fmt(t.historyStep, { who: s.actorName ?? t.someone, to: label(s.toStage) })}
                {s.bodies.length > 0 ? ` · ${t.bodies}: ${s.bodies.map((b) => b.name).join(', ')}` : ''}
                {s.date ? ` · ${date(s.date, locale)}` : ''}
                {s.answer ? (
                  <>
                    <br />
                    {t.answer}: {s.answer}
                  </>
                ) : null}
                {s.reference ? (
                  <>
                    <br />
                    {t.reference}: {s.reference}
                  </>
                ) : null}
                {s.note ? (
                  <>
                    <br />
                    {t.fNote}: {s.note}
                  </>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
        {proposal ? (
          <section aria-labelledby="edit-h">
            <h2 id="edit-h">{t.edit}</h2>
            <RecommendationForm
              id={r.id}
              version={r.version}
              initial={{
                title: r.title,
                problem: r.problem,
                proposal: r.proposal,
                owner: r.owner ?? '',
                coalitionIds: r.coalitions.map((c) => c.id),
                reviewIds: r.reviews.map((v) => v.id),
              }}
              coalitions={proposal.coalitions}
              reviews={proposal.reviews}
              m={t}
              lang={locale}
            />
          </section>
        ) : null}
      </>
    );
  } catch (e) {
    return <DataErrorNotice error={e} />;
  }
}
