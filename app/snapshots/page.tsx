import { DataErrorNotice } from '@/app/_components/DataErrorNotice';
import { getViewer } from '@/lib/auth/session';
import { listBriefings, prepareBriefings, type Briefing } from '@/lib/dal/briefings';
import { can } from '@/lib/auth/permissions';
import { listScenarios, type SavedScenario } from '@/lib/dal/scenario';
import { listSnapshots, type SnapshotSummary } from '@/lib/dal/snapshots';
import { fmt, getMessages, type Locale, type Messages } from '@/lib/i18n';
import { formatDate, formatFigure } from '@/lib/pdf/format';
import { AUDIENCES } from '@/lib/pdf/model';
import { BriefingForm } from './_components/BriefingForm';
import { TakeSnapshotForm } from './_components/TakeSnapshotForm';

export const dynamic = 'force-dynamic';

function BriefingItem({
  b,
  m,
  audience,
  locale,
}: {
  b: Briefing;
  m: Messages['snapshots'];
  audience: string;
  locale: Locale;
}) {
  const label = fmt(m.briefingFor, {
    audience,
    locale: b.locale.toUpperCase(),
    names: b.includeNames ? m.withNames : '',
  });
  const when = formatDate(b.createdAt, locale);
  if (b.status !== 'klaar')
    return (
      <li>
        {label}, {when} — {b.status === 'bezig' ? m.statusBezig : m.statusMislukt}
      </li>
    );
  const base = `/api/snapshots/${encodeURIComponent(b.snapshotId)}/briefings/${b.id}`;
  return (
    <li>
      {label}, {when}
      {b.confidential ? <span className="badge hoog"> {m.confidential}</span> : null} —{' '}
      <a href={`${base}/pdf`}>{m.download}</a> (<a href={`/print/briefing/${b.id}`}>{m.preview}</a>
      {b.pages !== null && b.ms !== null
        ? `, ${fmt(m.pages, { pages: b.pages, seconds: (b.ms / 1000).toFixed(1) })}`
        : ''}
      )
    </li>
  );
}

export default async function SnapshotsPage() {
  const { locale, m } = await getMessages();
  const t = m.snapshots;
  let viewer;
  let snaps: SnapshotSummary[];
  let briefings: Briefing[];
  let scenarios: SavedScenario[];
  try {
    viewer = await getViewer();
    [snaps, briefings, scenarios] = await Promise.all([
      listSnapshots(viewer),
      listBriefings(viewer),
      can(viewer, 'snapshot:create') ? listScenarios(viewer) : Promise.resolve([] as SavedScenario[]),
    ]);
  } catch (e) {
    return (
      <>
        <h1>{t.title}</h1>
        <DataErrorNotice error={e} />
      </>
    );
  }
  const regisseur = can(viewer, 'snapshot:create');
  void prepareBriefings(viewer);
  const audienceLabel = (id: string) => (m.briefing as Record<string, string>)[`audience_${id}`] ?? id;
  const audiences = AUDIENCES.map((id) => ({ id, label: audienceLabel(id) }));
  const newestFirst = [...snaps].reverse();
  return (
    <>
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      {regisseur ? (
        <section aria-labelledby="take-title">
          <h2 id="take-title">{t.takeTitle}</h2>
          <TakeSnapshotForm m={t} />
        </section>
      ) : null}
      {snaps.length >= 2 ? (
        <section aria-labelledby="compare-title">
          <h2 id="compare-title">{t.compareTitle}</h2>
          <form method="get" action="/snapshots/vergelijk" className="inline-form">
            <label htmlFor="cmp-from">{t.compareFrom}</label>
            <select id="cmp-from" name="van" defaultValue={snaps.at(-2)?.id}>
              {newestFirst.map((s) => (
                <option key={s.id} value={s.id}>
                  {formatDate(s.asOf, locale)} — {s.note.slice(0, 40)}
                </option>
              ))}
            </select>
            <label htmlFor="cmp-to">{t.compareTo}</label>
            <select id="cmp-to" name="naar" defaultValue={snaps.at(-1)?.id}>
              {newestFirst.map((s) => (
                <option key={s.id} value={s.id}>
                  {formatDate(s.asOf, locale)} — {s.note.slice(0, 40)}
                </option>
              ))}
            </select>
            <button className="button secondary" type="submit">
              {t.compare}
            </button>
          </form>
        </section>
      ) : null}
      <section aria-labelledby="list-title">
        <h2 id="list-title">{t.listTitle}</h2>
        {snaps.length === 0 ? <p>{t.none}</p> : null}
        {newestFirst.map((s) => {
          const own = briefings.filter((b) => b.snapshotId === s.id);
          const h = s.headline;
          return (
            <article key={s.id} className="card" data-testid={`snapshot-${s.id}`}>
              <h3>{formatDate(s.asOf, locale)}</h3>
              <dl>
                <dt>{t.colAuthor}</dt>
                <dd>{s.kind === 'demo' ? t.demoAuthor : (s.authorName ?? t.unknownAuthor)}</dd>
                <dt>{t.colNote}</dt>
                <dd>{s.note || '–'}</dd>
                {h ? (
                  <>
                    <dt>{t.colFigures}</dt>
                    <dd>
                      {fmt(t.figuresLine, {
                        coverageA: formatFigure(h.coverage.A, 'percent', locale),
                        cross: formatFigure(h.crossChainDensity, 'percent', locale),
                        gaps: formatFigure(h.openGapsByPriority.hoog, 'count', locale),
                      })}
                    </dd>
                  </>
                ) : null}
                <dt>{t.colBriefings}</dt>
                <dd>
                  {own.length === 0 ? (
                    t.noBriefings
                  ) : (
                    <ul>
                      {own.map((b) => (
                        <BriefingItem
                          key={b.id}
                          b={b}
                          m={t}
                          audience={audienceLabel(b.audience)}
                          locale={locale}
                        />
                      ))}
                    </ul>
                  )}
                </dd>
              </dl>
              {regisseur ? (
                <BriefingForm
                  snapshotId={s.id}
                  m={t}
                  ms={m.scenario}
                  audiences={audiences}
                  scenarios={scenarios.slice(0, 20).map((x) => ({ id: x.id, name: x.name }))}
                  defaultLocale={locale}
                />
              ) : null}
            </article>
          );
        })}
      </section>
    </>
  );
}
