import { DataErrorNotice } from '@/app/_components/DataErrorNotice';
import { PUBLIC_VIEWER } from '@/lib/auth/viewer';
import { taskIdForToken } from '@/lib/dal/survey';
import { getMessages } from '@/lib/i18n';
import { SurveyFormPage } from '../../_components/SurveyFormPage';

export const dynamic = 'force-dynamic';

// /enquetes/link/<token>: the survey for someone without an account. The link serves its one task
// until that task is submitted; only the token's hash is stored.
export default async function SurveyLinkPage({ params }: { params: Promise<{ token: string }> }) {
  const token = (await params).token.slice(0, 200);
  const { m } = await getMessages();
  let taskId: string | null;
  try {
    taskId = await taskIdForToken(token);
  } catch (e) {
    return <DataErrorNotice error={e} />;
  }
  if (!taskId)
    return (
      <>
        <h1>{m.survey.title}</h1>
        <p className="notice" role="status" data-testid="survey-link-invalid">
          {m.survey.invitationInvalid}
        </p>
      </>
    );
  return <SurveyFormPage access={{ viewer: PUBLIC_VIEWER, token }} taskId={taskId} />;
}
