'use client';

import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import type { Messages } from '@/lib/i18n';
import { postJson } from './post';

interface ReviewOption {
  id: string;
  coalitionId: string;
  coalitionName: string;
  date: string;
  blockers: string;
}

/** Proposes a recommendation (POST /api/aanbevelingen) or edits one (POST /api/aanbevelingen/[id]). */
export function RecommendationForm({
  id,
  version,
  initial,
  coalitions,
  reviews,
  m,
  lang,
}: {
  id: string | null;
  version: number | null;
  initial: {
    title: string;
    problem: string;
    proposal: string;
    owner: string;
    coalitionIds: string[];
    reviewIds: string[];
  };
  coalitions: { id: string; name: string }[];
  reviews: ReviewOption[];
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
    const body = {
      title: String(form.get('title') ?? ''),
      problem: String(form.get('problem') ?? ''),
      proposal: String(form.get('proposal') ?? ''),
      owner: String(form.get('owner') ?? '') || null,
      coalitionIds: form.getAll('coalitionIds').map(String),
      reviewIds: form.getAll('reviewIds').map(String),
      ...(id ? { expectedVersion: version } : {}),
    };
    const res = await postJson(
      id ? `/api/aanbevelingen/${encodeURIComponent(id)}` : '/api/aanbevelingen',
      body,
      lang,
    );
    if (!res.ok) return setState({ kind: 'error', text: res.text });
    setState({ kind: 'saved' });
    if (id) router.refresh();
    else router.push(`/aanbevelingen/${encodeURIComponent(String(res.data.id))}`);
  };
  const field = (
    name: 'title' | 'problem' | 'proposal' | 'owner',
    label: string,
    rows: number,
    max: number,
  ) => (
    <p>
      <label htmlFor={`${uid}-${name}`}>{label}</label>
      <br />
      {rows === 1 ? (
        <input
          id={`${uid}-${name}`}
          name={name}
          defaultValue={initial[name]}
          maxLength={max}
          required={name !== 'owner'}
          size={60}
        />
      ) : (
        <textarea
          id={`${uid}-${name}`}
          name={name}
          defaultValue={initial[name]}
          rows={rows}
          cols={60}
          maxLength={max}
          required
        />
      )}
    </p>
  );
  return (
    <form action={(fd) => void submit(fd)} data-testid="recommendation-form">
      {field('title', m.fTitle, 1, 200)}
      {field('problem', m.fProblem, 4, 4000)}
      {field('proposal', m.fProposal, 4, 4000)}
      {field('owner', m.fOwner, 1, 200)}
      <fieldset>
        <legend>{m.fCoalitions}</legend>
        {coalitions.map((c) => (
          <label key={c.id} className="check">
            <input
              type="checkbox"
              name="coalitionIds"
              value={c.id}
              defaultChecked={initial.coalitionIds.includes(c.id)}
            />{' '}
            {c.name}
          </label>
        ))}
      </fieldset>
      <fieldset aria-describedby={`${uid}-reviews-hint`}>
        <legend>{m.fReviews}</legend>
        <p id={`${uid}-reviews-hint`}>
          <small>{m.fReviewsHint}</small>
        </p>
        {reviews.map((r) => (
          <label key={r.id} className="check" data-testid={`review-option-${r.id}`}>
            <input
              type="checkbox"
              name="reviewIds"
              value={r.id}
              defaultChecked={initial.reviewIds.includes(r.id)}
            />{' '}
            <strong>
              {r.coalitionName}, {r.date}
            </strong>
            : {r.blockers}
          </label>
        ))}
      </fieldset>
      <p>
        <button
          type="submit"
          className="button"
          disabled={state.kind === 'saving'}
          data-testid="recommendation-save"
        >
          {state.kind === 'saving' ? m.saving : id ? m.save : m.propose}
        </button>
      </p>
      <p role="status" aria-live="polite">
        {state.kind === 'saved' ? m.saved : ''}
      </p>
      {state.kind === 'error' && (
        <p className="field-error" role="alert" data-testid="recommendation-error">
          {state.text}
        </p>
      )}
    </form>
  );
}
