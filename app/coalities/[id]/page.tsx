import Link from 'next/link';
import { getViewer } from '@/lib/auth/session';
import { getCoalitionDetail } from '@/lib/dal/coalitions';
import { recommendationsOfCoalition } from '@/lib/dal/recommendations';
import { stageLabel } from '@/lib/domain/recommendation';
import { can } from '@/lib/auth/permissions';
import { MESSAGES, getMessages, type Locale } from '@/lib/i18n';
import { DataErrorNotice } from '../../_components/DataErrorNotice';
import { EntityForm, type FieldView } from '../../bewerken/_components/EntityForm';
import { LastChange } from '../../bewerken/_components/LastChange';
import { FIELDS } from '../../bewerken/_lib/fields';

export const dynamic = 'force-dynamic';

/** The question in the current language with the other language alongside. */
function both(key: 'q1' | 'q2' | 'q3', locale: Locale) {
  const other = locale === 'nl' ? 'en' : 'nl';
  return `${MESSAGES.editing[locale][key]} (${MESSAGES.editing[other][key]})`;
}

export default async function CoalitionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id: raw } = await params;
  const id = decodeURIComponent(raw);
  const { locale, m } = await getMessages();
  const t = m.editing;
  try {
    const viewer = await getViewer();
    const d = await getCoalitionDetail(viewer, id);
    const r = m.recommendations;
    const recs = can(viewer, 'recommendation:read') ? await recommendationsOfCoalition(viewer, id) : [];
    const mayPropose =
      can(viewer, 'recommendation:decide') ||
      (can(viewer, 'recommendation:propose') && viewer.coalitionIds.includes(id));
    const c = d.coalition;
    const mayReview =
      can(viewer, 'network:write') ||
      (can(viewer, 'review:write-own-coalition') && viewer.coalitionIds.includes(id));
    const qFields: FieldView[] = FIELDS.review
      .filter((f) => f.key !== 'coalitionId')
      .map((f) => ({
        field: f,
        label:
          f.key === 'date'
            ? t.reviewDate
            : both(f.key === 'achieved' ? 'q1' : f.key === 'direction' ? 'q2' : 'q3', locale),
        expect: '',
      }));
    return (
      <>
        <h1>{c.name}</h1>
        <p className="lead">
          {c.theme} — {c.form}, {c.startedAt} {c.active ? `(${t.active})` : `(${t.inactive})`}
        </p>
        <LastChange viewer={viewer} entity="coalition" id={id} t={t} />
        {can(viewer, 'network:write') ? (
          <p>
            <Link href={`/bewerken/coalition/${encodeURIComponent(id)}`}>{t.edit}</Link>
          </p>
        ) : null}
        <div className="grid">
          <section aria-labelledby="members-h">
            <h2 id="members-h">{t.membersTitle}</h2>
            <ul>
              {d.members.map((p) => (
                <li key={p.id}>
                  {p.name} — {p.role}, {p.organisationName}
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="orgs-h">
            <h2 id="orgs-h">{t.orgsTitle}</h2>
            <ul>
              {d.organisations.map((o) => (
                <li key={o.id}>{o.name}</li>
              ))}
            </ul>
          </section>
        </div>
        <section aria-labelledby="timeline-h">
          <h2 id="timeline-h">{t.timelineTitle}</h2>
          {d.reviews.length === 0 ? <p>{t.noReviews}</p> : null}
          <ol className="timeline" data-testid="review-timeline">
            {d.reviews.map((rv) => (
              <li key={rv.id}>
                <h3>
                  <time dateTime={rv.date}>{rv.date}</time>
                  {mayReview ? (
                    <>
                      {' '}
                      <Link
                        href={`/bewerken/review/${encodeURIComponent(rv.id)}`}
                        aria-label={`${t.edit} ${rv.date}`}
                      >
                        {t.edit}
                      </Link>
                    </>
                  ) : null}
                </h3>
                <dl>
                  <dt>{both('q1', locale)}</dt>
                  <dd>{rv.achieved || t.none}</dd>
                  <dt>{both('q2', locale)}</dt>
                  <dd>{rv.direction || t.none}</dd>
                  <dt>{both('q3', locale)}</dt>
                  <dd>{rv.blockers || t.none}</dd>
                </dl>
                {mayPropose && rv.blockers ? (
                  <p>
                    <Link
                      href={`/aanbevelingen/nieuw?review=${encodeURIComponent(rv.id)}`}
                      data-testid={`propose-from-${rv.id}`}
                    >
                      {r.proposeFromBlocker}
                    </Link>
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
        <section aria-labelledby="recs-h" data-testid="coalition-recommendations">
          <h2 id="recs-h">{r.coalitionRecs}</h2>
          {recs.length === 0 ? <p>{r.coalitionNoRecs}</p> : null}
          <ul>
            {recs.map((x) => (
              <li key={x.id}>
                <Link href={`/aanbevelingen/${encodeURIComponent(x.id)}`}>{x.title}</Link> —{' '}
                {stageLabel(x.stage, locale)}
              </li>
            ))}
          </ul>
        </section>
        {mayReview ? (
          <section aria-labelledby="add-review-h">
            <h2 id="add-review-h">{t.addReview}</h2>
            <EntityForm
              entity="review"
              id={null}
              version={null}
              values={{ date: new Date().toISOString().slice(0, 10) }}
              fields={qFields}
              t={t}
              locale={locale}
              back={`/coalities/${id}`}
              hidden={{ coalitionId: id }}
              canDelete={false}
              submitLabel={t.addReview}
            />
          </section>
        ) : null}
      </>
    );
  } catch (e) {
    return <DataErrorNotice error={e} />;
  }
}
