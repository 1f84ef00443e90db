'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { fmt } from '@/lib/i18n/define';
import type { Messages } from '@/lib/i18n';
import { sendJson } from '@/app/_components/send-json';

export function DeleteScenarioButton({
  id,
  name,
  m,
  lang,
}: {
  id: string;
  name: string;
  m: Messages['scenario'];
  lang: 'nl' | 'en';
}) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  async function remove() {
    setBusy(true);
    setError('');
    const r = await sendJson(
      `/api/scenario/opgeslagen/${encodeURIComponent(id)}`,
      {},
      { method: 'DELETE', lang },
    );
    setBusy(false);
    if (r.ok) router.refresh();
    else setError(fmt(m.failed, { message: r.message }));
  }
  return (
    <>
      <button
        type="button"
        className="linklike"
        onClick={remove}
        disabled={busy}
        aria-label={fmt(m.deleteLabel, { name })}
      >
        {busy ? m.deleting : m.delete}
      </button>
      {error ? (
        <span className="field-error" role="alert">
          {' '}
          {error}
        </span>
      ) : null}
    </>
  );
}
