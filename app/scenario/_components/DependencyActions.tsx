'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { DependencyRow } from '@/lib/dal/dependencies';
import { fmt } from '@/lib/i18n/define';
import type { Messages } from '@/lib/i18n';
import { DependencyForm } from './DependencyForm';
import { sendJson } from '@/app/_components/send-json';

/** Edit and delete for one dependency row (regisseur). */
export function DependencyActions({
  row,
  processes,
  m,
  lang,
}: {
  row: DependencyRow;
  processes: Array<{ id: string; name: string }>;
  m: Messages['scenario'];
  lang: 'nl' | 'en';
}) {
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState('');
  const name = (pid: string) => processes.find((p) => p.id === pid)?.name ?? pid;
  const labels = { from: name(row.fromId), to: name(row.toId) };
  async function remove() {
    setError('');
    const r = await sendJson(
      '/api/scenario/afhankelijkheden',
      { fromId: row.fromId, toId: row.toId, expectedVersion: row.version },
      { method: 'DELETE', lang },
    );
    if (r.ok) router.refresh();
    else setError(fmt(m.failed, { message: r.message }));
  }
  if (editing)
    return (
      <DependencyForm row={row} processes={processes} m={m} lang={lang} onDone={() => setEditing(false)} />
    );
  return (
    <>
      <button
        type="button"
        className="linklike"
        onClick={() => setEditing(true)}
        aria-label={fmt(m.depEditLabel, labels)}
      >
        {m.depEdit}
      </button>{' '}
      <button type="button" className="linklike" onClick={remove} aria-label={fmt(m.depDeleteLabel, labels)}>
        {m.delete}
      </button>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </>
  );
}
