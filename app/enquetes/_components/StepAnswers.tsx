'use client';

import { useId } from 'react';
import { CONTACT_KINDS } from '@/lib/domain/enums';
import {
  DONT_KNOW,
  INDICATORS,
  SURVEY_AGREEMENT_ANSWERS,
  SURVEY_FREQUENCIES,
  type Indicator,
  type SurveyDraft,
  type SurveyQuestion,
} from '@/lib/domain/survey';
import type { Messages } from '@/lib/i18n';

export type DraftAnswer = SurveyDraft['answers'][number];

/** A group of radio buttons with its question as legend (keyboard: arrows move within the group). */
function Radios({
  name,
  legend,
  options,
  value,
  onChange,
}: {
  name: string;
  legend: string;
  options: { value: string; label: string }[];
  value: string | undefined;
  onChange: (v: string) => void;
}) {
  return (
    <fieldset className="radios">
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.value}>
          <input
            type="radio"
            name={name}
            value={o.value}
            checked={value === o.value}
            onChange={() => onChange(o.value)}
          />{' '}
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}

const ratingValue = (v: number | null | undefined) =>
  v === undefined ? undefined : v === null ? DONT_KNOW : String(v);

/** Step 2: per chosen organisation, the round's questions. */
export function StepAnswers({
  m,
  locale,
  questions,
  orgs,
  answers,
  onChange,
}: {
  m: Messages['survey'];
  locale: 'nl' | 'en';
  questions: SurveyQuestion[];
  orgs: { id: string; name: string }[];
  answers: Map<string, DraftAnswer>;
  onChange: (orgId: string, patch: Partial<DraftAnswer>) => void;
}) {
  const id = useId();
  const q = (key: string) => questions.find((x) => x.key === key)?.[locale] ?? key;
  const ratingOptions = [
    { value: '1', label: m.r1 },
    { value: '2', label: m.r2 },
    { value: '3', label: m.r3 },
    { value: '4', label: m.r4 },
    { value: DONT_KNOW, label: m.dontKnow },
  ];
  const yesNo = SURVEY_AGREEMENT_ANSWERS.map((v) => ({
    value: v,
    label: v === 'ja' ? m.yes : v === 'nee' ? m.no : m.dontKnow,
  }));
  return (
    <>
      {orgs.map((o, i) => {
        const a = answers.get(o.id) ?? { orgId: o.id };
        const name = `${id}-${i}`;
        return (
          <fieldset key={o.id} className="card" data-testid={`survey-org-${o.id}`}>
            <legend>
              <strong>{o.name}</strong>
            </legend>
            <Radios
              name={`${name}-f`}
              legend={q('frequency')}
              options={SURVEY_FREQUENCIES.map((f) => ({ value: f, label: m[`freq.${f}`] }))}
              value={a.frequency}
              onChange={(v) => onChange(o.id, { frequency: v as DraftAnswer['frequency'] })}
            />
            <fieldset className="radios">
              <legend>{q('kinds')}</legend>
              {CONTACT_KINDS.map((k) => (
                <label key={k}>
                  <input
                    type="checkbox"
                    name={`${name}-k`}
                    value={k}
                    checked={a.kinds?.includes(k) ?? false}
                    onChange={(e) =>
                      onChange(o.id, {
                        kinds: e.target.checked
                          ? [...(a.kinds ?? []), k]
                          : (a.kinds ?? []).filter((x) => x !== k),
                      })
                    }
                  />{' '}
                  {m[`kind.${k}`]}
                </label>
              ))}
            </fieldset>
            <Radios
              name={`${name}-a`}
              legend={q('agreement')}
              options={yesNo}
              value={a.agreement}
              onChange={(v) => onChange(o.id, { agreement: v as DraftAnswer['agreement'] })}
            />
            {INDICATORS.map((k: Indicator) => (
              <Radios
                key={k}
                name={`${name}-${k}`}
                legend={q(k)}
                options={ratingOptions}
                value={ratingValue(a[k])}
                onChange={(v) => onChange(o.id, { [k]: v === DONT_KNOW ? null : Number(v) })}
              />
            ))}
          </fieldset>
        );
      })}
    </>
  );
}
