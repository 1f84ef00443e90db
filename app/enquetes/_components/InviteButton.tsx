'use client';

import { useState } from 'react';
import { fmt } from '@/lib/i18n/define';
import { sendJson } from '@/app/_components/send-json';
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
    const sent = await sendJson<{ path?: string }>(
      `/api/enquetes/${encodeURIComponent(roundId)}/uitnodiging`,
      { taskId },
    );
    setText(
      sent.ok ? fmt(m.inviteLink, { url: `${window.location.origin}${sent.data.path ?? ''}` }) : sent.message,
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
