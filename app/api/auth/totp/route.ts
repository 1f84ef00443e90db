import { field, formRoute, safePath } from '@/lib/auth/form-route';
import { currentSessionToken } from '@/lib/auth/session';
import { passTotpStep } from '@/lib/auth/totp-step';
import { RateLimitedError, UnauthenticatedError, ValidationError } from '@/lib/errors';

// Step two of signing in: the TOTP code (and, when enrolling, the secret it confirms).
export const POST = formRoute(
  async (form, { ip }) => {
    const next = safePath(field(form, 'next'));
    const secret = field(form, 'secret');
    const r = await passTotpStep(
      await currentSessionToken(),
      field(form, 'code'),
      ip,
      secret ? { enrolSecret: secret } : {},
    );
    if (r.status === 'no-session')
      throw new UnauthenticatedError({
        nl: 'Uw sessie is verlopen; log opnieuw in.',
        en: 'Your session expired; please sign in again.',
      });
    if (r.status === 'rate-limited')
      throw new RateLimitedError({
        nl: 'Te veel onjuiste codes. Wacht een minuut.',
        en: 'Too many wrong codes. Wait a minute.',
      });
    if (r.status === 'invalid')
      throw new ValidationError({
        nl: 'Deze code klopt niet (of is al gebruikt). Probeer de volgende code.',
        en: 'This code is wrong (or was used already). Try the next code.',
      });
    return { to: next };
  },
  (form) => `/login/tweestaps?next=${encodeURIComponent(safePath(form ? field(form, 'next') : '/'))}`,
);
