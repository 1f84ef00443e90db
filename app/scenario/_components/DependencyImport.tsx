'use client';

import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { fmt } from '@/lib/i18n/define';
import type { Messages } from '@/lib/i18n';

interface Issue {
  row: number;
  nl: string;
  en: string;
}

/** Uploads a dependency CSV: all or nothing; every problem is listed by row. */
export function DependencyImport({ m, lang }: { m: Messages['scenario']; lang: 'nl' | 'en' }) {
  const router = useRouter();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string; issues: Issue[] } | null>(null);

  async function submit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setBusy(true);
    setResult(null);
    const res = await fetch('/api/scenario/afhankelijkheden/import', {
      method: 'POST',
      body: new FormData(e.currentTarget),
    }).catch(() => null);
    const body = (await res?.json().catch(() => null)) as {
      rows?: number;
      changed?: number;
      removed?: number;
      error?: { nl: string; en: string; details?: unknown };
    } | null;
    setBusy(false);
    if (res?.ok && body) {
      setResult({
        ok: true,
        text: fmt(m.depImported, {
          rows: body.rows ?? 0,
          changed: body.changed ?? 0,
          removed: body.removed ?? 0,
        }),
        issues: [],
      });
      router.refresh();
      return;
    }
    const issues = Array.isArray(body?.error?.details) ? (body.error.details as Issue[]) : [];
    setResult({
      ok: false,
      text: body?.error ? body.error[lang] : fmt(m.failed, { message: String(res?.status ?? '–') }),
      issues,
    });
  }

  return (
    <form onSubmit={submit} aria-labelledby={`${id}-t`} aria-busy={busy} data-testid="dependency-import">
      <h2 id={`${id}-t`}>{m.depImportTitle}</h2>
      <p>{m.depImportIntro}</p>
      <label htmlFor={`${id}-f`}>{m.depImportFile}</label>{' '}
      <input id={`${id}-f`} type="file" name="file" accept=".csv,text/csv" required />{' '}
      <button className="button" type="submit" disabled={busy}>
        {busy ? m.depImporting : m.depImportButton}
      </button>
      <div role="status" aria-live="polite">
        {result ? (
          <div className={result.ok ? 'notice' : 'alert'}>
            <p>{result.text}</p>
            {result.issues.length > 0 ? (
              <ul data-testid="dependency-import-issues">
                {result.issues.map((i, n) => (
                  <li key={n}>{i[lang]}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
      </div>
    </form>
  );
}
