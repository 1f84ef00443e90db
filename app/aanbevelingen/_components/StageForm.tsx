'use client';

import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import type { RecommendationStage } from '@/lib/domain/recommendation';
import type { Messages } from '@/lib/i18n';
import { postJson } from './post';

/** Moves a recommendation to one of its next stages (POST /api/aanbevelingen/[id]/stadium). */
export function StageForm({
  id,
  version,
  next,
  stageLabels,
  bodies,
  submittedTo,
  agreements,
  documents,
  m,
  lang,
}: {
  id: string;
  version: number;
  next: readonly RecommendationStage[];
  stageLabels: Record<RecommendationStage, string>;
  bodies: { id: string; name: string }[];
  submittedTo: string[];
  agreements: { id: string; title: string }[];
  documents: { id: string; title: string; type: string }[];
  m: Messages['recommendations'];
  lang: 'nl' | 'en';
}) {
  const router = useRouter();
  const uid = useId();
  const [to, setTo] = useState<RecommendationStage>(next[0]!);
  const [state, setState] = useState<{ kind: 'idle' | 'saving' | 'saved' | 'error'; text?: string }>({
    kind: 'idle',
  });
  const answering = to === 'overgenomen' || to === 'aangehouden' || to === 'afgewezen';
  const offered = answering ? bodies.filter((b) => submittedTo.includes(b.id)) : bodies;
  const submit = async (form: FormData) => {
    setState({ kind: 'saving' });
    const body = {
      to,
      expectedVersion: version,
      date: String(form.get('date') ?? ''),
      bodyIds: form.getAll('bodyIds').map(String).filter(Boolean),
      answer: String(form.get('answer') ?? '') || null,
      agreementId: String(form.get('agreementId') ?? '') || null,
      documentId: String(form.get('documentId') ?? '') || null,
      reference: String(form.get('reference') ?? '') || null,
      note: String(form.get('note') ?? '') || null,
    };
    const res = await postJson(`/api/aanbevelingen/${encodeURIComponent(id)}/stadium`, body, lang);
    if (!res.ok) return setState({ kind: 'error', text: res.text });
    setState({ kind: 'saved' });
    router.refresh();
  };
  return (
    <form action={(fd) => void submit(fd)} aria-labelledby={`${uid}-title`} data-testid="stage-form">
      <h2 id={`${uid}-title`}>{m.stageChange}</h2>
      <p>
        <label htmlFor={`${uid}-to`}>{m.nextStage}</label>
        <br />
        <select
          id={`${uid}-to`}
          name="to"
          value={to}
          onChange={(e) => setTo(e.target.value as RecommendationStage)}
        >
          {next.map((s) => (
            <option key={s} value={s}>
              {stageLabels[s]}
            </option>
          ))}
        </select>
      </p>
      <p>
        <label htmlFor={`${uid}-date`}>{m.date}</label>
        <br />
        <input
          id={`${uid}-date`}
          name="date"
          type="date"
          required
          defaultValue={new Date().toISOString().slice(0, 10)}
        />
      </p>
      {to === 'voorgelegd' || answering ? (
        <fieldset aria-describedby={`${uid}-bodies-hint`}>
          <legend>{m.bodies}</legend>
          <p id={`${uid}-bodies-hint`}>
            <small>{m.bodiesHint}</small>
          </p>
          {offered.map((b) => (
            <label key={b.id} className="check">
              <input
                type={answering ? 'radio' : 'checkbox'}
                name="bodyIds"
                value={b.id}
                required={answering}
              />{' '}
              {b.name}
            </label>
          ))}
        </fieldset>
      ) : null}
      {answering ? (
        <p>
          <label htmlFor={`${uid}-answer`}>{m.fAnswer}</label>
          <br />
          <textarea id={`${uid}-answer`} name="answer" rows={3} cols={60} maxLength={4000} required />
        </p>
      ) : null}
      {to === 'landelijke-afspraak' ? (
        <>
          <p>
            <label htmlFor={`${uid}-doc`}>{m.fDocument}</label>
            <br />
            <select id={`${uid}-doc`} name="documentId" defaultValue="">
              <option value="">{m.choose}</option>
              {documents.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.title} ({d.type})
                </option>
              ))}
            </select>
          </p>
          <p>
            <label htmlFor={`${uid}-agr`}>{m.fAgreement}</label>
            <br />
            <select id={`${uid}-agr`} name="agreementId" defaultValue="">
              <option value="">{m.choose}</option>
              {agreements.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.title}
                </option>
              ))}
            </select>
          </p>
        </>
      ) : null}
      {to === 'wet-regelgeving' ? (
        <p>
          <label htmlFor={`${uid}-ref`}>{m.fReference}</label>
          <br />
          <input id={`${uid}-ref`} name="reference" maxLength={300} size={60} required />
        </p>
      ) : null}
      <p>
        <label htmlFor={`${uid}-note`}>{m.fNote}</label>
        <br />
        <textarea id={`${uid}-note`} name="note" rows={2} cols={60} maxLength={2000} />
      </p>
      <p>
        <button type="submit" className="button" disabled={state.kind === 'saving'} data-testid="stage-save">
          {state.kind === 'saving' ? m.saving : m.move}
        </button>
      </p>
      <p role="status" aria-live="polite" data-testid="stage-result">
        {state.kind === 'saved' ? m.saved : ''}
      </p>
      {state.kind === 'error' && (
        <p className="field-error" role="alert" data-testid="stage-error">
          {state.text}
        </p>
      )}
    </form>
  );
}
