import { field, formRoute } from '@/lib/auth/form-route';
import { changeRole } from '@/lib/dal/users';
import { accounts } from '@/lib/i18n/messages/accounts';
import { bilingual } from '@/lib/i18n/define';

export const POST = formRoute(
  async (form, { viewer, ip }) => {
    await changeRole(viewer, field(form, 'userId'), field(form, 'role'), ip);
    return {
      to: '/beheer/gebruikers',
      flash: {
        kind: 'ok',
        text: bilingual(accounts, 'roleChanged'),
      },
    };
  },
  () => '/beheer/gebruikers',
);
