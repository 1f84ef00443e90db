'use client';

import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { SURVEY_AUDIENCE_KINDS, type SurveyAudienceKind } from '@/lib/domain/survey';
import type { SurveyAudienceOptions } from '@/lib/dal/survey-options';
import { fmt } from '@/lib/i18n/define';
import { FormStatus } from '@/app/_components/FormStatus';
import { sendJson } from '@/app/_components/send-json';
import type { Messages } from '@/lib/i18n';

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** The regisseur opens a round: title, period asked about, opening and closing date, who is asked. */
export function OpenRoundForm({ m, options }: { m: Messages['survey']; options: SurveyAudienceOptions }) {
  const router = useRouter();
  const id = useId();
  const now = new Date();
  const [form, setForm] = useState({
    title: '',
    periodFrom: isoDay(new Date(now.getTime() - 365 * 86_400_000)),
    periodTo: isoDay(now),
    opensAt: isoDay(now),
    closesAt: isoDay(new Date(now.getTime() + 28 * 86_400_000)),
  });
  const [kind, setKind] = useState<SurveyAudienceKind>('alle');
  const [ref, setRef] = useState('');
  const [state, setState] = useState<{ kind: 'idle' | 'busy' | 'done' | 'error'; text: string }>({
    kind: 'idle',
    text: '',
  });
  const refOptions =
    kind === 'coalitie'
      ? options.coalitions
      : kind === 'regio'
        ? options.regions
        : kind === 'keten'
          ? options.chains
          : [];
  const kindLabel: Record<SurveyAudienceKind, string> = {
    alle: m.audienceAll,
    coalitie: m.audienceCoalition,
    regio: m.audienceRegion,
    keten: m.audienceChain,
  };

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setState({ kind: 'busy', text: '' });
    const sent = await sendJson<{ round?: { asked: number } }>('/api/enquetes', {
      ...form,
      audience: { kind, ref: kind === 'alle' ? null : ref },
    });
    if (!sent.ok) {
      setState({ kind: 'error', text: sent.message });
      return;
    }
    setState({ kind: 'done', text: fmt(m.opened, { asked: sent.data.round?.asked ?? 0 }) });
    setForm((f) => ({ ...f, title: '' }));
    router.refresh();
  }

  const field = (key: keyof typeof form, label: string, type: 'text' | 'date') => (
    <p>
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        name={key}
        type={type}
        required
        maxLength={200}
        value={form[key]}
        onChange={(e) => setForm((f) => ({ ...f, [key]: e.target.value }))}
      />
    </p>
  );

  return (
    <form className="form" onSubmit={submit} aria-busy={state.kind === 'busy'} data-testid="open-round">
      {field('title', m.roundTitle, 'text')}
      {field('periodFrom', m.periodFrom, 'date')}
      {field('periodTo', m.periodTo, 'date')}
      {field('opensAt', m.opensAt, 'date')}
      {field('closesAt', m.closesAt, 'date')}
      <fieldset>
        <legend>{m.audience}</legend>
        {SURVEY_AUDIENCE_KINDS.map((k) => (
          <label key={k}>
            <input
              type="radio"
              name="audienceKind"
              value={k}
              checked={kind === k}
              onChange={() => {
                setKind(k);
                setRef('');
              }}
            />{' '}
            {kindLabel[k]}
          </label>
        ))}
      </fieldset>
      {kind !== 'alle' ? (
        <p>
          <label htmlFor={`${id}-ref`}>{m.audienceRef}</label>
          <select
            id={`${id}-ref`}
            name="audienceRef"
            required
            value={ref}
            onChange={(e) => setRef(e.target.value)}
          >
            <option value="">—</option>
            {refOptions.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </p>
      ) : null}
      <button className="button" type="submit" disabled={state.kind === 'busy'}>
        {m.submitOpen}
      </button>
      <FormStatus
        status={
          state.kind === 'busy' ? (
            <p>{m.saving}</p>
          ) : state.kind === 'done' ? (
            <p className="notice">{state.text}</p>
          ) : null
        }
        error={state.kind === 'error' ? state.text : ''}
      />
    </form>
  );
}
