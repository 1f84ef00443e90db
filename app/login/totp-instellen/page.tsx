import { redirect } from 'next/navigation';
import { readFlash } from '@/lib/auth/flash';
import { viewerForPage } from '@/lib/auth/page-guard';
import { TOTP_REQUIRED } from '@/lib/auth/permissions';
import { currentSessionToken } from '@/lib/auth/session';
import { formatSecret, otpauthUri } from '@/lib/auth/totp';
import { generateTotpSecret, sessionTotpState } from '@/lib/auth/totp-step';
import { getMessages } from '@/lib/i18n';
import { DataErrorNotice } from '../../_components/DataErrorNotice';
import { FlashNotice } from '../../beheer/_components/FlashNotice';

export const dynamic = 'force-dynamic';

// Two-factor is offered to every signed-in account (and required for regisseur and projectteam).
export default async function TotpSetupPage() {
  const { locale, m } = await getMessages();
  let state;
  try {
    const { viewer } = await viewerForPage('aggregate:read', '/login/totp-instellen');
    if (!viewer.userId) redirect('/login?next=/login/totp-instellen');
    state = await sessionTotpState(await currentSessionToken());
  } catch (e) {
    return <DataErrorNotice error={e} />;
  }
  if (!state) return null;
  const flash = await readFlash();
  const required = TOTP_REQUIRED.includes(state.role);
  const secret = state.mode === 'verify' ? null : generateTotpSecret();
  return (
    <section className="narrow">
      <h1>{m.auth.totpSetupTitle}</h1>
      <FlashNotice flash={flash} locale={locale} />
      {secret === null ? (
        <>
          <p>{m.auth.totpSetupOn}</p>
          {required ? (
            <p>{m.auth.totpSetupRequired}</p>
          ) : (
            <form action="/api/auth/totp-instellen" method="post">
              <input type="hidden" name="action" value="off" />
              <button type="submit">{m.auth.totpDisable}</button>
            </form>
          )}
        </>
      ) : (
        <>
          <p>{m.auth.totpSetupOff}</p>
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
          <form action="/api/auth/totp-instellen" method="post" className="form">
            <input type="hidden" name="secret" value={secret} />
            <label htmlFor="totp-setup-code">{m.auth.totpCode}</label>
            <input
              id="totp-setup-code"
              name="code"
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={7}
              required
            />
            <button type="submit">{m.auth.totpEnable}</button>
          </form>
        </>
      )}
    </section>
  );
}
