import { readFlash } from '@/lib/auth/flash';
import { getInvitation } from '@/lib/dal/users';
import { fmt, getMessages } from '@/lib/i18n';
import { DataErrorNotice } from '../../_components/DataErrorNotice';
import { FlashNotice } from '../../beheer/_components/FlashNotice';

export const dynamic = 'force-dynamic';

// The invitation (or password-reset) link: single use, expiring; sets the account's password.
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { locale, m } = await getMessages();
  const { token } = await params;
  let invitation;
  try {
    invitation = await getInvitation(token);
  } catch (e) {
    return <DataErrorNotice error={e} />;
  }
  const flash = await readFlash();
  return (
    <section className="narrow">
      <h1>{m.auth.inviteTitle}</h1>
      <FlashNotice flash={flash} locale={locale} />
      {invitation ? (
        <>
          <p>{fmt(m.auth.inviteIntro, { name: invitation.name, email: invitation.email })}</p>
          <form action="/api/auth/uitnodiging" method="post" className="form">
            <input type="hidden" name="token" value={token} />
            <input type="hidden" name="username" autoComplete="username" value={invitation.email} />
            <label htmlFor="invite-password">{m.auth.newPassword}</label>
            <input
              id="invite-password"
              name="password"
              type="password"
              autoComplete="new-password"
              minLength={8}
              maxLength={256}
              required
              aria-describedby="invite-hint"
            />
            <p id="invite-hint" className="hint">
              {m.auth.passwordHint}
            </p>
            <label htmlFor="invite-confirm">{m.auth.confirmPassword}</label>
            <input
              id="invite-confirm"
              name="confirm"
              type="password"
              autoComplete="new-password"
              minLength={8}
              maxLength={256}
              required
            />
            <button type="submit">{m.auth.setPassword}</button>
          </form>
        </>
      ) : (
        <p className="alert" role="alert" data-testid="invitation-invalid">
          {m.auth.inviteInvalid}
        </p>
      )}
    </section>
  );
}
