import Link from 'next/link';
import { DataErrorNotice } from '@/app/_components/DataErrorNotice';
import { date } from '@/app/_components/charts/format';
import { getViewer } from '@/lib/auth/session';
import { getGapReport, parseGapFilters } from '@/lib/dal/gaps';
import { can } from '@/lib/auth/permissions';
import { fmt, getMessages } from '@/lib/i18n';
import { filtersToSearch } from '@/lib/report/gap-report';
import { GapFilters } from './_components/GapFilters';
import { GapTable } from './_components/GapTable';

export const dynamic = 'force-dynamic';

export default async function GapsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale, m } = await getMessages();
  const t = m.gaps;
  let report;
  let viewer;
  let filters;
  try {
    viewer = await getViewer();
    filters = parseGapFilters(await searchParams);
    report = await getGapReport(viewer, filters);
  } catch (e) {
    return (
      <>
        <h1>{t.title}</h1>
        <DataErrorNotice error={e} />
      </>
    );
  }
  const count = (rec: Record<string, number>, label: (k: string) => string) =>
    Object.entries(rec)
      .sort(([, a], [, b]) => b - a)
      .map(([k, v]) => `${label(k)}: ${v}`)
      .join(' · ');
  const label = (prefix: 'ty_' | 'st_' | 'lv_') => (k: string) =>
    (t as Record<string, string>)[`${prefix}${k}`] ?? k;
  const exportQuery = (format: string) => {
    const q = filtersToSearch(filters, { page: undefined, pageSize: undefined, format });
    return `/api/gaps/export${q}`;
  };
  return (
    <>
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      <p>{fmt(t.asOf, { date: date(report.asOf, locale) })}</p>
      <p>
        <small>{fmt(t.reachHint, { total: report.scenarios })}</small>
      </p>
      <GapFilters filters={filters} facets={report.facets} m={t} />
      <section aria-labelledby="results-title">
        <h2 id="results-title" data-testid="gap-total" data-total={report.counts.total}>
          {fmt(t.results, { total: report.counts.total })}
        </h2>
        <ul data-testid="gap-counts">
          <li>
            {t.countsByType}: {count(report.counts.byType, label('ty_')) || '–'}
          </li>
          <li>
            {t.countsByStatus}: {count(report.counts.byStatus, label('st_')) || '–'}
          </li>
          <li>
            {t.countsByLevel}: {count(report.counts.byLevel, label('lv_')) || '–'}
          </li>
        </ul>
        {can(viewer, 'export:data') && (
          <p>
            {t.export}: <a href={exportQuery('csv')}>{t.exportCsv}</a> ·{' '}
            <a href={exportQuery('xlsx')}>{t.exportXlsx}</a>
          </p>
        )}
        <GapTable rows={report.rows} m={t} lang={locale} />
        <nav aria-label={fmt(t.page, { page: report.page, pages: report.pages })} data-testid="gap-paging">
          <p>
            {report.page > 1 && (
              <Link href={`/gaps${filtersToSearch(filters, { page: report.page - 1 })}`}>{t.prev}</Link>
            )}{' '}
            {fmt(t.page, { page: report.page, pages: report.pages })}{' '}
            {report.page < report.pages && (
              <Link href={`/gaps${filtersToSearch(filters, { page: report.page + 1 })}`}>{t.next}</Link>
            )}
          </p>
        </nav>
      </section>
    </>
  );
}
