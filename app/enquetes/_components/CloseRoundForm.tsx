'use client';

import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { FormStatus } from '@/app/_components/FormStatus';
import { sendJson } from '@/app/_components/send-json';
import type { Messages } from '@/lib/i18n';

/** Closes the round after a confirmation; from then on its answers count in the analysis. */
export function CloseRoundForm({
  m,
  roundId,
  version,
}: {
  m: Messages['survey'];
  roundId: string;
  version: number;
}) {
  const router = useRouter();
  const id = useId();
  const [sure, setSure] = useState(false);
  const [state, setState] = useState<{ kind: 'idle' | 'busy' | 'error'; text: string }>({
    kind: 'idle',
    text: '',
  });

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setState({ kind: 'busy', text: '' });
    const sent = await sendJson(`/api/enquetes/${encodeURIComponent(roundId)}/sluiten`, {
      expectedVersion: version,
    });
    if (!sent.ok) {
      setState({ kind: 'error', text: sent.message });
      return;
    }
    setState({ kind: 'idle', text: '' });
    router.refresh();
  }

  return (
    <form onSubmit={submit} aria-busy={state.kind === 'busy'} data-testid="close-round">
      <p>
        <input id={id} type="checkbox" checked={sure} onChange={(e) => setSure(e.target.checked)} />{' '}
        <label htmlFor={id}>{m.closeConfirm}</label>
      </p>
      <button className="button" type="submit" disabled={!sure || state.kind === 'busy'}>
        {m.close}
      </button>
      <FormStatus
        status={state.kind === 'busy' ? <p>{m.saving}</p> : null}
        error={state.kind === 'error' ? state.text : ''}
      />
    </form>
  );
}
