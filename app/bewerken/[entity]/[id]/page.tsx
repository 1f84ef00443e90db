import { notFound } from 'next/navigation';
import { getViewer } from '@/lib/auth/session';
import { listDocuments } from '@/lib/dal/documents';
import { EDIT_ENTITIES, getEntity, type EditEntity } from '@/lib/dal/editing';
import { can } from '@/lib/auth/permissions';
import { getNetworkForViewer } from '@/lib/dal/network';
import { fmt, getMessages } from '@/lib/i18n';
import { COLUMNS } from '@/lib/import/columns';
import { DataErrorNotice } from '../../../_components/DataErrorNotice';
import { EntityForm, type FieldView } from '../../_components/EntityForm';
import { LastChange } from '../../_components/LastChange';
import { FIELDS, TABLE_OF } from '../../_lib/fields';
import { optionsFor } from '../../_lib/options';

export const dynamic = 'force-dynamic';

const LIST_PAGE: Partial<Record<EditEntity, string>> = {
  coalition: '/coalities',
  agreement: '/afspraken',
  meeting: '/bijeenkomsten',
  document: '/kennisbank',
};

export default async function EditPage({
  params,
  searchParams,
}: {
  params: Promise<{ entity: string; id: string }>;
  searchParams: Promise<{ opgeslagen?: string; coalitie?: string }>;
}) {
  const { entity: e, id: rawId } = await params;
  const sp = await searchParams;
  if (!(EDIT_ENTITIES as readonly string[]).includes(e)) notFound();
  const entity = e as EditEntity;
  const { locale, m } = await getMessages();
  const t = m.editing;
  const id = rawId === 'nieuw' ? null : decodeURIComponent(rawId);
  try {
    const viewer = await getViewer();
    const [row, net, docs] = await Promise.all([
      id ? getEntity(viewer, entity, id) : Promise.resolve(null),
      getNetworkForViewer(viewer),
      listDocuments(viewer),
    ]);
    if (id && !row) notFound();
    const cols = COLUMNS[TABLE_OF[entity]];
    const ownProfile = entity === 'person' && id !== null && id === viewer.personId;
    const fields: FieldView[] = FIELDS[entity]
      .filter((f) => !(ownProfile && !can(viewer, 'network:write') && f.key === 'organisationId'))
      .map((f) => {
        const col = cols.find((c) => c.key === f.key);
        return {
          field: f,
          label: col ? (locale === 'nl' ? col.nl : col.en) : f.key,
          expect: col?.expect ?? '',
          options: f.kind === 'ref' || f.kind === 'refs' ? optionsFor(f.source, net, docs) : undefined,
        };
      });
    const values: Record<string, unknown> =
      row ?? (entity === 'review' && sp.coalitie ? { coalitionId: sp.coalitie } : {});
    const label = t[`entity_${entity}`];
    const coalitionId = entity === 'review' ? String(values.coalitionId ?? '') : '';
    const listPage = coalitionId ? `/coalities/${coalitionId}` : LIST_PAGE[entity];
    const name = row ? String(row.name ?? row.title ?? row.theme ?? row.id) : '';
    return (
      <>
        <h1>{id ? `${fmt(t.editTitle, { entity: label })}: ${name}` : fmt(t.newTitle, { entity: label })}</h1>
        {sp.opgeslagen ? (
          <p className="notice" role="status">
            {t.saved}
          </p>
        ) : null}
        {id ? <LastChange viewer={viewer} entity={entity} id={id} t={t} /> : null}
        <EntityForm
          entity={entity}
          id={id}
          version={row?.version ?? null}
          values={values}
          fields={fields}
          t={t}
          locale={locale}
          hidden={entity === 'document' && row?.fileName ? { fileName: String(row.fileName) } : {}}
          canDelete={can(viewer, 'network:write') || entity === 'review'}
          back={id ? undefined : listPage}
          deleteBack={listPage ?? '/'}
        />
      </>
    );
  } catch (err) {
    return <DataErrorNotice error={err} />;
  }
}
