import { field, formRoute } from '@/lib/auth/form-route';
import { inviteUser, type InviteInput } from '@/lib/dal/users';
import { accounts } from '@/lib/i18n/messages/accounts';
import { bilingual } from '@/lib/i18n/define';

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
        text: bilingual(accounts, 'invitationCreated', { email: field(form, 'email') }),
        link: `/uitnodiging/${token}`,
      },
    };
  },
  () => '/beheer/gebruikers',
);
