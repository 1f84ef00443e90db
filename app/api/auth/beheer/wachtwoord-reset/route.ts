import { field, formRoute } from '@/lib/auth/form-route';
import { resetPassword } from '@/lib/dal/users';

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
        text: {
          nl: 'Wachtwoord gewist. Stuur deze link (eenmalig, 7 dagen geldig):',
          en: 'Password cleared. Send this link (single use, valid 7 days):',
        },
        link: `/uitnodiging/${token}`,
      },
    };
  },
  () => '/beheer/gebruikers',
);
