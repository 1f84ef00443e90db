'use client';

import { useRouter } from 'next/navigation';
import { useId, useState, useTransition } from 'react';
import type { ScenarioOptions } from '@/lib/dal/scenario';
import type { ScenarioInputData } from '@/lib/domain/scenario';
import { fmt } from '@/lib/i18n/define';
import type { Messages } from '@/lib/i18n';

/**
 * What fails: processes (optionally in some regions) or one operator, and for how long. A plain
 * GET form (works without JavaScript); with JavaScript it navigates to the short, shareable URL and
 * shows that the scenario is being computed.
 */
export function ScenarioForm({
  options,
  initial,
  m,
}: {
  options: ScenarioOptions;
  initial: ScenarioInputData | null;
  m: Messages['scenario'];
}) {
  const router = useRouter();
  const base = useId();
  const [pending, startTransition] = useTransition();
  const [what, setWhat] = useState<'process' | 'operator'>(initial?.failure.kind ?? 'process');
  const processIds = new Set(initial?.failure.kind === 'process' ? initial.failure.processIds : []);
  const regionCodes = new Set(initial?.failure.kind === 'process' ? initial.failure.regionCodes : []);
  const operatorId = initial?.failure.kind === 'operator' ? initial.failure.organisationId : '';

  function submit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const q = new URLSearchParams();
    const values = (k: string) => f.getAll(k).map(String).filter(Boolean);
    if (what === 'operator') {
      q.set('wat', 'aanbieder');
      for (const a of values('aanbieder')) q.set('aanbieder', a);
    } else {
      q.set('wat', 'proces');
      if (values('proces').length) q.set('proces', values('proces').join(','));
      if (values('regio').length) q.set('regio', values('regio').join(','));
    }
    const hours = String(f.get('uren') ?? '').trim();
    if (hours) q.set('uren', hours);
    // The radio only matters when both kinds are filled in: leave it out of a clean link.
    if (q.has('proces') || q.has('aanbieder')) q.delete('wat');
    startTransition(() => router.push(`/scenario?${q.toString()}`));
  }

  const categories = ['A', 'B'] as const;
  return (
    <form
      method="get"
      action="/scenario"
      onSubmit={submit}
      aria-labelledby={`${base}-title`}
      aria-busy={pending}
      data-testid="scenario-form"
    >
      <h2 id={`${base}-title`}>{m.formTitle}</h2>
      <fieldset>
        <legend>{m.whatLegend}</legend>
        <label>
          <input
            type="radio"
            name="wat"
            value="proces"
            checked={what === 'process'}
            onChange={() => setWhat('process')}
          />{' '}
          {m.whatProcess}
        </label>{' '}
        <label>
          <input
            type="radio"
            name="wat"
            value="aanbieder"
            checked={what === 'operator'}
            onChange={() => setWhat('operator')}
          />{' '}
          {m.whatOperator}
        </label>
      </fieldset>
      <fieldset disabled={what !== 'process'}>
        <legend>{m.processesLegend}</legend>
        {categories.map((c) => (
          <fieldset key={c} className="check-grid">
            <legend>{fmt(m.category, { c })}</legend>
            {options.processes
              .filter((p) => p.category === c)
              .map((p) => (
                <label key={p.id}>
                  <input type="checkbox" name="proces" value={p.id} defaultChecked={processIds.has(p.id)} />{' '}
                  {p.name}
                </label>
              ))}
          </fieldset>
        ))}
      </fieldset>
      <fieldset disabled={what !== 'process'} className="check-grid">
        <legend>{m.regionsLegend}</legend>
        {options.regions.map((r) => (
          <label key={r.id}>
            <input type="checkbox" name="regio" value={r.id} defaultChecked={regionCodes.has(r.id)} /> {r.id}{' '}
            {r.name}
          </label>
        ))}
      </fieldset>
      <p>
        <label htmlFor={`${base}-op`}>{m.operatorLabel}</label>{' '}
        <select id={`${base}-op`} name="aanbieder" defaultValue={operatorId} disabled={what !== 'operator'}>
          <option value="">{m.operatorNone}</option>
          {options.operators.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </p>
      <p>
        <label htmlFor={`${base}-h`}>{m.hoursLabel}</label>{' '}
        <input
          id={`${base}-h`}
          name="uren"
          type="number"
          inputMode="numeric"
          min={1}
          max={720}
          step={1}
          defaultValue={initial?.maxHours ?? ''}
        />
      </p>
      <p>
        <button type="submit" className="button" disabled={pending}>
          {m.compute}
        </button>
      </p>
      <div role="status" aria-live="polite" data-testid="scenario-pending">
        {pending ? (
          <>
            <p>{m.computing}</p>
            <div className="progress indeterminate" aria-hidden="true">
              <span />
            </div>
          </>
        ) : null}
      </div>
    </form>
  );
}
