'use client';

import { useState } from 'react';
import { fmt } from '@/lib/i18n/define';
import type { Messages } from '@/lib/i18n';

/** Creates a single-use survey link for one task and shows it once (only its hash is stored). */
export function InviteButton({
  m,
  roundId,
  taskId,
  person,
}: {
  m: Messages['survey'];
  roundId: string;
  taskId: string;
  person: string;
}) {
  const [text, setText] = useState('');
  async function create() {
    const res = await fetch(`/api/enquetes/${encodeURIComponent(roundId)}/uitnodiging`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ taskId }),
    }).catch(() => null);
    const body = (await res?.json().catch(() => null)) as {
      path?: string;
      error?: { message?: string };
    } | null;
    setText(
      res?.ok && body?.path
        ? fmt(m.inviteLink, { url: `${window.location.origin}${body.path}` })
        : (body?.error?.message ?? String(res?.status ?? 'netwerk / network')),
    );
  }
  return (
    <>
      <button
        type="button"
        className="button secondary"
        onClick={() => void create()}
        aria-label={`${m.invite}: ${person}`}
        title={m.inviteHint}
      >
        {m.invite}
      </button>
      <span role="status" aria-live="polite">
        {text ? <code>{text}</code> : null}
      </span>
    </>
  );
}
