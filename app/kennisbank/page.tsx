import Link from 'next/link';
import { getViewer } from '@/lib/auth/session';
import { countAgreementsFollowingCurrentModel, listDocuments } from '@/lib/dal/documents';
import { can } from '@/lib/auth/permissions';
import { maxUploadBytes } from '@/lib/dal/importing';
import { fmt, getMessages } from '@/lib/i18n';
import { DataErrorNotice } from '../_components/DataErrorNotice';
import { UploadForm } from './_components/UploadForm';

export const dynamic = 'force-dynamic';

export default async function KennisbankPage() {
  const { locale, m } = await getMessages();
  const t = m.editing;
  try {
    const viewer = await getViewer();
    const [docs, model] = await Promise.all([
      listDocuments(viewer),
      countAgreementsFollowingCurrentModel(viewer),
    ]);
    const mayEdit = can(viewer, 'network:write');
    return (
      <>
        <h1>{t.kbTitle}</h1>
        <p className="lead">{t.kbIntro}</p>
        <p className="card" data-testid="model-count">
          {fmt(t.kbModelCount, { n: model.following, total: model.total })}
        </p>
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{t.colTitle}</th>
              <th scope="col">{t.colType}</th>
              <th scope="col">{t.colVersion}</th>
              <th scope="col">{t.colDate}</th>
              <th scope="col">{t.colCurrent}</th>
              <th scope="col">{t.colFile}</th>
            </tr>
          </thead>
          <tbody>
            {docs.map((d) => (
              <tr key={d.id}>
                <td>
                  {mayEdit ? (
                    <Link href={`/bewerken/document/${encodeURIComponent(d.id)}`}>{d.title}</Link>
                  ) : (
                    d.title
                  )}
                </td>
                <td>{d.type}</td>
                <td>{d.version}</td>
                <td>{d.date}</td>
                <td>{d.current ? t.yes : t.no}</td>
                <td>
                  {d.fileName ? (
                    <a href={`/kennisbank/bestand/${encodeURIComponent(d.id)}`}>{t.download}</a>
                  ) : d.url ? (
                    <a href={d.url} rel="noopener noreferrer">
                      {t.link}
                    </a>
                  ) : (
                    t.none
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {mayEdit ? (
          <section aria-labelledby="kb-up-h">
            <h2 id="kb-up-h">{t.uploadTitle}</h2>
            <UploadForm t={t} mb={Math.round(maxUploadBytes() / 1048576)} locale={locale} />
          </section>
        ) : null}
      </>
    );
  } catch (e) {
    return <DataErrorNotice error={e} />;
  }
}
