'use client';

import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import type { Messages } from '@/lib/i18n';
import { postJson } from './post';

/** Merges two blocker groups (POST /api/aanbevelingen/knelpunten/samenvoegen). */
export function MergeForm({
  groups,
  m,
  lang,
}: {
  groups: { id: string; label: string }[];
  m: Messages['recommendations'];
  lang: 'nl' | 'en';
}) {
  const router = useRouter();
  const uid = useId();
  const [state, setState] = useState<{ kind: 'idle' | 'saving' | 'saved' | 'error'; text?: string }>({
    kind: 'idle',
  });
  const submit = async (form: FormData) => {
    setState({ kind: 'saving' });
    const res = await postJson(
      '/api/aanbevelingen/knelpunten/samenvoegen',
      { a: String(form.get('a') ?? ''), b: String(form.get('b') ?? '') },
      lang,
    );
    if (!res.ok) return setState({ kind: 'error', text: res.text });
    setState({ kind: 'saved' });
    router.refresh();
  };
  const select = (name: 'a' | 'b', label: string) => (
    <p>
      <label htmlFor={`${uid}-${name}`}>{label}</label>
      <br />
      <select id={`${uid}-${name}`} name={name} required defaultValue="">
        <option value="">{m.choose}</option>
        {groups.map((g) => (
          <option key={g.id} value={g.id}>
            {g.label}
          </option>
        ))}
      </select>
    </p>
  );
  return (
    <form action={(fd) => void submit(fd)} aria-labelledby={`${uid}-title`} data-testid="merge-form">
      <h2 id={`${uid}-title`}>{m.mergeTitle}</h2>
      <p>{m.mergeIntro}</p>
      {select('a', m.mergeA)}
      {select('b', m.mergeB)}
      <p>
        <button type="submit" className="button" disabled={state.kind === 'saving'}>
          {state.kind === 'saving' ? m.saving : m.merge}
        </button>
      </p>
      <p role="status" aria-live="polite">
        {state.kind === 'saved' ? m.merged : ''}
      </p>
      {state.kind === 'error' && (
        <p className="field-error" role="alert">
          {state.text}
        </p>
      )}
    </form>
  );
}
