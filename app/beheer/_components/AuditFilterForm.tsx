import type { AuditFilter } from '@/lib/dal/audit';
import type { Messages } from '@/lib/i18n';

/** A GET form, so every filtered view has its own address. */
export function AuditFilterForm({
  filter,
  facets,
  m,
}: {
  filter: AuditFilter;
  facets: { actors: { id: string; name: string }[]; actions: string[]; entityTypes: string[] };
  m: Messages;
}) {
  return (
    <form method="get" action="/beheer/audit" className="form inline" aria-label={m.auth.auditFilter}>
      <label htmlFor="f-actor">{m.auth.auditActor}</label>
      <select id="f-actor" name="actorId" defaultValue={filter.actorId ?? ''}>
        <option value="">{m.auth.auditAny}</option>
        {facets.actors.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name}
          </option>
        ))}
      </select>
      <label htmlFor="f-action">{m.auth.auditAction}</label>
      <input id="f-action" name="action" list="f-actions" defaultValue={filter.action ?? ''} maxLength={80} />
      <datalist id="f-actions">
        {facets.actions.map((a) => (
          <option key={a} value={a} />
        ))}
      </datalist>
      <label htmlFor="f-type">{m.auth.auditEntityType}</label>
      <select id="f-type" name="entityType" defaultValue={filter.entityType ?? ''}>
        <option value="">{m.auth.auditAny}</option>
        {facets.entityTypes.map((t) => (
          <option key={t} value={t}>
            {t}
          </option>
        ))}
      </select>
      <label htmlFor="f-id">{m.auth.auditEntityId}</label>
      <input id="f-id" name="entityId" defaultValue={filter.entityId ?? ''} maxLength={200} />
      <label htmlFor="f-from">{m.auth.auditFrom}</label>
      <input id="f-from" name="from" type="date" defaultValue={filter.from ?? ''} />
      <label htmlFor="f-to">{m.auth.auditTo}</label>
      <input id="f-to" name="to" type="date" defaultValue={filter.to ?? ''} />
      <button type="submit">{m.auth.auditFilter}</button>
    </form>
  );
}
