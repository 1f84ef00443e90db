'use client';

import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import type { GapStatus } from '@/lib/domain/enums';
import type { Messages } from '@/lib/i18n';

/** Changes the status of one gap through POST /api/gaps/[id]/status; reloads the page data after. */
export function StatusForm({
  gapId,
  status,
  version,
  owner,
  due,
  allowed,
  defaultOwner,
  m,
  lang,
}: {
  gapId: string;
  status: GapStatus;
  version: number;
  owner: string | null;
  due: string | null;
  allowed: readonly GapStatus[];
  defaultOwner: string;
  m: Messages['gaps'];
  lang: 'nl' | 'en';
}) {
  const router = useRouter();
  const id = useId();
  const [next, setNext] = useState<GapStatus>(allowed[0] ?? status);
  const [state, setState] = useState<{ kind: 'idle' | 'saving' | 'saved' | 'error'; text?: string }>({
    kind: 'idle',
  });
  const submit = async (form: FormData) => {
    setState({ kind: 'saving' });
    const body = {
      status: next,
      expectedVersion: version,
      owner: String(form.get('owner') ?? '') || null,
      due: String(form.get('due') ?? '') || null,
      note: String(form.get('note') ?? '') || null,
      reason: String(form.get('reason') ?? '') || null,
    };
    const res = await fetch(`/api/gaps/${encodeURIComponent(gapId)}/status`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (res.ok) {
      setState({ kind: 'saved' });
      router.refresh();
      return;
    }
    const err = (await res.json().catch(() => null)) as { error?: { nl: string; en: string } } | null;
    setState({ kind: 'error', text: err?.error ? err.error[lang] : String(res.status) });
  };
  const needsOwner = next === 'in-behandeling';
  const needsReason = next === 'opgelost' || next === 'niet-van-toepassing';
  return (
    <form action={(fd) => void submit(fd)} aria-labelledby={`${id}-title`} data-testid="status-form">
      <h2 id={`${id}-title`}>{m.change}</h2>
      <p>
        <label htmlFor={`${id}-status`}>{m.status}</label>
        <br />
        <select
          id={`${id}-status`}
          name="status"
          value={next}
          onChange={(e) => setNext(e.target.value as GapStatus)}
        >
          {allowed.map((s) => (
            <option key={s} value={s}>
              {m[`st_${s}`]}
            </option>
          ))}
        </select>
      </p>
      <p>
        <label htmlFor={`${id}-owner`}>{m.owner}</label>
        <br />
        <input
          id={`${id}-owner`}
          name="owner"
          defaultValue={owner ?? defaultOwner}
          required={needsOwner}
          aria-describedby={`${id}-owner-hint`}
          maxLength={120}
        />
        <br />
        <small id={`${id}-owner-hint`}>{m.ownerHint}</small>
      </p>
      <p>
        <label htmlFor={`${id}-due`}>{m.due}</label>
        <br />
        <input id={`${id}-due`} name="due" type="date" defaultValue={due ?? ''} required={needsOwner} />
      </p>
      <p>
        <label htmlFor={`${id}-note`}>{m.note}</label>
        <br />
        <textarea id={`${id}-note`} name="note" rows={3} cols={50} maxLength={2000} />
      </p>
      <p>
        <label htmlFor={`${id}-reason`}>{m.reason}</label>
        <br />
        <textarea
          id={`${id}-reason`}
          name="reason"
          rows={2}
          cols={50}
          maxLength={2000}
          required={needsReason}
          aria-describedby={`${id}-reason-hint`}
        />
        <br />
        <small id={`${id}-reason-hint`}>{m.reasonHint}</small>
      </p>
      <p>
        <button type="submit" className="button" disabled={state.kind === 'saving'} data-testid="status-save">
          {state.kind === 'saving' ? m.saving : m.save}
        </button>
      </p>
      <p role="status" aria-live="polite" data-testid="status-result">
        {state.kind === 'saved' ? m.saved : ''}
      </p>
      {state.kind === 'error' && (
        <p className="field-error" role="alert" data-testid="status-error">
          {state.text}
        </p>
      )}
    </form>
  );
}
