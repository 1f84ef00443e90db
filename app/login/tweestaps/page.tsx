import { redirect } from 'next/navigation';
import { readFlash } from '@/lib/auth/flash';
import { safePath } from '@/lib/auth/form-route';
import { currentSessionToken } from '@/lib/auth/session';
import { generateTotpSecret, sessionTotpState } from '@/lib/auth/totp-step';
import { formatSecret, otpauthUri } from '@/lib/auth/totp';
import { getMessages } from '@/lib/i18n';
import { DataErrorNotice } from '../../_components/DataErrorNotice';
import { FlashNotice } from '../../beheer/_components/FlashNotice';

export const dynamic = 'force-dynamic';

// Second step of signing in. Enrolment (a required role without a secret yet) shows a fresh
// secret as text and as an otpauth:// link; the form sends it back with the confirming code.
export default async function TotpStepPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { locale, m } = await getMessages();
  const next = safePath((await searchParams).next);
  let state;
  try {
    state = await sessionTotpState(await currentSessionToken());
  } catch (e) {
    return <DataErrorNotice error={e} />;
  }
  if (!state) redirect(`/login?next=${encodeURIComponent(next)}`);
  if (state.mfaPassed || state.mode === 'none') redirect(next);
  const flash = await readFlash();
  const secret = state.mode === 'enrol' ? generateTotpSecret() : null;
  return (
    <section className="narrow">
      <h1>{secret ? m.auth.totpEnrolTitle : m.auth.totpTitle}</h1>
      <FlashNotice flash={flash} locale={locale} />
      {secret ? (
        <>
          <p>{m.auth.totpEnrolIntro}</p>
          <dl>
            <dt>{m.auth.totpSecret}</dt>
            <dd>
              <code data-testid="totp-secret">{formatSecret(secret)}</code>
            </dd>
            <dt>{m.auth.totpUri}</dt>
            <dd>
              <code style={{ wordBreak: 'break-all' }}>{otpauthUri(secret, state.email)}</code>
            </dd>
          </dl>
        </>
      ) : (
        <p>{m.auth.totpIntro}</p>
      )}
      <form action="/api/auth/totp" method="post" className="form">
        <input type="hidden" name="next" value={next} />
        {secret ? <input type="hidden" name="secret" value={secret} /> : null}
        <label htmlFor="totp-code">{m.auth.totpCode}</label>
        <input
          id="totp-code"
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9 ]{6,7}"
          maxLength={7}
          required
          autoFocus
        />
        <button type="submit">{m.auth.totpSubmit}</button>
      </form>
    </section>
  );
}
