import { DataErrorNotice } from '@/app/_components/DataErrorNotice';
import { formatDate } from '@/lib/analysis/dates';
import { getSurveyForm, type SurveyAccess } from '@/lib/dal/survey';
import { fmt, getMessages } from '@/lib/i18n';
import { SurveyForm } from './SurveyForm';

/** The form of one task, for a signed-in respondent or a link holder (the dal checks which task they may answer). */
export async function SurveyFormPage({ access, taskId }: { access: SurveyAccess; taskId: string }) {
  const { locale, m } = await getMessages();
  const t = m.survey;
  let form;
  try {
    form = await getSurveyForm(access, taskId);
  } catch (e) {
    return (
      <>
        <h1>{t.title}</h1>
        <DataErrorNotice error={e} />
      </>
    );
  }
  const { task } = form;
  const today = new Date().toISOString().slice(0, 10);
  return (
    <>
      <h1>{fmt(t.formTitle, { title: task.title })}</h1>
      <p className="lead">
        {fmt(t.formPeriod, {
          from: formatDate(task.periodFrom, locale),
          to: formatDate(task.periodTo, locale),
        })}
      </p>
      {task.roundStatus !== 'open' ? (
        <p className="notice" role="status">
          {t.closedRound}
        </p>
      ) : task.opensAt > today ? (
        <p className="notice" role="status">
          {fmt(t.notOpenYet, { date: formatDate(task.opensAt, locale) })}
        </p>
      ) : (
        <SurveyForm
          m={t}
          locale={locale}
          taskId={task.id}
          version={task.version}
          submitted={task.status === 'ingediend'}
          token={access.token ?? null}
          draft={form.draft}
          questions={form.questions}
          organisations={form.organisations}
          expectedPartners={form.expectedPartners}
        />
      )}
    </>
  );
}
