import Link from 'next/link';
import { viewerForPage } from '@/lib/auth/page-guard';
import { auditFacets, listAuditEvents, parseAuditFilter, type AuditFilter } from '@/lib/dal/audit';
import { ForbiddenError } from '@/lib/errors';
import { fmt, getMessages } from '@/lib/i18n';
import { DataErrorNotice } from '../../_components/DataErrorNotice';
import { AuditFilterForm } from '../_components/AuditFilterForm';

export const dynamic = 'force-dynamic';

function pageHref(filter: AuditFilter, page: number): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(filter)) if (v !== null && k !== 'page') q.set(k, String(v));
  q.set('page', String(page));
  return `/beheer/audit?${q.toString()}`;
}

// The audit trail (regisseur): who did what to which data and when, filtered and paged.
export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { m } = await getMessages();
  const raw = Object.fromEntries(
    Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]),
  );
  let data;
  let facets;
  let filter: AuditFilter;
  try {
    const g = await viewerForPage('audit:read', '/beheer/audit');
    if (!g.allowed) return <DataErrorNotice error={new ForbiddenError()} />;
    filter = parseAuditFilter(raw);
    [data, facets] = await Promise.all([listAuditEvents(g.viewer, filter), auditFacets(g.viewer)]);
  } catch (e) {
    return <DataErrorNotice error={e} />;
  }
  return (
    <>
      <h1>{m.auth.adminAudit}</h1>
      <AuditFilterForm filter={filter} facets={facets} m={m} />
      <p role="status" data-testid="audit-total">
        {fmt(m.auth.auditTotal, { total: data.total, page: data.page, pages: data.pages })}
      </p>
      {data.events.length === 0 ? (
        <p>{m.auth.auditNone}</p>
      ) : (
        <table className="data audit">
          <thead>
            <tr>
              <th scope="col">{m.auth.auditWhen}</th>
              <th scope="col">{m.auth.auditActor}</th>
              <th scope="col">{m.auth.auditAction}</th>
              <th scope="col">{m.auth.auditEntityType}</th>
              <th scope="col">{m.auth.auditEntityId}</th>
              <th scope="col">{m.auth.auditBefore}</th>
              <th scope="col">{m.auth.auditAfter}</th>
            </tr>
          </thead>
          <tbody>
            {data.events.map((e) => (
              <tr key={e.id}>
                <td>{e.at.replace('T', ' ').slice(0, 19)}</td>
                <td>
                  {e.actorName ?? '—'} <small>({e.actorRole})</small>
                </td>
                <td>{e.action}</td>
                <td>{e.entityType}</td>
                <td>{e.entityId ?? ''}</td>
                <td>
                  <code className="json">{e.before ?? ''}</code>
                </td>
                <td>
                  <code className="json">{e.after ?? ''}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <nav aria-label={m.auth.adminAudit} className="pager">
        {data.page > 1 ? <Link href={pageHref(filter, data.page - 1)}>{m.auth.previous}</Link> : null}{' '}
        {data.page < data.pages ? <Link href={pageHref(filter, data.page + 1)}>{m.auth.next}</Link> : null}
      </nav>
    </>
  );
}
