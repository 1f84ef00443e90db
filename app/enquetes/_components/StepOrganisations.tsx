'use client';

import { useId, useMemo, useState } from 'react';
import { fmt } from '@/lib/i18n/define';
import type { Messages } from '@/lib/i18n';

interface Org {
  id: string;
  name: string;
  chain: string;
}

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/** Step 1: search-as-you-type over the network's organisations, the chosen list, and "propose an organisation". */
export function StepOrganisations({
  m,
  organisations,
  chosen,
  onChange,
  onPropose,
}: {
  m: Messages['survey'];
  organisations: Org[];
  chosen: string[];
  onChange: (ids: string[]) => void;
  onPropose: (name: string, note: string) => Promise<string>;
}) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [proposal, setProposal] = useState({ name: '', note: '' });
  const [proposalState, setProposalState] = useState('');
  const names = useMemo(() => new Map(organisations.map((o) => [o.id, o.name])), [organisations]);
  const hits = useMemo(() => {
    const q = fold(query.trim());
    if (q.length === 0) return [];
    return organisations.filter((o) => !chosen.includes(o.id) && fold(o.name).includes(q)).slice(0, 15);
  }, [query, organisations, chosen]);

  return (
    <>
      <p>{m.step1Hint}</p>
      <p>
        <label htmlFor={`${id}-q`}>{m.searchLabel}</label>
        <input
          id={`${id}-q`}
          type="search"
          value={query}
          autoComplete="off"
          maxLength={100}
          aria-describedby={`${id}-hint ${id}-count`}
          aria-controls={`${id}-hits`}
          onChange={(e) => setQuery(e.target.value)}
          data-testid="survey-search"
        />
      </p>
      <p id={`${id}-hint`} className="hint">
        {m.searchHint}
      </p>
      <p id={`${id}-count`} role="status" aria-live="polite" className="sr-only">
        {query.trim() ? fmt(m.searchResults, { n: hits.length }) : ''}
      </p>
      <ul id={`${id}-hits`} data-testid="survey-hits">
        {hits.map((o) => (
          <li key={o.id}>
            {o.name}{' '}
            <button
              type="button"
              className="button secondary"
              onClick={() => onChange([...chosen, o.id])}
              aria-label={`${m.add}: ${o.name}`}
            >
              {m.add}
            </button>
          </li>
        ))}
      </ul>
      <h3>{fmt(m.chosen, { n: chosen.length })}</h3>
      {chosen.length === 0 ? (
        <p>{m.chosenEmpty}</p>
      ) : (
        <ul data-testid="survey-chosen">
          {chosen.map((c) => (
            <li key={c}>
              {names.get(c) ?? c}{' '}
              <button
                type="button"
                className="button secondary"
                onClick={() => onChange(chosen.filter((x) => x !== c))}
                aria-label={`${m.remove}: ${names.get(c) ?? c}`}
              >
                {m.remove}
              </button>
            </li>
          ))}
        </ul>
      )}
      <details>
        <summary>{m.propose}</summary>
        <p>
          <label htmlFor={`${id}-pn`}>{m.proposeName}</label>
          <input
            id={`${id}-pn`}
            value={proposal.name}
            maxLength={200}
            onChange={(e) => setProposal((p) => ({ ...p, name: e.target.value }))}
          />
        </p>
        <p>
          <label htmlFor={`${id}-pt`}>{m.proposeNote}</label>
          <textarea
            id={`${id}-pt`}
            rows={2}
            maxLength={2000}
            value={proposal.note}
            onChange={(e) => setProposal((p) => ({ ...p, note: e.target.value }))}
          />
        </p>
        <button
          type="button"
          className="button secondary"
          disabled={proposal.name.trim().length < 2}
          onClick={async () => {
            const text = await onPropose(proposal.name, proposal.note);
            setProposalState(text);
            if (text === m.proposed) setProposal({ name: '', note: '' });
          }}
        >
          {m.proposeSend}
        </button>
        <p role="status" aria-live="polite">
          {proposalState}
        </p>
      </details>
    </>
  );
}
