import { getViewer } from '@/lib/auth/session';
import { assertCan, can } from '@/lib/auth/permissions';
import { maxUploadBytes } from '@/lib/dal/importing';
import { fmt, getMessages } from '@/lib/i18n';
import { COLUMNS, columnsOf, ENTITIES, TABLE_KINDS } from '@/lib/import/columns';
import { DataErrorNotice } from '../_components/DataErrorNotice';
import { ImportForm } from './_components/ImportForm';

export const dynamic = 'force-dynamic';

export default async function ImportPage() {
  const { locale, m } = await getMessages();
  const t = m.importing;
  try {
    assertCan(await getViewer(), 'export:data');
  } catch (e) {
    return <DataErrorNotice error={e} />;
  }
  const viewer = await getViewer();
  const mb = Math.round(maxUploadBytes() / 1048576);
  const label = (c: { nl: string; en: string }) => (locale === 'nl' ? c.nl : c.en);
  const kinds = TABLE_KINDS.map((k) => ({ key: k, label: k === 'contactlijst' ? t.kind_contactlijst : k }));
  const fields = Object.fromEntries(
    TABLE_KINDS.map((k) => [k, columnsOf(k).map((c) => ({ key: c.key, label: label(c) }))]),
  );
  return (
    <>
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      <section aria-labelledby="export-h">
        <h2 id="export-h">{t.exportTitle}</h2>
        <ul>
          <li>
            <a href="/api/export?format=zip" download>
              {t.exportZip}
            </a>
          </li>
          <li>
            <a href="/api/export?format=graphml" download>
              {t.exportGraphml}
            </a>
          </li>
        </ul>
        <p>{t.exportNote}</p>
      </section>
      <section aria-labelledby="tpl-h">
        <h2 id="tpl-h">{t.templatesTitle}</h2>
        <p>{t.templatesIntro}</p>
        <ul>
          <li>
            <a href="/api/import/template?entity=contactlijst">{t.templateContactList}</a>{' '}
            <small>({columnsOf('contactlijst').map(label).join(', ')})</small>
          </li>
          <li>
            <a href="/api/import/template?entity=contactlijst&format=xlsx">{t.templateContactListXlsx}</a>
          </li>
          <li>
            <a href="/api/import/template?format=xlsx">{t.templateXlsx}</a>
          </li>
          {ENTITIES.map((e) => (
            <li key={e}>
              <a href={`/api/import/template?entity=${e}`}>{e}.csv</a>{' '}
              <small>({COLUMNS[e].map(label).join(', ')})</small>
            </li>
          ))}
        </ul>
        <p>{t.mapping}</p>
      </section>
      <section aria-labelledby="imp-h">
        <h2 id="imp-h">{t.importTitle}</h2>
        <p>{t.importIntro}</p>
        {can(viewer, 'import:data') ? (
          <ImportForm
            t={t}
            hint={fmt(t.fileHint, { mb })}
            maxBytes={maxUploadBytes()}
            kinds={kinds}
            fields={fields}
          />
        ) : (
          <p className="notice">{t.importOnlyRegisseur}</p>
        )}
      </section>
    </>
  );
}
