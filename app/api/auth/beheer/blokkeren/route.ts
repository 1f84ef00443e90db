import { field, formRoute } from '@/lib/auth/form-route';
import { setDisabled } from '@/lib/dal/users';

// Block or unblock an account; a blocked account's sessions stop at once.
export const POST = formRoute(
  async (form, { viewer, ip }) => {
    const disabled = field(form, 'disabled') === 'true';
    await setDisabled(viewer, field(form, 'userId'), disabled, ip);
    const text = disabled
      ? {
          nl: 'Account geblokkeerd; alle sessies zijn beëindigd.',
          en: 'Account blocked; all sessions ended.',
        }
      : { nl: 'Account gedeblokkeerd.', en: 'Account unblocked.' };
    return { to: '/beheer/gebruikers', flash: { kind: 'ok', text } };
  },
  () => '/beheer/gebruikers',
);
