import type { Viewer } from '@/lib/auth/viewer';
import { getLastChange, type EditEntity } from '@/lib/dal/editing';
import type { Messages } from '@/lib/i18n';
import { fmt } from '@/lib/i18n/define';

/**
 * "Last changed by … on …", from the audit trail. An auxiliary line: if it cannot be read (for
 * example the database is briefly unavailable) the page still renders without it.
 */
export async function LastChange({
  viewer,
  entity,
  id,
  t,
}: {
  viewer: Viewer;
  entity: EditEntity;
  id: string;
  t: Messages['editing'];
}) {
  const last = await getLastChange(viewer, entity, id).catch(() => undefined);
  if (last === undefined) return null;
  return (
    <p className="lead" data-testid="last-change">
      {last
        ? fmt(t.lastChange, {
            who: last.actorName,
            role: last.actorRole ?? '',
            at: last.at.slice(0, 16).replace('T', ' '),
          })
        : t.noChangeYet}
    </p>
  );
}
