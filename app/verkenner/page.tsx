import { getViewer } from '@/lib/auth/session';
import { getExplorerPayload } from '@/lib/dal/explorer';
import { getMessages } from '@/lib/i18n';
import { DataErrorNotice } from '../_components/DataErrorNotice';
import { ExplorerLoader } from './_components/ExplorerLoader';
import './explorer.css';

export const dynamic = 'force-dynamic';

export default async function ExplorerPage() {
  const { locale, m } = await getMessages();
  let payload;
  try {
    payload = await getExplorerPayload(await getViewer(), { locale });
  } catch (e) {
    return (
      <>
        <h1>{m.explorer.title}</h1>
        <DataErrorNotice error={e} />
      </>
    );
  }
  return (
    <>
      <h1>{m.explorer.title}</h1>
      <p className="lead">{m.explorer.intro}</p>
      <ExplorerLoader payload={payload} m={m.explorer} locale={locale} />
    </>
  );
}
