import Link from 'next/link';
import { DataErrorNotice } from '@/app/_components/DataErrorNotice';
import { viewerForPage } from '@/lib/auth/page-guard';
import { can } from '@/lib/auth/permissions';
import { surveyTaskId } from '@/lib/domain/survey';
import { ForbiddenError } from '@/lib/errors';
import { getMessages } from '@/lib/i18n';
import { SurveyFormPage } from '../_components/SurveyFormPage';

export const dynamic = 'force-dynamic';

// /enquetes/<round>: the signed-in person's own task in that round (the form with its draft).
export default async function SurveyRoundPage({ params }: { params: Promise<{ id: string }> }) {
  const roundId = decodeURIComponent((await params).id).slice(0, 120);
  const { m } = await getMessages();
  let viewer;
  try {
    const g = await viewerForPage('survey:respond', `/enquetes/${encodeURIComponent(roundId)}`);
    if (!g.allowed) return <DataErrorNotice error={new ForbiddenError()} />;
    viewer = g.viewer;
  } catch (e) {
    return <DataErrorNotice error={e} />;
  }
  if (!viewer.personId)
    return (
      <>
        <h1>{m.survey.title}</h1>
        <p className="notice">{m.survey.myTasksEmpty}</p>
        {can(viewer, 'survey:results') ? (
          <p>
            <Link href={`/enquetes/${encodeURIComponent(roundId)}/volgen`}>{m.survey.details}</Link>
          </p>
        ) : null}
      </>
    );
  return <SurveyFormPage access={{ viewer }} taskId={surveyTaskId(roundId, viewer.personId)} />;
}
