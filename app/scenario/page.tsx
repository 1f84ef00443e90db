import Link from 'next/link';
import { DataErrorNotice } from '@/app/_components/DataErrorNotice';
import { viewerForPage } from '@/lib/auth/page-guard';
import { can } from '@/lib/auth/permissions';
import {
  getScenarioOptions,
  listScenarios,
  runScenarioFromSearch,
  type ScenarioView,
} from '@/lib/dal/scenario';
import { SCENARIO_PARAMS } from '@/lib/domain/scenario';
import { ForbiddenError } from '@/lib/errors';
import { getMessages } from '@/lib/i18n';
import { SavedScenarios } from './_components/SavedScenarios';
import { SaveScenarioForm } from './_components/SaveScenarioForm';
import { ScenarioDetails } from './_components/ScenarioDetails';
import { ScenarioForm } from './_components/ScenarioForm';
import { ScenarioOrganisations } from './_components/ScenarioOrganisations';
import { ScenarioSummary } from './_components/ScenarioSummary';

export const dynamic = 'force-dynamic';

export default async function ScenarioPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale, m } = await getMessages();
  const t = m.scenario;
  const sp = await searchParams;
  const asked = SCENARIO_PARAMS.some((k) => sp[k] !== undefined);
  let page;
  try {
    const g = await viewerForPage('scenario:read', '/scenario');
    if (!g.allowed) throw new ForbiddenError();
    const [options, saved] = await Promise.all([getScenarioOptions(g.viewer), listScenarios(g.viewer)]);
    page = { viewer: g.viewer, options, saved };
  } catch (e) {
    return (
      <>
        <h1>{t.title}</h1>
        <DataErrorNotice error={e} />
      </>
    );
  }
  const { viewer, options, saved } = page;
  let view: ScenarioView | null = null;
  let error: unknown = null;
  if (asked)
    try {
      view = await runScenarioFromSearch(viewer, sp);
    } catch (e) {
      error = e;
    }
  const canWrite = can(viewer, 'scenario:write');
  return (
    <>
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      {can(viewer, 'network:read') ? (
        <p>
          <Link href="/scenario/afhankelijkheden">{t.dependenciesLink}</Link>
        </p>
      ) : null}
      <ScenarioForm options={options} initial={view?.input ?? null} m={t} />
      <div data-testid="scenario-result">
        {error ? <DataErrorNotice error={error} /> : null}
        {!asked ? <p className="notice">{t.chooseHint}</p> : null}
        {view ? (
          <>
            <ScenarioSummary view={view} m={t} locale={locale} />
            <ScenarioOrganisations view={view} m={t} />
            {view.level === 'full' ? (
              <ScenarioDetails view={view} m={t} gapsM={m.gaps} statusM={m.explorer} locale={locale} />
            ) : (
              <p className="notice" data-testid="scenario-figures-only">
                {t.figuresOnly}
              </p>
            )}
            {canWrite ? <SaveScenarioForm scenario={view.input} m={t} lang={locale} /> : null}
          </>
        ) : null}
      </div>
      <SavedScenarios
        saved={saved}
        canWrite={canWrite}
        showWho={can(viewer, 'network:read')}
        m={t}
        locale={locale}
      />
    </>
  );
}
