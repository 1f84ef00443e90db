import { toAppError } from '@/lib/http/respond';

/** Shows a named error (503 database down, 403 refused, …) as a readable notice, Dutch first. */
export function DataErrorNotice({ error }: { error: unknown }) {
  const app = toAppError(error);
  if (!app) throw error;
  return (
    <div className="alert" role="alert" data-testid={`error-${app.code}`}>
      <p>
        <strong>{app.text.nl}</strong>
      </p>
      <p lang="en">{app.text.en}</p>
    </div>
  );
}
