import Link from 'next/link';
import { DataErrorNotice } from '@/app/_components/DataErrorNotice';
import { date } from '@/app/_components/charts/format';
import { getViewer } from '@/lib/auth/session';
import { getGapDetail } from '@/lib/dal/gaps';
import { GAP_TRANSITIONS } from '@/lib/domain/gap-status';
import { can } from '@/lib/auth/permissions';
import { fmt, getMessages } from '@/lib/i18n';
import { statusFilterOf } from '@/lib/report/gap-report';
import { StatusForm } from '../_components/StatusForm';

export const dynamic = 'force-dynamic';

export default async function GapPage({ params }: { params: Promise<{ id: string }> }) {
  const { locale, m } = await getMessages();
  const t = m.gaps;
  const id = decodeURIComponent((await params).id);
  let viewer;
  let detail;
  try {
    viewer = await getViewer();
    detail = await getGapDetail(viewer, id);
  } catch (e) {
    return (
      <>
        <h1>{t.title}</h1>
        <DataErrorNotice error={e} />
      </>
    );
  }
  const { row, introducer, events } = detail;
  const st = (s: string | null) => (s ? ((t as Record<string, string>)[`st_${s}`] ?? s) : '–');
  const when = (iso: string) => `${date(iso, locale)} ${iso.slice(11, 16)}`;
  return (
    <>
      <p>
        <Link href="/gaps">{t.back}</Link>
      </p>
      <h1>
        {t[`ty_${row.type}`]}:{' '}
        {row.organisations.map((o) => o.name).join(' – ') || row.regionName || row.sectorName}
      </h1>
      <p className="lead">{row.explanation[locale]}</p>
      {row.resolvedByData && (
        <p className="notice" data-testid="resolved-by-data">
          {fmt(t.resolvedByData, { date: when(row.resolvedByData) })}
        </p>
      )}
      <dl data-testid="gap-facts">
        <dt>{t.status}</dt>
        <dd data-testid="gap-status">{st(statusFilterOf(row))}</dd>
        <dt>{t.owner}</dt>
        <dd>{row.owner ?? '–'}</dd>
        <dt>{t.due}</dt>
        <dd>{row.due ? date(row.due, locale) : '–'}</dd>
        <dt>{t.priority}</dt>
        <dd>{row.priorityLevel ? `${t[`lv_${row.priorityLevel}`]} (${row.priority})` : '–'}</dd>
        <dt>{t.region}</dt>
        <dd>{row.regionCode ? <Link href={`/regio/${row.regionCode}`}>{row.regionName}</Link> : '–'}</dd>
        <dt>{t.sector}</dt>
        <dd>
          {row.sectorId ? (
            <Link href={`/sector/${encodeURIComponent(row.sectorId)}`}>{row.sectorName}</Link>
          ) : (
            '–'
          )}
        </dd>
        <dt>{t.process}</dt>
        <dd>
          {row.processes.map((p) => p.name).join(', ') || '–'} {row.category ? `(${row.category})` : ''}
        </dd>
        <dt>{t.organisations}</dt>
        <dd>
          {row.organisations.map((o, i) => (
            <span key={o.id}>
              {i > 0 ? ' – ' : ''}
              <Link href={`/organisatie/${encodeURIComponent(o.id)}`}>{o.name}</Link>
            </span>
          ))}
          {row.organisations.length === 0 && '–'}
        </dd>
        <dt>{t.openSince}</dt>
        <dd>{row.openSince ? date(row.openSince, locale) : '–'}</dd>
        <dt>{t.introducer}</dt>
        <dd>
          {introducer
            ? fmt(t.introducerVia, { name: introducer.name, org: introducer.organisationName })
            : '–'}
        </dd>
      </dl>
      {row.factors.length > 0 && (
        <section aria-labelledby="factors-title">
          <h2 id="factors-title">{t.factors}</h2>
          <ul>
            {row.factors.map((f) => (
              <li key={f.key}>
                {f[locale]} — {f.points} {t.points}
              </li>
            ))}
          </ul>
        </section>
      )}
      {can(viewer, 'gaps:write') ? (
        <StatusForm
          gapId={row.id}
          status={row.status}
          version={row.version}
          owner={row.owner}
          due={row.due}
          allowed={GAP_TRANSITIONS[row.status]}
          defaultOwner={viewer.name}
          m={t}
          lang={locale}
        />
      ) : (
        <p>{t.cannotChange}</p>
      )}
      <section aria-labelledby="history-title">
        <h2 id="history-title">{t.history}</h2>
        {events.length === 0 ? (
          <p>{t.noHistory}</p>
        ) : (
          <ol data-testid="gap-history">
            {events.map((e) => (
              <li key={e.id}>
                <strong>{when(e.at)}</strong> —{' '}
                {e.kind === 'status'
                  ? fmt(t.ev_status, {
                      who: e.actorName ?? t.someone,
                      from: st(e.fromStatus),
                      to: st(e.toStatus),
                    })
                  : t[`ev_${e.kind}`]}
                {e.owner && e.kind === 'status' ? ` · ${t.owner}: ${e.owner}` : ''}
                {e.due && e.kind === 'status' ? ` · ${t.due}: ${date(e.due, locale)}` : ''}
                {e.note ? (
                  <>
                    <br />
                    {t.note}: {e.note}
                  </>
                ) : null}
                {e.reason ? (
                  <>
                    <br />
                    {t.reason}: {e.reason}
                  </>
                ) : null}
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
