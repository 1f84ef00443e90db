import { recordAudit } from '@/lib/audit/record';
import { formRoute } from '@/lib/auth/form-route';
import { cookieOptions, currentSessionToken, revokeSession, SESSION_COOKIE } from '@/lib/auth/session';
import { accounts } from '@/lib/i18n/messages/accounts';
import { bilingual } from '@/lib/i18n/define';

// Sign-out: the session ends in Neo4j (the cookie alone would not be enough) and the cookie goes.
export const POST = formRoute(
  async (_form, { viewer, ip }) => {
    const token = await currentSessionToken();
    if (token) {
      await revokeSession(token);
      if (viewer.userId)
        await recordAudit(viewer, {
          action: 'logout',
          entityType: 'User',
          entityId: viewer.userId,
          ip,
        });
    }
    return {
      to: '/',
      flash: { kind: 'ok', text: bilingual(accounts, 'signedOut') },
      cookies: [{ name: SESSION_COOKIE, value: '', ...cookieOptions(new Date(0)) }],
    };
  },
  () => '/',
);
