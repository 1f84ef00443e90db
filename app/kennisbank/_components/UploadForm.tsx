'use client';

import { useActionState } from 'react';
import type { Messages } from '@/lib/i18n';
import { fmt } from '@/lib/i18n/define';
import { DOCUMENT_TYPES } from '@/lib/domain/enums';
import { addDocumentAction } from '../actions';

export function UploadForm({ t, mb, locale }: { t: Messages['editing']; mb: number; locale: 'nl' | 'en' }) {
  const [state, action, pending] = useActionState(addDocumentAction, {
    ok: false,
    message: null,
    fields: {},
    version: null,
  });
  const msg = (m: { nl: string; en: string } | undefined | null) =>
    m ? (locale === 'nl' ? m.nl : m.en) : null;
  const err = (k: string) =>
    state.fields[k] ? (
      <span className="field-error" id={`kb-err-${k}`}>
        {msg(state.fields[k])}
      </span>
    ) : null;
  return (
    <form action={action}>
      {state.message ? (
        <p className={state.ok ? 'notice' : 'alert'} role={state.ok ? 'status' : 'alert'}>
          {msg(state.message)}
        </p>
      ) : null}
      <p>
        <label htmlFor="kb-title">{t.colTitle}</label>
        <input
          id="kb-title"
          name="title"
          required
          aria-describedby={state.fields.title ? 'kb-err-title' : undefined}
        />
        {err('title')}
      </p>
      <p>
        <label htmlFor="kb-type">{t.colType}</label>
        <select id="kb-type" name="type" defaultValue="modelconvenant">
          {DOCUMENT_TYPES.map((d) => (
            <option key={d}>{d}</option>
          ))}
        </select>
      </p>
      <p>
        <label htmlFor="kb-version">{t.colVersion}</label>
        <input id="kb-version" name="version" />
      </p>
      <p>
        <label htmlFor="kb-date">{t.colDate}</label>
        <input
          id="kb-date"
          name="date"
          type="date"
          required
          defaultValue={new Date().toISOString().slice(0, 10)}
        />
        {err('date')}
      </p>
      <p>
        <input id="kb-current" name="current" type="checkbox" />{' '}
        <label htmlFor="kb-current" style={{ display: 'inline' }}>
          {t.colCurrent}
        </label>
      </p>
      <p>
        <label htmlFor="kb-file">{fmt(t.uploadFile, { mb })}</label>
        <input id="kb-file" name="file" type="file" accept=".pdf,.docx,.xlsx,.odt,.txt" />
        {err('file')}
      </p>
      <p>
        <label htmlFor="kb-url">{t.uploadUrl}</label>
        <input id="kb-url" name="url" type="url" />
        {err('url')}
      </p>
      <button className="button" type="submit" disabled={pending}>
        {t.add}
      </button>
    </form>
  );
}
