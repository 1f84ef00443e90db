import { readFlash } from '@/lib/auth/flash';
import { getMessages } from '@/lib/i18n';
import { FlashNotice } from '../beheer/_components/FlashNotice';

export const dynamic = 'force-dynamic';

// The public membership application; the project team decides (see /beheer/aanvragen).
export default async function MembershipPage() {
  const { locale, m } = await getMessages();
  const flash = await readFlash();
  return (
    <section className="narrow">
      <h1>{m.auth.memberTitle}</h1>
      <FlashNotice flash={flash} locale={locale} />
      <p>{m.auth.memberIntro}</p>
      <form action="/api/auth/lid-worden" method="post" className="form">
        <label htmlFor="lid-name">{m.auth.memberName}</label>
        <input id="lid-name" name="name" autoComplete="name" required minLength={2} maxLength={200} />
        <label htmlFor="lid-email">{m.auth.memberEmail}</label>
        <input id="lid-email" name="email" type="email" autoComplete="email" required maxLength={320} />
        <label htmlFor="lid-org">{m.auth.memberOrganisation}</label>
        <input
          id="lid-org"
          name="organisationName"
          autoComplete="organization"
          required
          minLength={2}
          maxLength={200}
        />
        <label htmlFor="lid-motivation">{m.auth.memberMotivation}</label>
        <textarea id="lid-motivation" name="motivation" rows={6} required minLength={10} maxLength={4000} />
        <p className="hint">{m.auth.memberPrivacy}</p>
        <button type="submit">{m.auth.memberSubmit}</button>
      </form>
    </section>
  );
}
