import { field, formRoute, safePath } from '@/lib/auth/form-route';
import { signInWithPassword } from '@/lib/auth/login';
import { cookieOptions, SESSION_COOKIE } from '@/lib/auth/session';
import { RateLimitedError, UnauthenticatedError } from '@/lib/errors';
import { accounts } from '@/lib/i18n/messages/accounts';
import { bilingual } from '@/lib/i18n/define';

// Step one of signing in. The same answer for an unknown account and a wrong password.
export const POST = formRoute(
  async (form, { ip }) => {
    const next = safePath(field(form, 'next'));
    const result = await signInWithPassword({
      email: field(form, 'email'),
      password: field(form, 'password'),
      ip,
    });
    if (result.status === 'rate-limited') throw new RateLimitedError(bilingual(accounts, 'tooManyLogins'));
    if (result.status === 'invalid') throw new UnauthenticatedError(bilingual(accounts, 'badCredentials'));
    const cookie = { name: SESSION_COOKIE, value: result.token, ...cookieOptions(result.expires) };
    const to = result.totpStep === 'none' ? next : `/login/tweestaps?next=${encodeURIComponent(next)}`;
    return { to, cookies: [cookie] };
  },
  (form) => `/login?next=${encodeURIComponent(safePath(form ? field(form, 'next') : '/'))}`,
);
