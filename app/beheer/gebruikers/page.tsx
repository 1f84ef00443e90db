import { readFlash } from '@/lib/auth/flash';
import { viewerForPage } from '@/lib/auth/page-guard';
import { listUsers } from '@/lib/dal/users';
import { ACCOUNT_ROLES } from '@/lib/domain/enums';
import { ForbiddenError } from '@/lib/errors';
import { getMessages } from '@/lib/i18n';
import { DataErrorNotice } from '../../_components/DataErrorNotice';
import { FlashNotice } from '../_components/FlashNotice';
import { UserRow } from '../_components/UserRow';

export const dynamic = 'force-dynamic';

// Users and roles (regisseur): invite, change role, block, reset password.
export default async function UsersPage() {
  const { locale, m } = await getMessages();
  let users;
  let me: string | null = null;
  try {
    const g = await viewerForPage('users:manage', '/beheer/gebruikers');
    if (!g.allowed) return <DataErrorNotice error={new ForbiddenError()} />;
    me = g.viewer.userId;
    users = await listUsers(g.viewer);
  } catch (e) {
    return <DataErrorNotice error={e} />;
  }
  const flash = await readFlash();
  const roleLabel = (r: (typeof ACCOUNT_ROLES)[number]) => m.common[`roleLabel_${r}`];
  return (
    <>
      <h1>{m.auth.adminUsers}</h1>
      <FlashNotice flash={flash} locale={locale} />
      <h2>{m.auth.usersInvite}</h2>
      <form action="/api/auth/beheer/uitnodigen" method="post" className="form inline">
        <label htmlFor="inv-name">{m.auth.name}</label>
        <input id="inv-name" name="name" required maxLength={200} />
        <label htmlFor="inv-email">{m.auth.email}</label>
        <input id="inv-email" name="email" type="email" required maxLength={320} />
        <label htmlFor="inv-role">{m.auth.role}</label>
        <select id="inv-role" name="role" defaultValue="deelnemer">
          {ACCOUNT_ROLES.map((r) => (
            <option key={r} value={r}>
              {roleLabel(r)}
            </option>
          ))}
        </select>
        <label htmlFor="inv-person">{m.auth.personId}</label>
        <input id="inv-person" name="personId" maxLength={120} />
        <button type="submit">{m.auth.invite}</button>
      </form>
      <h2>{m.auth.adminUsers}</h2>
      <table className="data">
        <thead>
          <tr>
            <th scope="col">{m.auth.name}</th>
            <th scope="col">{m.auth.email}</th>
            <th scope="col">{m.auth.role}</th>
            <th scope="col">{m.auth.status}</th>
            <th scope="col">{m.auth.twoFactor}</th>
            <th scope="col">{m.auth.lastLogin}</th>
            <th scope="col">{m.auth.actions}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <UserRow key={u.userId} user={u} self={u.userId === me} m={m} roleLabel={roleLabel} />
          ))}
        </tbody>
      </table>
    </>
  );
}
