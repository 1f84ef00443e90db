'use client';

import { useRef, useState } from 'react';
import type { Messages } from '@/lib/i18n';
import { fmt } from '@/lib/i18n/define';
import type { ImportReport } from '@/lib/dal/importing';
import { ImportReportView } from './ImportReportView';

type T = Messages['importing'];
interface Progress {
  phase: 'lezen' | 'controleren' | 'schrijven' | 'vastleggen' | 'klaar' | 'fout';
  done: number;
  total: number;
}

export function ImportForm({
  t,
  hint,
  maxBytes,
  entities,
}: {
  t: T;
  hint: string;
  maxBytes: number;
  entities: string[];
}) {
  const fileRef = useRef<HTMLInputElement>(null);
  const [entity, setEntity] = useState('');
  const [busy, setBusy] = useState<Progress | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function send(mode: 'dry-run' | 'apply') {
    const file = fileRef.current?.files?.[0];
    setError(null);
    if (!file) return setError(t.file);
    if (file.size > maxBytes) return setError(hint);
    // randomUUID needs a secure context; on plain http a random string is enough for a job id.
    const jobId = globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`;
    const body = new FormData();
    body.set('file', file);
    body.set('mode', mode);
    body.set('entity', entity);
    body.set('jobId', jobId);
    setBusy({ phase: 'lezen', done: 0, total: 1 });
    if (mode === 'dry-run') setReport(null);
    const poll = setInterval(async () => {
      const r = await fetch(`/api/import/progress?job=${jobId}`).catch(() => null);
      const j = r?.ok ? ((await r.json()) as { progress: Progress | null }) : null;
      if (j?.progress) setBusy(j.progress);
    }, 500);
    try {
      const res = await fetch('/api/import', { method: 'POST', body });
      const json = (await res.json()) as
        ImportReport | { error: { message: string; details?: ImportReport } };
      if ('error' in json) {
        setError(json.error.message);
        if (json.error.details && 'counts' in json.error.details) setReport(json.error.details);
      } else setReport(json);
    } catch (e) {
      setError(String(e));
    } finally {
      clearInterval(poll);
      setBusy(null);
    }
  }

  const canApply = report !== null && report.mode === 'dry-run' && report.problems.length === 0;
  return (
    <div>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void send('dry-run');
        }}
      >
        <p>
          <label htmlFor="import-file">{t.file}</label>
          <input
            id="import-file"
            name="file"
            type="file"
            ref={fileRef}
            aria-describedby="import-hint"
            accept=".csv,.txt,.xlsx,.zip,.gexf,.graphml"
            onChange={() => setReport(null)}
          />
          <small id="import-hint">{hint}</small>
        </p>
        <p>
          <label htmlFor="import-entity">{t.entity}</label>
          <select id="import-entity" value={entity} onChange={(e) => setEntity(e.target.value)}>
            <option value="">{t.entityAuto}</option>
            {entities.map((x) => (
              <option key={x} value={x}>
                {x}
              </option>
            ))}
          </select>
        </p>
        <button className="button" type="submit" disabled={busy !== null}>
          {t.dryRun}
        </button>{' '}
        {canApply ? (
          <button
            className="button secondary"
            type="button"
            disabled={busy !== null}
            onClick={() => void send('apply')}
            data-testid="import-apply"
          >
            {t.apply}
          </button>
        ) : null}
      </form>
      <div aria-live="polite">
        {busy ? (
          <p data-testid="import-progress">
            <progress className="progress" max={Math.max(1, busy.total)} value={busy.done} />{' '}
            {fmt(t.busy, { phase: t[`phase_${busy.phase}`], done: busy.done, total: busy.total })}
          </p>
        ) : null}
        {error ? (
          <p className="alert" role="alert">
            {error}
          </p>
        ) : null}
        {report ? <ImportReportView t={t} report={report} /> : null}
      </div>
    </div>
  );
}
