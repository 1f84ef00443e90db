import type { UserListRow } from '@/lib/dal/users';
import { ACCOUNT_ROLES } from '@/lib/domain/enums';
import type { Messages } from '@/lib/i18n';

type Role = (typeof ACCOUNT_ROLES)[number];

/** One account with its actions, each a small form posting to a route handler. */
export function UserRow({
  user: u,
  self,
  m,
  roleLabel,
}: {
  user: UserListRow;
  self: boolean;
  m: Messages;
  roleLabel: (r: Role) => string;
}) {
  const status = u.disabled ? m.auth.blocked : u.hasPassword ? m.auth.active : m.auth.invited;
  return (
    <tr data-testid={`user-${u.email}`}>
      <td>
        {u.name}
        {u.personName ? <small> ({u.personName})</small> : null}
      </td>
      <td>{u.email}</td>
      <td>{u.role === 'publiek' ? u.role : roleLabel(u.role)}</td>
      <td>{status}</td>
      <td>{u.totpEnabled ? m.auth.yes : m.auth.no}</td>
      <td>{u.lastLoginAt ? u.lastLoginAt.slice(0, 16).replace('T', ' ') : '—'}</td>
      <td>
        {self ? null : (
          <div className="actions">
            <form action="/api/auth/beheer/rol" method="post">
              <input type="hidden" name="userId" value={u.userId} />
              <label htmlFor={`role-${u.userId}`} className="visually-hidden">
                {m.auth.changeRole}
              </label>
              <select id={`role-${u.userId}`} name="role" defaultValue={u.role}>
                {ACCOUNT_ROLES.map((r) => (
                  <option key={r} value={r}>
                    {roleLabel(r)}
                  </option>
                ))}
              </select>
              <button type="submit">{m.auth.changeRole}</button>
            </form>
            <form action="/api/auth/beheer/blokkeren" method="post">
              <input type="hidden" name="userId" value={u.userId} />
              <input type="hidden" name="disabled" value={u.disabled ? 'false' : 'true'} />
              <button type="submit">{u.disabled ? m.auth.unblock : m.auth.block}</button>
            </form>
            <form action="/api/auth/beheer/wachtwoord-reset" method="post">
              <input type="hidden" name="userId" value={u.userId} />
              <label>
                <input type="checkbox" name="resetTotp" /> {m.auth.resetTotp}
              </label>
              <button type="submit">{m.auth.resetPassword}</button>
            </form>
          </div>
        )}
      </td>
    </tr>
  );
}
