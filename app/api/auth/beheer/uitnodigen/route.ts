import { field, formRoute } from '@/lib/auth/form-route';
import { inviteUser, type InviteInput } from '@/lib/dal/users';

// The regisseur invites someone: an account without password and a single-use, expiring link.
export const POST = formRoute(
  async (form, { viewer, ip }) => {
    const { token } = await inviteUser(
      viewer,
      {
        email: field(form, 'email'),
        name: field(form, 'name'),
        role: field(form, 'role') as InviteInput['role'],
        personId: field(form, 'personId') || null,
      },
      ip,
    );
    return {
      to: '/beheer/gebruikers',
      flash: {
        kind: 'ok',
        text: {
          nl: `Uitnodiging aangemaakt voor ${field(form, 'email')}. Stuur deze link (eenmalig, 7 dagen geldig):`,
          en: `Invitation created for ${field(form, 'email')}. Send this link (single use, valid 7 days):`,
        },
        link: `/uitnodiging/${token}`,
      },
    };
  },
  () => '/beheer/gebruikers',
);
