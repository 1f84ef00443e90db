'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import { INDICATORS, type SurveyDraft, type SurveyQuestion } from '@/lib/domain/survey';
import { fmt } from '@/lib/i18n/define';
import { FormStatus } from '@/app/_components/FormStatus';
import { sendJson } from '@/app/_components/send-json';
import type { Messages } from '@/lib/i18n';
import { StepAnswers, type DraftAnswer } from './StepAnswers';
import { StepOrganisations } from './StepOrganisations';
import { StepReflections, type DraftReflection } from './StepReflections';
import { useDraftSaver } from './useDraftSaver';

export interface SurveyFormProps {
  m: Messages['survey'];
  locale: 'nl' | 'en';
  taskId: string;
  version: number;
  submitted: boolean;
  token: string | null;
  draft: SurveyDraft;
  questions: SurveyQuestion[];
  organisations: { id: string; name: string; chain: string }[];
  expectedPartners: { orgId: string; name: string }[];
}

const AUTOSAVE_MS = 1500;

function complete(a: DraftAnswer | undefined): boolean {
  return (
    !!a &&
    a.frequency !== undefined &&
    a.agreement !== undefined &&
    INDICATORS.every((k) => a[k] !== undefined)
  );
}

/** The three-step form. Every step change saves the draft, and changes are saved 1.5 s after the last one. */
export function SurveyForm(p: SurveyFormProps) {
  const { m } = p;
  const [step, setStep] = useState<1 | 2 | 3>(p.draft.step);
  const [orgIds, setOrgIds] = useState<string[]>(p.draft.orgIds);
  const [answers, setAnswers] = useState(() => new Map(p.draft.answers.map((a) => [a.orgId, a])));
  const [reflections, setReflections] = useState(() => new Map(p.draft.reflections.map((r) => [r.orgId, r])));
  const [done, setDone] = useState<string>(p.submitted ? m.submitted : '');
  const [problem, setProblem] = useState('');
  const { save, state, version, setState } = useDraftSaver(p.taskId, p.version, p.token);
  const heading = useRef<HTMLHeadingElement>(null);
  const dirty = useRef(false);

  const names = useMemo(() => new Map(p.organisations.map((o) => [o.id, o.name])), [p.organisations]);
  const uncovered = p.expectedPartners.filter((x) => !orgIds.includes(x.orgId));
  const draft = (s: 1 | 2 | 3 = step): SurveyDraft => ({
    step: s,
    orgIds,
    answers: orgIds.map((id) => answers.get(id) ?? { orgId: id }),
    reflections: uncovered.map((u) => reflections.get(u.orgId) ?? { orgId: u.orgId }),
  });
  const latest = useRef(draft);
  latest.current = draft;

  useEffect(() => {
    if (!dirty.current) return;
    const t = setTimeout(() => void save(latest.current()), AUTOSAVE_MS);
    return () => clearTimeout(t);
  }, [orgIds, answers, reflections, save]);

  const touch = () => {
    dirty.current = true;
    setDone('');
  };

  async function go(next: 1 | 2 | 3) {
    setProblem('');
    if (await save(draft(next))) {
      setStep(next);
      heading.current?.focus();
    }
  }

  async function propose(name: string, note: string): Promise<string> {
    const sent = await sendJson(`/api/enquete-taken/${encodeURIComponent(p.taskId)}/voorstel`, {
      name,
      note,
      token: p.token,
    });
    return sent.ok ? m.proposed : sent.message;
  }

  async function submit() {
    setProblem('');
    const missing = orgIds.find((id) => !complete(answers.get(id)));
    if (missing) {
      setProblem(fmt(m.missing, { org: names.get(missing) ?? missing }));
      setStep(2);
      return;
    }
    // The draft first (so a failed submission loses nothing), then the submission with the new version.
    if (!(await save(draft(3)))) return;
    setState({ kind: 'saving' });
    const sent = await sendJson<{ version?: number }>(`/api/enquete-taken/${encodeURIComponent(p.taskId)}`, {
      expectedVersion: version.current,
      token: p.token,
      answers: orgIds.map((id) => ({ kinds: [], ...answers.get(id) })),
      reflections: uncovered
        .map((u) => reflections.get(u.orgId))
        .filter((r): r is DraftReflection => !!r && r.worksWith !== undefined)
        .map((r) => ({ whyNot: '', blockers: '', ...r })),
    });
    if (sent.ok && typeof sent.data.version === 'number') {
      version.current = sent.data.version;
      dirty.current = false;
      setState({ kind: 'idle' });
      setDone(m.submitted);
      return;
    }
    setState({ kind: 'error', text: sent.ok ? String(200) : sent.message });
  }

  const stepTitle = step === 1 ? m.step1 : step === 2 ? m.step2 : m.step3;
  return (
    <form onSubmit={(e) => e.preventDefault()} aria-busy={state.kind === 'saving'} data-testid="survey-form">
      <p className="hint">{m.privacy}</p>
      <h2 ref={heading} tabIndex={-1} data-testid="survey-step">
        {fmt(m.step, { n: step })}: {stepTitle}
      </h2>
      {step === 1 ? (
        <StepOrganisations
          m={m}
          organisations={p.organisations}
          chosen={orgIds}
          onChange={(ids) => {
            touch();
            setOrgIds(ids);
          }}
          onPropose={propose}
        />
      ) : null}
      {step === 2 ? (
        <StepAnswers
          m={m}
          locale={p.locale}
          questions={p.questions}
          orgs={orgIds.map((id) => ({ id, name: names.get(id) ?? id }))}
          answers={answers}
          onChange={(orgId, patch) => {
            touch();
            setAnswers((prev) => new Map(prev).set(orgId, { ...(prev.get(orgId) ?? { orgId }), ...patch }));
          }}
        />
      ) : null}
      {step === 3 ? (
        <StepReflections
          m={m}
          partners={uncovered}
          reflections={reflections}
          onChange={(orgId, patch) => {
            touch();
            setReflections((prev) =>
              new Map(prev).set(orgId, { ...(prev.get(orgId) ?? { orgId }), ...patch }),
            );
          }}
        />
      ) : null}
      {problem ? (
        <p className="field-error" role="alert">
          {problem}
        </p>
      ) : null}
      <p className="actions">
        {step > 1 ? (
          <button type="button" className="button secondary" onClick={() => void go((step - 1) as 1 | 2)}>
            {m.prev}
          </button>
        ) : null}{' '}
        <button type="button" className="button secondary" onClick={() => void save(draft())}>
          {m.saveDraft}
        </button>{' '}
        {step < 3 ? (
          <button type="button" className="button" onClick={() => void go((step + 1) as 2 | 3)}>
            {m.next}
          </button>
        ) : (
          <button type="button" className="button" onClick={() => void submit()} data-testid="survey-submit">
            {m.submit}
          </button>
        )}
      </p>
      <FormStatus
        testId="survey-status"
        status={
          <>
            {state.kind === 'saving' ? <p>{m.saving}</p> : null}
            {state.kind === 'saved' && !done ? <p>{fmt(m.saved, { time: state.at })}</p> : null}
            {done ? <p className="notice">{done}</p> : null}
          </>
        }
        error={state.kind === 'stale' ? m.stale : state.kind === 'error' ? state.text : ''}
      />
    </form>
  );
}
