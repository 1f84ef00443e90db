import { DataErrorNotice } from '@/app/_components/DataErrorNotice';
import { SliceView } from '@/app/_components/charts/SliceView';
import { date } from '@/app/_components/charts/format';
import { getViewer } from '@/lib/auth/session';
import { getSlice } from '@/lib/dal/overview';
import { fmt, getMessages } from '@/lib/i18n';

export const dynamic = 'force-dynamic';

export default async function SectorPage({ params }: { params: Promise<{ id: string }> }) {
  const { locale, m } = await getMessages();
  const id = decodeURIComponent((await params).id);
  let data;
  try {
    data = await getSlice(await getViewer(), { sectorId: id });
  } catch (e) {
    return <DataErrorNotice error={e} />;
  }
  const t = m.overview;
  return (
    <>
      <h1>{fmt(t.s_sector, { name: data.sector?.name ?? id })}</h1>
      <p>{t.asOf.replace('{date}', date(data.asOf, locale))}</p>
      <SliceView
        data={data}
        m={t}
        g={m.gaps}
        lang={locale}
        gapLink={`/gaps?sector=${encodeURIComponent(id)}`}
      />
    </>
  );
}
