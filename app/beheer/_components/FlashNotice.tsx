import type { Flash } from '@/lib/auth/flash';
import type { Locale } from '@/lib/i18n';

/** The message a form left behind; an invitation link is shown once, selectable as text. */
export function FlashNotice({ flash, locale }: { flash: Flash | null; locale: Locale }) {
  if (!flash) return null;
  const other = locale === 'nl' ? 'en' : 'nl';
  return (
    <div
      className={flash.kind === 'error' ? 'alert' : 'notice'}
      role={flash.kind === 'error' ? 'alert' : 'status'}
      data-testid={`flash-${flash.kind}`}
      data-code={flash.code}
    >
      <p>
        <strong>{flash.text[locale]}</strong>
      </p>
      <p lang={other}>{flash.text[other]}</p>
      {flash.link ? <FlashLink path={flash.link} /> : null}
    </div>
  );
}

function FlashLink({ path }: { path: string }) {
  return (
    <p>
      <code data-testid="flash-link" style={{ userSelect: 'all', wordBreak: 'break-all' }}>
        {path}
      </code>
    </p>
  );
}
