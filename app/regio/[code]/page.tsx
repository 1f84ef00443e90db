import Link from 'next/link';
import { DataErrorNotice } from '@/app/_components/DataErrorNotice';
import { SliceView } from '@/app/_components/charts/SliceView';
import { date } from '@/app/_components/charts/format';
import { getViewer } from '@/lib/auth/session';
import { getSlice } from '@/lib/dal/overview';
import { fmt, getMessages } from '@/lib/i18n';

export const dynamic = 'force-dynamic';

export default async function RegionPage({
  params,
  searchParams,
}: {
  params: Promise<{ code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale, m } = await getMessages();
  const { code } = await params;
  const sp = await searchParams;
  const sector = typeof sp.sector === 'string' && sp.sector ? sp.sector : undefined;
  let data;
  try {
    data = await getSlice(await getViewer(), { regionCode: code, sectorId: sector });
  } catch (e) {
    return <DataErrorNotice error={e} />;
  }
  const t = m.overview;
  const gapLink = `/gaps?region=${code}${sector ? `&sector=${encodeURIComponent(sector)}` : ''}`;
  return (
    <>
      <h1>{fmt(t.s_region, { name: data.region?.name ?? code })}</h1>
      <p>
        {t.asOf.replace('{date}', date(data.asOf, locale))}
        {data.sector ? (
          <>
            {' · '}
            {fmt(t.s_filterSector, { name: data.sector.name })} (
            <Link href={`/regio/${code}`}>{t.s_allSectors}</Link>)
          </>
        ) : null}
      </p>
      <SliceView data={data} m={t} g={m.gaps} lang={locale} gapLink={gapLink} />
    </>
  );
}
