'use client';

import { useId } from 'react';
import { SURVEY_AGREEMENT_ANSWERS, type SurveyDraft } from '@/lib/domain/survey';
import type { Messages } from '@/lib/i18n';

export type DraftReflection = SurveyDraft['reflections'][number];

/** Step 3: the expected koppelvlakken no answer covered — do you work with them, why not, what blocks you? */
export function StepReflections({
  m,
  partners,
  reflections,
  onChange,
}: {
  m: Messages['survey'];
  partners: { orgId: string; name: string }[];
  reflections: Map<string, DraftReflection>;
  onChange: (orgId: string, patch: Partial<DraftReflection>) => void;
}) {
  const id = useId();
  if (partners.length === 0) return <p className="notice">{m.step3Empty}</p>;
  return (
    <>
      <p>{m.step3Hint}</p>
      {partners.map((p, i) => {
        const r = reflections.get(p.orgId) ?? { orgId: p.orgId };
        const base = `${id}-${i}`;
        return (
          <fieldset key={p.orgId} className="card" data-testid={`survey-uncovered-${p.orgId}`}>
            <legend>
              <strong>{p.name}</strong>
            </legend>
            <fieldset className="radios">
              <legend>{m.worksWith}</legend>
              {SURVEY_AGREEMENT_ANSWERS.map((v) => (
                <label key={v}>
                  <input
                    type="radio"
                    name={`${base}-w`}
                    value={v}
                    checked={r.worksWith === v}
                    onChange={() => onChange(p.orgId, { worksWith: v })}
                  />{' '}
                  {v === 'ja' ? m.yes : v === 'nee' ? m.no : m.dontKnow}
                </label>
              ))}
            </fieldset>
            <p>
              <label htmlFor={`${base}-why`}>{m.whyNot}</label>
              <textarea
                id={`${base}-why`}
                rows={2}
                maxLength={2000}
                value={r.whyNot ?? ''}
                onChange={(e) => onChange(p.orgId, { whyNot: e.target.value })}
              />
            </p>
            <p>
              <label htmlFor={`${base}-block`}>{m.blocks}</label>
              <textarea
                id={`${base}-block`}
                rows={2}
                maxLength={2000}
                value={r.blockers ?? ''}
                onChange={(e) => onChange(p.orgId, { blockers: e.target.value })}
              />
            </p>
          </fieldset>
        );
      })}
    </>
  );
}
