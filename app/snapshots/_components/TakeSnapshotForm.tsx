'use client';

import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import type { Messages } from '@/lib/i18n';

/** The regisseur's form: a note, then the figures are computed and frozen (shows progress meanwhile). */
export function TakeSnapshotForm({ m }: { m: Messages['snapshots'] }) {
  const router = useRouter();
  const noteId = useId();
  const [note, setNote] = useState('');
  const [state, setState] = useState<'idle' | 'busy' | 'done' | 'error'>('idle');
  const [error, setError] = useState('');

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setState('busy');
    setError('');
    const res = await fetch('/api/snapshots', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ note }),
    }).catch(() => null);
    if (!res || !res.ok) {
      const body = (await res?.json().catch(() => null)) as { error?: { message?: string } } | null;
      setError(body?.error?.message ?? String(res?.status ?? 'netwerk / network'));
      setState('error');
      return;
    }
    setNote('');
    setState('done');
    router.refresh();
  }

  return (
    <form onSubmit={submit} aria-busy={state === 'busy'} data-testid="take-snapshot">
      <label htmlFor={noteId}>{m.noteLabel}</label>
      <textarea
        id={noteId}
        value={note}
        maxLength={2000}
        rows={3}
        onChange={(e) => setNote(e.target.value)}
        aria-describedby={`${noteId}-help`}
      />
      <p id={`${noteId}-help`} className="hint">
        {m.noteHelp}
      </p>
      <button className="button" type="submit" disabled={state === 'busy'}>
        {m.take}
      </button>
      <div role="status" aria-live="polite">
        {state === 'busy' ? (
          <>
            <p>{m.taking}</p>
            <div className="progress" aria-hidden="true">
              <span style={{ width: '60%' }} />
            </div>
          </>
        ) : null}
        {state === 'done' ? <p>{m.taken}</p> : null}
      </div>
      {state === 'error' ? (
        <p className="field-error" role="alert">
          {m.failed.replace('{message}', error)}
        </p>
      ) : null}
    </form>
  );
}
