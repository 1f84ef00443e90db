import Link from 'next/link';
import { cookies } from 'next/headers';
import { readFlash } from '@/lib/auth/flash';
import { safePath } from '@/lib/auth/form-route';
import { getViewer, SESSION_COOKIE } from '@/lib/auth/session';
import { sessionTotpState } from '@/lib/auth/totp-step';
import { fmt, getMessages } from '@/lib/i18n';
import { DataErrorNotice } from '../_components/DataErrorNotice';
import { FlashNotice } from '../beheer/_components/FlashNotice';

export const dynamic = 'force-dynamic';

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { locale, m } = await getMessages();
  const next = safePath((await searchParams).next);
  const flash = await readFlash();
  let signedInAs: string | null = null;
  let pending = false;
  try {
    const viewer = await getViewer();
    signedInAs = viewer.userId ? viewer.name : null;
    if (!signedInAs) {
      const state = await sessionTotpState((await cookies()).get(SESSION_COOKIE)?.value);
      pending = state !== null && !state.mfaPassed && state.mode !== 'none';
    }
  } catch (e) {
    return <DataErrorNotice error={e} />;
  }
  return (
    <section className="narrow">
      <h1>{m.auth.loginTitle}</h1>
      <FlashNotice flash={flash} locale={locale} />
      {signedInAs ? <p>{fmt(m.auth.alreadySignedIn, { name: signedInAs })}</p> : null}
      {pending ? (
        <p>
          {m.auth.pendingTotp}{' '}
          <Link href={`/login/tweestaps?next=${encodeURIComponent(next)}`}>{m.auth.continueTotp}</Link>
        </p>
      ) : null}
      <p>{m.auth.loginIntro}</p>
      <form action="/api/auth/login" method="post" className="form">
        <input type="hidden" name="next" value={next} />
        <label htmlFor="login-email">{m.auth.email}</label>
        <input id="login-email" name="email" type="email" autoComplete="username" required maxLength={320} />
        <label htmlFor="login-password">{m.auth.password}</label>
        <input
          id="login-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          maxLength={1024}
        />
        <button type="submit">{m.auth.loginSubmit}</button>
      </form>
      <p>
        <Link href="/lid-worden">{m.auth.applyLink}</Link>
      </p>
    </section>
  );
}
