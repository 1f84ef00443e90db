import { field, formRoute, safePath } from '@/lib/auth/form-route';
import { signInWithPassword } from '@/lib/auth/login';
import { cookieOptions, SESSION_COOKIE } from '@/lib/auth/session';
import { RateLimitedError, UnauthenticatedError } from '@/lib/errors';

// Step one of signing in. The same answer for an unknown account and a wrong password.
export const POST = formRoute(
  async (form, { ip }) => {
    const next = safePath(field(form, 'next'));
    const result = await signInWithPassword({
      email: field(form, 'email'),
      password: field(form, 'password'),
      ip,
    });
    if (result.status === 'rate-limited')
      throw new RateLimitedError({
        nl: 'Te veel mislukte pogingen. Wacht een minuut en probeer het opnieuw.',
        en: 'Too many failed attempts. Wait a minute and try again.',
      });
    if (result.status === 'invalid')
      throw new UnauthenticatedError({
        nl: 'Onbekend e-mailadres of onjuist wachtwoord.',
        en: 'Unknown e-mail address or wrong password.',
      });
    const cookie = { name: SESSION_COOKIE, value: result.token, ...cookieOptions(result.expires) };
    const to = result.totpStep === 'none' ? next : `/login/tweestaps?next=${encodeURIComponent(next)}`;
    return { to, cookies: [cookie] };
  },
  (form) => `/login?next=${encodeURIComponent(safePath(form ? field(form, 'next') : '/'))}`,
);
