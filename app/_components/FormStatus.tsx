import type { ReactNode } from 'react';

/**
 * The two lines under a form: a polite live region for progress and success (read out without
 * moving focus) and an alert for a refusal, so every form announces the same way.
 */
export function FormStatus({
  status,
  error,
  testId,
}: {
  /** What is happening or what came of it; null for nothing. */
  status: ReactNode;
  /** The refusal or failure text; empty for none. */
  error: string;
  testId?: string;
}) {
  return (
    <>
      <div role="status" aria-live="polite" data-testid={testId}>
        {status}
      </div>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </>
  );
}
