import Link from 'next/link';
import { DataErrorNotice } from '@/app/_components/DataErrorNotice';
import { viewerForPage } from '@/lib/auth/page-guard';
import { can } from '@/lib/auth/permissions';
import { listDependencies } from '@/lib/dal/dependencies';
import { getScenarioOptions } from '@/lib/dal/scenario';
import { ForbiddenError } from '@/lib/errors';
import { fmt, getMessages } from '@/lib/i18n';
import { DependencyActions } from '../_components/DependencyActions';
import { DependencyForm } from '../_components/DependencyForm';
import { DependencyImport } from '../_components/DependencyImport';

export const dynamic = 'force-dynamic';

/** The host of a web source (shown as the link text), or null when the source is not a web address. */
function hostOf(source: string): string | null {
  if (!/^https?:\/\//.test(source)) return null;
  try {
    return new URL(source).hostname;
  } catch {
    return null;
  }
}

/** The dependencies the cascade follows, with their sources; the regisseur edits, imports and exports them. */
export default async function DependenciesPage() {
  const { locale, m } = await getMessages();
  const t = m.scenario;
  let data;
  try {
    const g = await viewerForPage('network:read', '/scenario/afhankelijkheden');
    if (!g.allowed) throw new ForbiddenError();
    const [rows, options] = await Promise.all([listDependencies(g.viewer), getScenarioOptions(g.viewer)]);
    data = { viewer: g.viewer, rows, processes: options.processes };
  } catch (e) {
    return (
      <>
        <h1>{t.depTitle}</h1>
        <DataErrorNotice error={e} />
      </>
    );
  }
  const { viewer, rows, processes } = data;
  const edit = can(viewer, 'dependency:write');
  const name = new Map(processes.map((p) => [p.id, p.name]));
  return (
    <>
      <p>
        <Link href="/scenario">{t.title}</Link>
      </p>
      <h1>{t.depTitle}</h1>
      <p className="lead">{t.depIntro}</p>
      {can(viewer, 'export:data') ? (
        <p>
          <a href="/api/scenario/afhankelijkheden/export" download data-testid="dependency-export">
            {t.depExport}
          </a>
        </p>
      ) : null}
      <div className="table-scroll">
        <table className="data" data-testid="dependency-list">
          <caption>{fmt(t.depCaption, { n: rows.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t.colFrom}</th>
              <th scope="col">{t.colTo}</th>
              <th scope="col">{t.colKind}</th>
              <th scope="col">{t.colDepHours}</th>
              <th scope="col">{t.colSource}</th>
              {edit ? <th scope="col">{t.colActions}</th> : null}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.fromId}>${r.toId}`} data-dep={`${r.fromId}>${r.toId}`}>
                <th scope="row">{name.get(r.fromId) ?? r.fromId}</th>
                <td>{name.get(r.toId) ?? r.toId}</td>
                <td>{t[`kind_${r.kind}`]}</td>
                <td>{r.hours === null ? t.hoursUnknown : r.hours}</td>
                <td>
                  {r.basis ? <span>{r.basis} </span> : null}
                  {hostOf(r.source) ? (
                    <a href={r.source} rel="noopener noreferrer">
                      {hostOf(r.source)}
                    </a>
                  ) : (
                    r.source
                  )}
                </td>
                {edit ? (
                  <td>
                    <DependencyActions row={r} processes={processes} m={t} lang={locale} />
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {edit ? (
        <>
          <DependencyForm row={null} processes={processes} m={t} lang={locale} />
          <DependencyImport m={t} lang={locale} />
        </>
      ) : null}
    </>
  );
}
