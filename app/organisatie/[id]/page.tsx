import { DataErrorNotice } from '@/app/_components/DataErrorNotice';
import { SliceView } from '@/app/_components/charts/SliceView';
import { date } from '@/app/_components/charts/format';
import { getViewer } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { getSlice } from '@/lib/dal/overview';
import { fmt, getMessages } from '@/lib/i18n';

export const dynamic = 'force-dynamic';

export default async function OrganisationPage({ params }: { params: Promise<{ id: string }> }) {
  const { locale, m } = await getMessages();
  const id = decodeURIComponent((await params).id);
  let viewer;
  let data;
  try {
    viewer = await getViewer();
    data = await getSlice(viewer, { organisationId: id });
  } catch (e) {
    return <DataErrorNotice error={e} />;
  }
  const t = m.overview;
  const o = data.organisation;
  return (
    <>
      <h1>{fmt(t.s_org, { name: o?.name ?? id })}</h1>
      <p>
        {o ? `${t.s_chain}: ${m.common[`chain_${o.chain}`]} · ` : ''}
        {t.asOf.replace('{date}', date(data.asOf, locale))}
      </p>
      {o?.description ? <p className="lead">{o.description}</p> : null}
      {o && can(viewer, 'network:write') ? (
        <p>
          <a className="button secondary" href={`/bewerken/organisation/${encodeURIComponent(o.id)}`}>
            {locale === 'nl' ? 'Organisatie bewerken' : 'Edit organisation'}
          </a>
        </p>
      ) : null}
      <SliceView
        data={data}
        m={t}
        g={m.gaps}
        lang={locale}
        gapLink={`/gaps?q=${encodeURIComponent(o?.name ?? id)}`}
      />
    </>
  );
}
