import { field, formRoute } from '@/lib/auth/form-route';
import { getViewer } from '@/lib/auth/session';
import { setDisabled } from '@/lib/dal/users';

// Block or unblock an account; a blocked account's sessions stop at once.
export const POST = formRoute(
  async (form, { ip }) => {
    const disabled = field(form, 'disabled') === 'true';
    await setDisabled(await getViewer(), field(form, 'userId'), disabled, ip);
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
