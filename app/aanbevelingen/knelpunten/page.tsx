import Link from 'next/link';
import { DataErrorNotice } from '@/app/_components/DataErrorNotice';
import { BLOCKER_FACETS } from '@/lib/analysis/blockers';
import { viewerForPage } from '@/lib/auth/page-guard';
import { can } from '@/lib/auth/permissions';
import { getBlockerGroups } from '@/lib/dal/blockers';
import { ForbiddenError } from '@/lib/errors';
import { fmt, getMessages } from '@/lib/i18n';
import { MergeForm } from '../_components/MergeForm';

export const dynamic = 'force-dynamic';

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** Recurring blockers grouped by theme, sector or region, searchable; the project team merges groups. */
export default async function BlockerGroupsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale, m } = await getMessages();
  const t = m.recommendations;
  const sp = await searchParams;
  try {
    const { viewer, allowed } = await viewerForPage('gaps:read', '/aanbevelingen/knelpunten');
    if (!allowed) return <DataErrorNotice error={new ForbiddenError()} />;
    const query: Record<string, string> = {};
    if (one(sp.q) !== undefined) query.q = one(sp.q)!;
    if (one(sp.indeling)) query.by = one(sp.indeling)!;
    const data = await getBlockerGroups(viewer, query);
    const unique = [...new Map(data.facets.flatMap((f) => f.groups).map((g) => [g.id, g])).values()];
    const facetName = (key: string) => (key === '' ? t.noKey : key);
    return (
      <>
        <p>
          <Link href="/aanbevelingen">{t.back}</Link>
        </p>
        <h1>{t.groupsTitle}</h1>
        <p className="lead">{t.groupsIntro}</p>
        <form method="get" className="filters" aria-label={t.filters}>
          <label>
            {t.groupBy}{' '}
            <select name="indeling" defaultValue={data.by}>
              {BLOCKER_FACETS.map((f) => (
                <option key={f} value={f}>
                  {t[`by_${f}`]}
                </option>
              ))}
            </select>
          </label>{' '}
          <label>
            {t.search} <input type="search" name="q" defaultValue={data.q} maxLength={200} />
          </label>{' '}
          <button type="submit" className="button">
            {t.apply}
          </button>
        </form>
        <p role="status">{fmt(t.groupCount, { n: data.total })}</p>
        {data.total === 0 ? <p>{t.noGroups}</p> : null}
        {data.facets.map((f) => (
          <section key={f.key} aria-labelledby={`facet-${f.key || 'none'}`}>
            <h2 id={`facet-${f.key || 'none'}`}>{facetName(f.key)}</h2>
            <ul className="cards" data-testid="blocker-groups">
              {f.groups.map((g) => (
                <li key={g.id} data-testid={`blocker-group-${g.id}`}>
                  <h3>
                    {g.example}{' '}
                    <small>
                      {g.recurring ? `(${t.recurring})` : ''} {g.merged ? `(${t.mergedMark})` : ''}
                    </small>
                  </h3>
                  <p>
                    {fmt(t.times, { n: g.items.length, reviews: g.reviewIds.length })} —{' '}
                    {g.coalitionNames.join(', ')}
                  </p>
                  <p data-testid="blocker-coverage">
                    {g.covered ? (
                      <>
                        {t.covered}:{' '}
                        {g.recommendationIds.map((id, i) => (
                          <span key={id}>
                            {i > 0 ? ', ' : ''}
                            <Link href={`/aanbevelingen/${encodeURIComponent(id)}`}>{id}</Link>
                          </span>
                        ))}
                      </>
                    ) : (
                      <strong>{t.notCovered}</strong>
                    )}
                  </p>
                  {g.items.length > 1 ? (
                    <details>
                      <summary>{t.items}</summary>
                      <ul>
                        {g.items.map((it) => (
                          <li key={it.id}>
                            {it.text} ({it.date})
                          </li>
                        ))}
                      </ul>
                    </details>
                  ) : null}
                  {can(viewer, 'recommendation:propose') ? (
                    <p>
                      <Link href={`/aanbevelingen/nieuw?review=${encodeURIComponent(g.items[0]!.reviewId)}`}>
                        {t.proposeFromBlocker}
                      </Link>
                    </p>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        ))}
        {can(viewer, 'recommendation:decide') && unique.length > 1 ? (
          <MergeForm
            groups={unique.map((g) => ({ id: g.id, label: `${g.example} (${g.items.length}×)` }))}
            m={t}
            lang={locale}
          />
        ) : null}
      </>
    );
  } catch (e) {
    return <DataErrorNotice error={e} />;
  }
}
