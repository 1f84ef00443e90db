'use client';

import { useRef, useState } from 'react';
import type { Messages } from '@/lib/i18n';
import { fmt } from '@/lib/i18n/define';
import type { ImportReport } from '@/lib/dal/importing';
import type { Inspection } from '@/lib/dal/import-mapping';
import { Confirmations } from './Confirmations';
import { ImportReportView } from './ImportReportView';
import { MappingStep, type FieldChoice, type Mapping } from './MappingStep';

type T = Messages['importing'];
interface Progress {
  phase: 'lezen' | 'controleren' | 'schrijven' | 'vastleggen' | 'klaar' | 'fout';
  done: number;
  total: number;
  status?: 'running' | 'done' | 'failed' | 'cancelled';
  error?: string | null;
  cancelRequested?: boolean;
  report?: ImportReport | null;
}

/** The job's progress as stored in Neo4j (answered by whichever app process gets the request). */
async function readProgress(jobId: string): Promise<Progress | null> {
  const r = await fetch(`/api/import/progress?job=${jobId}`).catch(() => null);
  const j = r?.ok ? ((await r.json()) as { progress: Progress | null }) : null;
  return j?.progress ?? null;
}
type ErrorBody = { error: { message: string; details?: ImportReport } };

// Upload → mapping step (inspect) → dry run (with the mapping and near-match decisions) → apply.
export function ImportForm({
  t,
  hint,
  maxBytes,
  kinds,
  fields,
}: {
  t: T;
  hint: string;
  maxBytes: number;
  kinds: FieldChoice[];
  fields: Record<string, FieldChoice[]>;
}) {
  const fileRef = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState<Progress | null>(null);
  const [inspection, setInspection] = useState<Inspection | null>(null);
  const [mappings, setMappings] = useState<Mapping[]>([]);
  const [decisions, setDecisions] = useState<Record<string, string>>({});
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [mappingName, setMappingName] = useState('');
  const [job, setJob] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const chosenFile = () => {
    const file = fileRef.current?.files?.[0];
    if (!file) setError(t.file);
    else if (file.size > maxBytes) setError(hint);
    else return file;
    return null;
  };

  async function post(body: FormData): Promise<unknown> {
    const res = await fetch('/api/import', { method: 'POST', body });
    return res.json();
  }

  async function inspect(next: Mapping[] | null) {
    const file = chosenFile();
    if (!file) return;
    setError(null);
    const body = new FormData();
    body.set('file', file);
    body.set('mode', 'inspect');
    if (next) body.set('mappings', JSON.stringify(next));
    setBusy({ phase: 'lezen', done: 0, total: 1 });
    try {
      const json = (await post(body)) as Inspection | ErrorBody;
      if ('error' in json) setError(json.error.message);
      else {
        setInspection(json);
        setMappings(json.tables.map((x) => ({ kind: x.kind, columns: x.columns })));
        setMappingName((n) => n || json.fileName.replace(/\.[a-z]+$/i, ''));
      }
    } catch (e) {
      setError(String(e));
    } finally {
      setBusy(null);
    }
  }

  async function send(mode: 'dry-run' | 'apply') {
    const file = chosenFile();
    if (!file) return;
    setError(null);
    // randomUUID needs a secure context; on plain http a random string is enough for a job id.
    const jobId = globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`;
    const body = new FormData();
    body.set('file', file);
    body.set('mode', mode);
    body.set('jobId', jobId);
    if (mappings.length > 0) body.set('mappings', JSON.stringify(mappings));
    body.set('decisions', JSON.stringify(decisions));
    setBusy({ phase: 'lezen', done: 0, total: 1 });
    setJob(jobId);
    if (mode === 'dry-run') setReport(null);
    // A poll still in flight when the request ends must not bring the progress bar back (it would
    // leave the buttons disabled): once finished, late answers are dropped.
    let finished = false;
    const poll = setInterval(async () => {
      const p = await readProgress(jobId);
      if (p && !finished) setBusy(p);
    }, 500);
    try {
      const json = (await post(body)) as ImportReport | ErrorBody;
      if ('error' in json) {
        setError(json.error.message);
        if (json.error.details && 'counts' in json.error.details) setReport(json.error.details);
      } else setReport(json);
    } catch (e) {
      // The connection broke (e.g. the process behind it stopped): the job says how it ended.
      const p = await readProgress(jobId);
      if (p?.report) setReport(p.report);
      else setError(p?.error ?? String(e));
    } finally {
      finished = true;
      clearInterval(poll);
      setBusy(null);
      setJob(null);
    }
  }

  async function saveMapping() {
    const table = inspection?.tables[0];
    const m = mappings[0];
    if (!table || !m?.kind) return;
    setSaved(null);
    const res = await fetch('/api/import/mappings', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: mappingName, kind: m.kind, header: table.header, columns: m.columns }),
    });
    const json = (await res.json()) as { name: string } | ErrorBody;
    if ('error' in json) setError(json.error.message);
    else setSaved(fmt(t.mappingSaved, { name: json.name }));
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
            onChange={() => {
              setReport(null);
              setInspection(null);
              setMappings([]);
              setDecisions({});
              setSaved(null);
              void inspect(null);
            }}
          />
          <small id="import-hint">{hint}</small>
        </p>
        {inspection ? (
          <>
            <MappingStep
              t={t}
              inspection={inspection}
              mappings={mappings}
              kinds={kinds}
              fields={fields}
              onChange={(i, m) => {
                const next = inspection.tables.map(
                  (x, k) => mappings[k] ?? { kind: x.kind, columns: x.columns },
                );
                next[i] = m;
                setMappings(next);
                setReport(null);
                void inspect(next);
              }}
            />
            {inspection.tables.length === 1 && mappings[0]?.kind ? (
              <p>
                <label htmlFor="mapping-name">{t.mappingName}</label>{' '}
                <input
                  id="mapping-name"
                  value={mappingName}
                  maxLength={120}
                  onChange={(e) => setMappingName(e.target.value)}
                />{' '}
                <button
                  className="button secondary"
                  type="button"
                  disabled={busy !== null || mappingName.trim() === ''}
                  onClick={() => void saveMapping()}
                >
                  {t.mappingSave}
                </button>
              </p>
            ) : null}
            {saved ? (
              <p className="notice" role="status">
                {saved}
              </p>
            ) : null}
          </>
        ) : null}
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
            {fmt(t.busy, { phase: t[`phase_${busy.phase}`], done: busy.done, total: busy.total })}{' '}
            {job ? (
              <button
                className="button secondary"
                type="button"
                disabled={busy.cancelRequested === true}
                onClick={() => {
                  setBusy({ ...busy, cancelRequested: true });
                  void fetch(`/api/import/progress?job=${job}`, { method: 'DELETE' });
                }}
                data-testid="import-cancel"
              >
                {busy.cancelRequested ? t.cancelling : t.cancel}
              </button>
            ) : null}
          </p>
        ) : null}
        {error ? (
          <p className="alert" role="alert">
            {error}
          </p>
        ) : null}
        {report ? (
          <>
            <Confirmations
              t={t}
              items={report.confirmations ?? []}
              decisions={decisions}
              onDecide={(key, value) => setDecisions((d) => ({ ...d, [key]: value }))}
            />
            <ImportReportView t={t} report={report} />
          </>
        ) : null}
      </div>
    </div>
  );
}
