import { field, formRoute, safePath } from '@/lib/auth/form-route';
import { currentSessionToken } from '@/lib/auth/session';
import { passTotpStep } from '@/lib/auth/totp-step';
import { RateLimitedError, UnauthenticatedError, ValidationError } from '@/lib/errors';
import { accounts } from '@/lib/i18n/messages/accounts';
import { bilingual } from '@/lib/i18n/define';

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
    if (r.status === 'no-session') throw new UnauthenticatedError(bilingual(accounts, 'sessionExpired'));
    if (r.status === 'rate-limited') throw new RateLimitedError(bilingual(accounts, 'tooManyCodes'));
    if (r.status === 'invalid') throw new ValidationError(bilingual(accounts, 'wrongCode'));
    return { to: next };
  },
  (form) => `/login/tweestaps?next=${encodeURIComponent(safePath(form ? field(form, 'next') : '/'))}`,
);
