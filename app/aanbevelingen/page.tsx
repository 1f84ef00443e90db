import Link from 'next/link';
import { DataErrorNotice } from '@/app/_components/DataErrorNotice';
import { date } from '@/app/_components/charts/format';
import { can } from '@/lib/auth/permissions';
import {
  getRecommendationPipeline,
  listAdoptedRecommendations,
  listBodies,
  listRecommendations,
} from '@/lib/dal/recommendations';
import { getViewerOrPublic } from '@/lib/dal/viewer';
import { RECOMMENDATION_STAGES, stageLabel, type RecommendationStage } from '@/lib/domain/recommendation';
import { fmt, getMessages } from '@/lib/i18n';
import { PipelineSection } from './_components/PipelineSection';
import { PublicList } from './_components/PublicList';

export const dynamic = 'force-dynamic';

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.slice(0, 200) ?? '';

export default async function RecommendationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale, m } = await getMessages();
  const t = m.recommendations;
  const sp = await searchParams;
  try {
    const { viewer } = await getViewerOrPublic();
    if (!can(viewer, 'recommendation:read')) {
      const adopted = await listAdoptedRecommendations(viewer);
      return (
        <>
          <h1>{t.title}</h1>
          <p className="lead">{t.intro}</p>
          <PublicList items={adopted} m={t} lang={locale} />
        </>
      );
    }
    const stageParam = one(sp.stadium);
    const stage = (RECOMMENDATION_STAGES as readonly string[]).includes(stageParam)
      ? (stageParam as RecommendationStage)
      : null;
    const filters = { stage, bodyId: one(sp.gremium) || null, q: one(sp.q) || null };
    const [items, bodies, pipeline] = await Promise.all([
      listRecommendations(viewer, filters),
      listBodies(viewer),
      getRecommendationPipeline(viewer),
    ]);
    return (
      <>
        <h1>{t.title}</h1>
        <p className="lead">{t.intro}</p>
        <p>
          {can(viewer, 'recommendation:propose') ? (
            <Link className="button" href="/aanbevelingen/nieuw">
              {t.propose}
            </Link>
          ) : null}{' '}
          {can(viewer, 'gaps:read') ? <Link href="/aanbevelingen/knelpunten">{t.groupsLink}</Link> : null}
        </p>
        <form method="get" aria-labelledby="rec-filters" className="filters">
          <h2 id="rec-filters">{t.filters}</h2>
          <label>
            {t.stage}{' '}
            <select name="stadium" defaultValue={stage ?? ''}>
              <option value="">{t.all}</option>
              {RECOMMENDATION_STAGES.map((s) => (
                <option key={s} value={s}>
                  {stageLabel(s, locale)}
                </option>
              ))}
            </select>
          </label>{' '}
          <label>
            {t.body}{' '}
            <select name="gremium" defaultValue={filters.bodyId ?? ''}>
              <option value="">{t.all}</option>
              {bodies.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.name}
                </option>
              ))}
            </select>
          </label>{' '}
          <label>
            {t.search} <input type="search" name="q" defaultValue={filters.q ?? ''} maxLength={200} />
          </label>{' '}
          <button type="submit" className="button">
            {t.apply}
          </button>{' '}
          <Link href="/aanbevelingen">{t.reset}</Link>
        </form>
        <p role="status">{fmt(t.results, { n: items.length })}</p>
        {items.length === 0 ? (
          <p>{t.none}</p>
        ) : (
          <table className="data" data-testid="recommendation-list">
            <caption className="sr-only">{t.title}</caption>
            <thead>
              <tr>
                <th scope="col">{t.colTitle}</th>
                <th scope="col">{t.colStage}</th>
                <th scope="col">{t.colSince}</th>
                <th scope="col">{t.colCoalitions}</th>
                <th scope="col">{t.colBodies}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((r) => (
                <tr key={r.id}>
                  <td>
                    <Link href={`/aanbevelingen/${encodeURIComponent(r.id)}`}>{r.title}</Link>
                  </td>
                  <td>{stageLabel(r.stage, locale)}</td>
                  <td>{date(r.stageSince, locale)}</td>
                  <td>{r.coalitions.map((c) => c.name).join(', ') || '–'}</td>
                  <td>{r.submissions.map((s) => s.bodyName).join(', ') || '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <PipelineSection pipeline={pipeline} m={t} lang={locale} />
      </>
    );
  } catch (e) {
    return <DataErrorNotice error={e} />;
  }
}
