import { field, formRoute } from '@/lib/auth/form-route';
import { acceptInvitation } from '@/lib/dal/users';
import { accounts } from '@/lib/i18n/messages/accounts';
import { bilingual } from '@/lib/i18n/define';

// Accepting an invitation (or a password reset): the link's token and the new password, once.
export const POST = formRoute(
  async (form, { ip }) => {
    await acceptInvitation(
      { token: field(form, 'token'), password: field(form, 'password'), confirm: field(form, 'confirm') },
      ip,
    );
    return {
      to: '/login',
      flash: {
        kind: 'ok',
        text: bilingual(accounts, 'passwordSet'),
      },
    };
  },
  (form) => `/uitnodiging/${encodeURIComponent(form ? field(form, 'token') : '')}`,
);
