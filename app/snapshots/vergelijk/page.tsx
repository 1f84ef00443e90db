import Link from 'next/link';
import { DataErrorNotice } from '@/app/_components/DataErrorNotice';
import { getViewer } from '@/lib/auth/session';
import { getSnapshot, type Snapshot } from '@/lib/dal/snapshots';
import { ValidationError } from '@/lib/errors';
import { fmt, getMessages } from '@/lib/i18n';
import { compareSnapshots } from '@/lib/pdf/compare';
import { FIGURE_KIND } from '@/lib/pdf/figures';
import { formatDate, formatFigure } from '@/lib/pdf/format';
import { changeSentence } from '@/lib/pdf/sentences';
import { bilingual } from '@/lib/i18n/define';
import { errors } from '@/lib/i18n/messages/errors';

export const dynamic = 'force-dynamic';

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function ComparePage({ searchParams }: { searchParams: Search }) {
  const { locale, m } = await getMessages();
  const t = m.snapshots;
  const q = await searchParams;
  let a: Snapshot;
  let b: Snapshot;
  try {
    const van = typeof q.van === 'string' ? q.van : '';
    const naar = typeof q.naar === 'string' ? q.naar : '';
    if (!van || !naar || van === naar) throw new ValidationError(bilingual(errors, 'chooseTwoSnapshots'));
    const viewer = await getViewer();
    [a, b] = await Promise.all([getSnapshot(viewer, van), getSnapshot(viewer, naar)]);
    // Always earlier → later, whichever way round they were chosen.
    if (a.asOf > b.asOf || (a.asOf === b.asOf && a.takenAt > b.takenAt)) [a, b] = [b, a];
  } catch (e) {
    return (
      <>
        <h1>{t.compareTitle}</h1>
        <DataErrorNotice error={e} />
        <p>
          <Link href="/snapshots">{t.title}</Link>
        </p>
      </>
    );
  }
  const cmp = compareSnapshots(a, b);
  const pct = (v: number | null) => formatFigure(v, 'percent', locale);
  return (
    <>
      <h1>{t.compareTitle}</h1>
      <p className="lead">
        {fmt(t.compareIntro, { from: formatDate(a.asOf, locale), to: formatDate(b.asOf, locale) })}
      </p>
      <table>
        <caption className="sr-only">{t.compareTitle}</caption>
        <thead>
          <tr>
            <th scope="col">{t.measure}</th>
            <th scope="col">{t.before}</th>
            <th scope="col">{t.after}</th>
            <th scope="col">{t.change}</th>
          </tr>
        </thead>
        <tbody>
          {cmp.headline.map((d) => (
            <tr key={d.key}>
              <th scope="row">{t[`fig_${d.key}`]}</th>
              <td>{formatFigure(d.previous, FIGURE_KIND[d.key], locale)}</td>
              <td>{formatFigure(d.value, FIGURE_KIND[d.key], locale)}</td>
              <td className={d.good === true ? 'delta-up' : d.good === false ? 'delta-down' : undefined}>
                {changeSentence(d.key, d.value, d.previous, locale).text}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {cmp.details ? (
        <>
          <h2>{t.tiesTitle}</h2>
          <p data-testid="ties-diff">{fmt(t.tiesLine, cmp.details.ties)}</p>
          <h2>{t.gapsTitle}</h2>
          <p data-testid="gaps-diff">
            {fmt(t.gapsLine, { opened: cmp.details.gaps.opened, closed: cmp.details.gaps.closed })}
          </p>
          <table>
            <caption>{t.gapsByType}</caption>
            <thead>
              <tr>
                <th scope="col">{t.gapType}</th>
                <th scope="col">{t.opened}</th>
                <th scope="col">{t.closed}</th>
              </tr>
            </thead>
            <tbody>
              {cmp.details.gaps.byType.map((g) => (
                <tr key={g.type}>
                  <th scope="row">{(m.gaps as Record<string, string>)[`ty_${g.type}`] ?? g.type}</th>
                  <td>{g.opened}</td>
                  <td>{g.closed}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h2>{t.regionsTitle}</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">{t.region}</th>
                <th scope="col">{t.before}</th>
                <th scope="col">{t.after}</th>
              </tr>
            </thead>
            <tbody>
              {cmp.details.regions.map((r) => (
                <tr key={r.code}>
                  <th scope="row">{r.code}</th>
                  <td>{pct(r.before)}</td>
                  <td>{pct(r.after)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : (
        <p>{t.noMetrics}</p>
      )}
      <p>
        <Link href="/snapshots">{t.title}</Link>
      </p>
    </>
  );
}
