import { readFlash } from '@/lib/auth/flash';
import { viewerForPage } from '@/lib/auth/page-guard';
import { previewErasure } from '@/lib/dal/erasure';
import { ForbiddenError } from '@/lib/errors';
import { fmt, getMessages } from '@/lib/i18n';
import { DataErrorNotice } from '../../_components/DataErrorNotice';
import { FlashNotice } from '../_components/FlashNotice';

export const dynamic = 'force-dynamic';

// Erasure of a person (AVG/GDPR right to erasure), regisseur only: check first, then confirm.
export default async function ErasurePage({ searchParams }: { searchParams: Promise<{ id?: string }> }) {
  const { locale, m } = await getMessages();
  const id = ((await searchParams).id ?? '').trim().slice(0, 120);
  let found;
  try {
    const g = await viewerForPage('person:erase', '/beheer/wissen');
    if (!g.allowed) return <DataErrorNotice error={new ForbiddenError()} />;
    found = id ? await previewErasure(g.viewer, id) : null;
  } catch (e) {
    return <DataErrorNotice error={e} />;
  }
  const flash = await readFlash();
  return (
    <section className="narrow">
      <h1>{m.auth.adminErasure}</h1>
      <FlashNotice flash={flash} locale={locale} />
      <p>{m.auth.erasureIntro}</p>
      <form method="get" action="/beheer/wissen" className="form inline">
        <label htmlFor="erase-lookup">{m.auth.erasureId}</label>
        <input id="erase-lookup" name="id" defaultValue={id} maxLength={120} required />
        <button type="submit">{m.auth.erasurePreview}</button>
      </form>
      {id && !found ? <p role="status">{m.auth.erasureNotFound}</p> : null}
      {found ? (
        <>
          <p role="status" data-testid="erasure-found">
            {fmt(m.auth.erasureFound, {
              name: found.name,
              id: found.personId,
              org: found.organisationId ?? '—',
              accounts: found.userIds.length,
            })}
          </p>
          <form action="/api/auth/beheer/wissen" method="post" className="form">
            <input type="hidden" name="personId" value={found.personId} />
            <label htmlFor="erase-confirm">{m.auth.erasureConfirm}</label>
            <input id="erase-confirm" name="confirm" required maxLength={120} autoComplete="off" />
            <button type="submit" className="danger">
              {m.auth.erasureSubmit}
            </button>
          </form>
        </>
      ) : null}
    </section>
  );
}
