'use client';

import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import type { DependencyRow } from '@/lib/dal/dependencies';
import { DEPENDENCY_KINDS } from '@/lib/domain/model';
import { fmt } from '@/lib/i18n/define';
import type { Messages } from '@/lib/i18n';
import { sendJson } from '@/app/_components/send-json';

type M = Messages['scenario'];
interface Named {
  id: string;
  name: string;
}

/** Adds a dependency (no `row`) or edits one (its version travels along: a stale one gets 409). */
export function DependencyForm({
  row,
  processes,
  m,
  lang,
  onDone,
}: {
  row: DependencyRow | null;
  processes: Named[];
  m: M;
  lang: 'nl' | 'en';
  onDone?: () => void;
}) {
  const router = useRouter();
  const id = useId();
  const [fromId, setFromId] = useState(row?.fromId ?? '');
  const [toId, setToId] = useState(row?.toId ?? '');
  const [kind, setKind] = useState<string>(row?.kind ?? 'elektriciteit');
  const [hours, setHours] = useState(row?.hours === null || row === null ? '' : String(row.hours));
  const [basis, setBasis] = useState(row?.basis ?? '');
  const [source, setSource] = useState(row?.source ?? '');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const name = (pid: string) => processes.find((p) => p.id === pid)?.name ?? pid;

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setMessage(null);
    const h = hours.trim() === '' ? null : Number(hours.replace(',', '.'));
    const r = await sendJson(
      '/api/scenario/afhankelijkheden',
      { fromId, toId, kind, hours: h, basis, source, expectedVersion: row?.version ?? 0 },
      { lang },
    );
    setBusy(false);
    if (!r.ok) {
      setMessage({ ok: false, text: fmt(m.failed, { message: r.message }) });
      return;
    }
    setMessage({ ok: true, text: m.depSaved });
    router.refresh();
    onDone?.();
  }

  const title = row ? fmt(m.depEditTitle, { from: name(row.fromId), to: name(row.toId) }) : m.depAddTitle;
  return (
    <form onSubmit={submit} aria-busy={busy} data-testid={row ? 'dependency-edit' : 'dependency-add'}>
      <fieldset>
        <legend>{title}</legend>
        <ProcessSelect
          id={`${id}-from`}
          label={m.colFrom}
          value={fromId}
          onChange={setFromId}
          processes={processes}
          fixed={row !== null}
        />
        <ProcessSelect
          id={`${id}-to`}
          label={m.colTo}
          value={toId}
          onChange={setToId}
          processes={processes}
          fixed={row !== null}
        />
        <p>
          <label htmlFor={`${id}-kind`}>{m.colKind}</label>{' '}
          <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value)}>
            {DEPENDENCY_KINDS.map((k) => (
              <option key={k} value={k}>
                {m[`kind_${k}`]}
              </option>
            ))}
          </select>
        </p>
        <p>
          <label htmlFor={`${id}-h`}>{m.depHoursLabel}</label>{' '}
          <input
            id={`${id}-h`}
            type="number"
            min={0}
            max={8760}
            step="any"
            value={hours}
            onChange={(e) => setHours(e.target.value)}
          />
        </p>
        <p>
          <label htmlFor={`${id}-basis`}>{m.depBasisLabel}</label>
          <br />
          <textarea
            id={`${id}-basis`}
            value={basis}
            onChange={(e) => setBasis(e.target.value)}
            maxLength={600}
            rows={2}
            cols={60}
          />
        </p>
        <p>
          <label htmlFor={`${id}-src`}>{m.depSourceLabel}</label>{' '}
          <input
            id={`${id}-src`}
            value={source}
            onChange={(e) => setSource(e.target.value)}
            maxLength={600}
            required
            size={60}
          />
        </p>
        <button className="button" type="submit" disabled={busy}>
          {m.depSave}
        </button>{' '}
        {onDone ? (
          <button type="button" className="linklike" onClick={onDone}>
            {m.depCancel}
          </button>
        ) : null}
      </fieldset>
      <div role="status" aria-live="polite">
        {message ? <p className={message.ok ? 'notice' : 'field-error'}>{message.text}</p> : null}
      </div>
    </form>
  );
}

/** One end of the dependency: a vital process (fixed when an existing dependency is edited). */
function ProcessSelect({
  id,
  label,
  value,
  onChange,
  processes,
  fixed,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  processes: ReadonlyArray<{ id: string; name: string }>;
  fixed: boolean;
}) {
  return (
    <p>
      <label htmlFor={id}>{label}</label>{' '}
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} required disabled={fixed}>
        <option value="">–</option>
        {processes.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
    </p>
  );
}
