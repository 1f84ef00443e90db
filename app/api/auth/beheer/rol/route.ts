import { field, formRoute } from '@/lib/auth/form-route';
import { getViewer } from '@/lib/auth/session';
import { changeRole } from '@/lib/dal/users';

export const POST = formRoute(
  async (form, { ip }) => {
    await changeRole(await getViewer(), field(form, 'userId'), field(form, 'role'), ip);
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
