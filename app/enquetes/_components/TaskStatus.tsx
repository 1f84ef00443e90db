import type { SurveyTaskStatus } from '@/lib/domain/survey';
import type { Messages } from '@/lib/i18n';

export function TaskStatus({ status, m }: { status: SurveyTaskStatus; m: Messages['survey'] }) {
  const label = status === 'ingediend' ? m.taskSubmitted : status === 'concept' ? m.taskDraft : m.taskOpen;
  return (
    <span className={`badge ${status === 'ingediend' ? 'laag' : status === 'concept' ? 'middel' : 'hoog'}`}>
      {label}
    </span>
  );
}
