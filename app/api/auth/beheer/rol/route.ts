import { field, formRoute } from '@/lib/auth/form-route';
import { changeRole } from '@/lib/dal/users';

export const POST = formRoute(
  async (form, { viewer, ip }) => {
    await changeRole(viewer, field(form, 'userId'), field(form, 'role'), ip);
    return {
      to: '/beheer/gebruikers',
      flash: {
        kind: 'ok',
        text: {
          nl: 'Rol gewijzigd; de gebruiker logt opnieuw in.',
          en: 'Role changed; the user signs in again.',
        },
      },
    };
  },
  () => '/beheer/gebruikers',
);
