import { field, formRoute } from '@/lib/auth/form-route';
import { resetPassword } from '@/lib/dal/users';
import { accounts } from '@/lib/i18n/messages/accounts';
import { bilingual } from '@/lib/i18n/define';

// Password reset by the regisseur: the old password and sessions stop; a fresh invitation link.
export const POST = formRoute(
  async (form, { viewer, ip }) => {
    const { token } = await resetPassword(
      viewer,
      field(form, 'userId'),
      { resetTotp: field(form, 'resetTotp') === 'on' },
      ip,
    );
    return {
      to: '/beheer/gebruikers',
      flash: {
        kind: 'ok',
        text: bilingual(accounts, 'passwordCleared'),
        link: `/uitnodiging/${token}`,
      },
    };
  },
  () => '/beheer/gebruikers',
);
