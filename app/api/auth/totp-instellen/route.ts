import { field, formRoute } from '@/lib/auth/form-route';
import { currentSessionToken } from '@/lib/auth/session';
import { disableOwnTotp, passTotpStep } from '@/lib/auth/totp-step';
import { ForbiddenError, UnauthenticatedError, ValidationError } from '@/lib/errors';

// Two-factor for any signed-in account: turn on (secret + confirming code) or off (when the role
// does not require it).
export const POST = formRoute(
  async (form, { viewer, ip }) => {
    if (!viewer.userId) throw new UnauthenticatedError();
    if (field(form, 'action') === 'off') {
      if (!(await disableOwnTotp(viewer.userId, viewer.role, ip)))
        throw new ForbiddenError({
          nl: 'Voor uw rol is tweestapsverificatie verplicht.',
          en: 'Two-step verification is required for your role.',
        });
      return {
        to: '/login/totp-instellen',
        flash: {
          kind: 'ok',
          text: { nl: 'Tweestapsverificatie staat uit.', en: 'Two-step verification is off.' },
        },
      };
    }
    const r = await passTotpStep(await currentSessionToken(), field(form, 'code'), ip, {
      enrolSecret: field(form, 'secret'),
    });
    if (r.status !== 'ok')
      throw new ValidationError({
        nl: 'Deze code klopt niet; controleer de sleutel in uw app en probeer het opnieuw.',
        en: 'This code is wrong; check the key in your app and try again.',
      });
    return {
      to: '/login/totp-instellen',
      flash: {
        kind: 'ok',
        text: { nl: 'Tweestapsverificatie staat aan.', en: 'Two-step verification is on.' },
      },
    };
  },
  () => '/login/totp-instellen',
);
