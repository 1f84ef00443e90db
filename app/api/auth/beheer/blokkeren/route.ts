import { field, formRoute } from '@/lib/auth/form-route';
import { setDisabled } from '@/lib/dal/users';
import { accounts } from '@/lib/i18n/messages/accounts';
import { bilingual } from '@/lib/i18n/define';

// Block or unblock an account; a blocked account's sessions stop at once.
export const POST = formRoute(
  async (form, { viewer, ip }) => {
    const disabled = field(form, 'disabled') === 'true';
    await setDisabled(viewer, field(form, 'userId'), disabled, ip);
    const text = disabled ? bilingual(accounts, 'accountBlocked') : bilingual(accounts, 'accountUnblocked');
    return { to: '/beheer/gebruikers', flash: { kind: 'ok', text } };
  },
  () => '/beheer/gebruikers',
);
