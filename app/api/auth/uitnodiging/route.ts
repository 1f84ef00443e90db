import { field, formRoute } from '@/lib/auth/form-route';
import { acceptInvitation } from '@/lib/dal/users';

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
        text: {
          nl: 'Uw wachtwoord is ingesteld. U kunt nu inloggen.',
          en: 'Your password is set. You can sign in now.',
        },
      },
    };
  },
  (form) => `/uitnodiging/${encodeURIComponent(form ? field(form, 'token') : '')}`,
);
