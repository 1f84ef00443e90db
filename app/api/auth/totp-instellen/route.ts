import { field, formRoute } from '@/lib/auth/form-route';
import { currentSessionToken } from '@/lib/auth/session';
import { disableOwnTotp, passTotpStep } from '@/lib/auth/totp-step';
import { ForbiddenError, UnauthenticatedError, ValidationError } from '@/lib/errors';
import { accounts } from '@/lib/i18n/messages/accounts';
import { bilingual } from '@/lib/i18n/define';

// Two-factor for any signed-in account: turn on (secret + confirming code) or off (when the role
// does not require it).
export const POST = formRoute(
  async (form, { viewer, ip }) => {
    if (!viewer.userId) throw new UnauthenticatedError();
    if (field(form, 'action') === 'off') {
      if (!(await disableOwnTotp(viewer.userId, viewer.role, ip)))
        throw new ForbiddenError(bilingual(accounts, 'totpRequired'));
      return {
        to: '/login/totp-instellen',
        flash: {
          kind: 'ok',
          text: bilingual(accounts, 'totpOff'),
        },
      };
    }
    const r = await passTotpStep(await currentSessionToken(), field(form, 'code'), ip, {
      enrolSecret: field(form, 'secret'),
    });
    if (r.status !== 'ok') throw new ValidationError(bilingual(accounts, 'totpSetupWrongCode'));
    return {
      to: '/login/totp-instellen',
      flash: {
        kind: 'ok',
        text: bilingual(accounts, 'totpOn'),
      },
    };
  },
  () => '/login/totp-instellen',
);
