'use client';

import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { FormStatus } from '@/app/_components/FormStatus';
import { sendJson } from '@/app/_components/send-json';
import type { Messages } from '@/lib/i18n';

interface Named {
  id: string;
  name: string;
}

/**
 * Settles one proposed organisation: added (choose the organisation it became, the name matches
 * first) or declined with a reason. The data-access layer checks the role and the order again.
 */
export function ProposalDecision({
  m,
  proposalId,
  matches,
  listId,
}: {
  m: Messages['survey'];
  proposalId: string;
  matches: Named[];
  /** Id of the page's one <datalist> of organisation names. */
  listId: string;
}) {
  const router = useRouter();
  const id = useId();
  const [status, setStatus] = useState<'toegevoegd' | 'afgewezen'>(
    matches.length ? 'toegevoegd' : 'afgewezen',
  );
  const [orgName, setOrgName] = useState(matches[0]?.name ?? '');
  const [reason, setReason] = useState('');
  const [state, setState] = useState<{ kind: 'idle' | 'busy' | 'error'; text: string }>({
    kind: 'idle',
    text: '',
  });

  async function submit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setState({ kind: 'busy', text: '' });
    // The datalist offers names; the option carries the id.
    const option = [...(document.getElementById(listId)?.querySelectorAll('option') ?? [])].find(
      (o) => o.value === orgName,
    );
    const body =
      status === 'toegevoegd'
        ? { status, organisationId: option?.dataset.id ?? orgName }
        : { status, reason };
    const sent = await sendJson(`/api/enquetes/voorstellen/${encodeURIComponent(proposalId)}`, body);
    if (!sent.ok) {
      setState({ kind: 'error', text: sent.message });
      return;
    }
    setState({ kind: 'idle', text: '' });
    router.refresh();
  }

  return (
    <form onSubmit={submit} aria-busy={state.kind === 'busy'} data-testid={`proposal-form-${proposalId}`}>
      <fieldset>
        <legend>{m.proposalDecide}</legend>
        <p>
          <input
            id={`${id}-add`}
            type="radio"
            name={`${id}-status`}
            checked={status === 'toegevoegd'}
            onChange={() => setStatus('toegevoegd')}
          />{' '}
          <label htmlFor={`${id}-add`}>{m.proposalAdd}</label>
        </p>
        {status === 'toegevoegd' ? (
          <p>
            <label htmlFor={`${id}-org`}>{m.proposalChoose}</label>{' '}
            <input
              id={`${id}-org`}
              list={listId}
              value={orgName}
              onChange={(e) => setOrgName(e.target.value)}
              aria-describedby={`${id}-hint`}
              required
            />{' '}
            <small id={`${id}-hint`}>{m.proposalAddHint}</small>
          </p>
        ) : null}
        <p>
          <input
            id={`${id}-decline`}
            type="radio"
            name={`${id}-status`}
            checked={status === 'afgewezen'}
            onChange={() => setStatus('afgewezen')}
          />{' '}
          <label htmlFor={`${id}-decline`}>{m.proposalDecline}</label>
        </p>
        {status === 'afgewezen' ? (
          <p>
            <label htmlFor={`${id}-reason`}>{m.proposalReason}</label>
            <br />
            <textarea
              id={`${id}-reason`}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              maxLength={2000}
              rows={2}
              required
            />
          </p>
        ) : null}
        <button className="button" type="submit" disabled={state.kind === 'busy'}>
          {m.proposalSave}
        </button>
      </fieldset>
      <FormStatus
        status={state.kind === 'busy' ? <p>{m.saving}</p> : null}
        error={state.kind === 'error' ? state.text : ''}
      />
    </form>
  );
}
