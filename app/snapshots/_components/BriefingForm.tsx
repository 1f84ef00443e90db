'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useId, useRef, useState } from 'react';
import { sendJson } from '@/app/_components/send-json';
import type { Messages } from '@/lib/i18n';

type Step = 'wachten' | 'gegevens' | 'opmaak' | 'pdf' | 'opslaan' | 'klaar' | 'mislukt' | 'geannuleerd';
interface Status {
  status: 'bezig' | 'klaar' | 'mislukt';
  progress: { step: Step; fraction: number } | null;
}

/** Makes a PDF briefing of one snapshot and follows its progress until the file is ready. */
export function BriefingForm({
  snapshotId,
  m,
  ms,
  audiences,
  scenarios,
  defaultLocale,
}: {
  snapshotId: string;
  m: Messages['snapshots'];
  ms: Messages['scenario'];
  audiences: Array<{ id: string; label: string }>;
  /** Saved scenarios that may be added as sections. */
  scenarios: Array<{ id: string; name: string }>;
  defaultLocale: 'nl' | 'en';
}) {
  const router = useRouter();
  const base = useId();
  const [audience, setAudience] = useState(audiences[0]?.id ?? '');
  const [locale, setLocale] = useState(defaultLocale);
  const [includeNames, setIncludeNames] = useState(false);
  const [markConfidential, setMarkConfidential] = useState(false);
  const [scenarioIds, setScenarioIds] = useState<string[]>([]);
  const [statusUrl, setStatusUrl] = useState<string | null>(null);
  const [pdfUrl, setPdfUrl] = useState<string | null>(null);
  const [progress, setProgress] = useState<{ step: Step; fraction: number } | null>(null);
  const [error, setError] = useState('');
  const cancelAsked = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    if (!statusUrl) return;
    let stop = false;
    const poll = async () => {
      const res = await fetch(statusUrl, { cache: 'no-store' }).catch(() => null);
      const body = (await res?.json().catch(() => null)) as Status | null;
      if (stop) return;
      if (body?.status === 'klaar') {
        setProgress({ step: 'klaar', fraction: 1 });
        setStatusUrl(null);
        router.refresh();
        return;
      }
      if (!body || body.status === 'mislukt') {
        setProgress({ step: cancelAsked.current ? 'geannuleerd' : 'mislukt', fraction: 1 });
        setStatusUrl(null);
        return;
      }
      if (body.progress) setProgress(body.progress);
      timer.current = setTimeout(poll, 600);
    };
    void poll();
    return () => {
      stop = true;
      if (timer.current) clearTimeout(timer.current);
    };
  }, [statusUrl, router]);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setError('');
    cancelAsked.current = false;
    setPdfUrl(null);
    setProgress({ step: 'wachten', fraction: 0 });
    const res = await fetch(`/api/snapshots/${encodeURIComponent(snapshotId)}/briefings`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ audience, locale, includeNames, markConfidential, scenarioIds }),
    }).catch(() => null);
    const body = (await res?.json().catch(() => null)) as {
      status?: string;
      pdf?: string;
      error?: { message?: string };
    } | null;
    if (!res || res.status !== 202 || !body?.status) {
      setProgress(null);
      setError(body?.error?.message ?? String(res?.status ?? 'netwerk / network'));
      return;
    }
    setPdfUrl(body.pdf ?? null);
    setStatusUrl(body.status);
  }

  const busy = statusUrl !== null;

  async function cancel() {
    if (!statusUrl) return;
    cancelAsked.current = true;
    const sent = await sendJson(statusUrl, null, { method: 'DELETE' });
    // Already done (409): the poll reports how it ended.
    if (!sent.ok && sent.status !== 409) {
      cancelAsked.current = false;
      setError(sent.message);
    }
  }
  return (
    <form
      onSubmit={submit}
      className="briefing-form"
      aria-busy={busy}
      data-testid={`briefing-form-${snapshotId}`}
    >
      <fieldset>
        <legend>{m.makeBriefing}</legend>
        <label htmlFor={`${base}-aud`}>{m.audience}</label>
        <select id={`${base}-aud`} value={audience} onChange={(e) => setAudience(e.target.value)}>
          {audiences.map((a) => (
            <option key={a.id} value={a.id}>
              {a.label}
            </option>
          ))}
        </select>
        <label htmlFor={`${base}-lang`}>{m.language}</label>
        <select
          id={`${base}-lang`}
          value={locale}
          onChange={(e) => setLocale(e.target.value === 'en' ? 'en' : 'nl')}
        >
          <option value="nl">{m.langNl}</option>
          <option value="en">{m.langEn}</option>
        </select>
        <div>
          <input
            id={`${base}-names`}
            type="checkbox"
            checked={includeNames}
            onChange={(e) => setIncludeNames(e.target.checked)}
            aria-describedby={`${base}-names-help`}
          />
          <label htmlFor={`${base}-names`}>{m.includeNames}</label>
          <p id={`${base}-names-help`} className="hint">
            {m.includeNamesHelp}
          </p>
        </div>
        <div>
          <input
            id={`${base}-conf`}
            type="checkbox"
            checked={markConfidential || includeNames}
            disabled={includeNames}
            onChange={(e) => setMarkConfidential(e.target.checked)}
          />
          <label htmlFor={`${base}-conf`}>{m.markConfidential}</label>
        </div>
        <fieldset>
          <legend>{ms.pdfChooseLegend}</legend>
          {scenarios.length === 0 ? <p className="hint">{ms.pdfChooseNone}</p> : null}
          {scenarios.map((sc) => (
            <div key={sc.id}>
              <input
                id={`${base}-sc-${sc.id}`}
                type="checkbox"
                checked={scenarioIds.includes(sc.id)}
                onChange={(e) =>
                  setScenarioIds((ids) =>
                    e.target.checked ? [...ids, sc.id].slice(0, 5) : ids.filter((x) => x !== sc.id),
                  )
                }
              />
              <label htmlFor={`${base}-sc-${sc.id}`}>{sc.name}</label>
            </div>
          ))}
        </fieldset>
        <button className="button" type="submit" disabled={busy}>
          {m.generate}
        </button>{' '}
        {busy ? (
          <button
            className="button secondary"
            type="button"
            onClick={() => void cancel()}
            data-testid="briefing-cancel"
          >
            {m.cancel}
          </button>
        ) : null}
      </fieldset>
      <div role="status" aria-live="polite">
        {progress ? (
          <>
            <p>{m[`step_${progress.step}`]}</p>
            <div
              className="progress"
              role="progressbar"
              aria-label={m.progressLabel}
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={Math.round(progress.fraction * 100)}
            >
              <span style={{ width: `${Math.round(progress.fraction * 100)}%` }} />
            </div>
            {progress.step === 'klaar' && pdfUrl ? (
              <p>
                <a href={pdfUrl}>{m.download}</a>
              </p>
            ) : null}
          </>
        ) : null}
      </div>
      {error ? (
        <p className="field-error" role="alert">
          {m.failed.replace('{message}', error)}
        </p>
      ) : null}
    </form>
  );
}
