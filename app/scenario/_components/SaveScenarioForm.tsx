'use client';

import { useRouter } from 'next/navigation';
import { useId, useState, useTransition } from 'react';
import type { ScenarioInputData } from '@/lib/domain/scenario';
import { fmt } from '@/lib/i18n/define';
import type { Messages } from '@/lib/i18n';
import { sendJson } from '@/app/_components/send-json';

/** Saves the scenario on screen under a name (projectteam, regisseur; checked again in lib/dal). */
export function SaveScenarioForm({
  scenario,
  m,
  lang,
}: {
  scenario: ScenarioInputData;
  m: Messages['scenario'];
  lang: 'nl' | 'en';
}) {
  const router = useRouter();
  const id = useId();
  const [name, setName] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [, startTransition] = useTransition();

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setMessage(null);
    const r = await sendJson<{ name?: string }>('/api/scenario/opgeslagen', { name, scenario }, { lang });
    setBusy(false);
    if (!r.ok) {
      setMessage({ ok: false, text: fmt(m.failed, { message: r.message }) });
      return;
    }
    setMessage({ ok: true, text: fmt(m.savedAs, { name: String(r.data.name ?? name) }) });
    setName('');
    startTransition(() => router.refresh());
  }

  return (
    <form onSubmit={submit} aria-labelledby={`${id}-t`} aria-busy={busy} data-testid="scenario-save">
      <h3 id={`${id}-t`}>{m.saveTitle}</h3>
      <label htmlFor={`${id}-n`}>{m.saveName}</label>{' '}
      <input
        id={`${id}-n`}
        value={name}
        onChange={(e) => setName(e.target.value)}
        maxLength={120}
        required
        autoComplete="off"
      />{' '}
      <button className="button" type="submit" disabled={busy}>
        {busy ? m.saving : m.save}
      </button>
      <div role="status" aria-live="polite">
        {message ? <p className={message.ok ? 'notice' : 'field-error'}>{message.text}</p> : null}
      </div>
    </form>
  );
}
