import { preload } from 'react-dom';
import { getViewer } from '@/lib/auth/session';
import { assertCanExplore } from '@/lib/dal/explorer';
import { getMessages } from '@/lib/i18n';
import { DataErrorNotice } from '../_components/DataErrorNotice';
import { PAYLOAD_URL } from '@/lib/explorer/payload';
import { ExplorerLoader } from './_components/ExplorerLoader';
import './explorer.css';

export const dynamic = 'force-dynamic';

export default async function ExplorerPage() {
  const { locale, m } = await getMessages();
  try {
    assertCanExplore(await getViewer());
  } catch (e) {
    return (
      <>
        <h1>{m.explorer.title}</h1>
        <DataErrorNotice error={e} />
      </>
    );
  }
  // The graph data comes from GET /api/graph (cached, ETag): start that download with the page.
  preload(PAYLOAD_URL, { as: 'fetch', crossOrigin: 'anonymous' });
  return (
    <>
      <h1>{m.explorer.title}</h1>
      <p className="lead">{m.explorer.intro}</p>
      <ExplorerLoader m={m.explorer} ms={m.scenario} locale={locale} />
    </>
  );
}
