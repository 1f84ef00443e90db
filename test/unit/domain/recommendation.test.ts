import { describe, expect, it } from 'vitest';
import {
  RECOMMENDATION_STAGES,
  STAGE_TRANSITIONS,
  recommendationInput,
  stageChangeInput,
  stageChangeProblem,
  stageChangeProblems,
  type RecommendationStage,
} from '../../../lib/domain/recommendation';

const change = (to: RecommendationStage, extra: Record<string, unknown> = {}) =>
  stageChangeInput.parse({ id: 'ab-1', to, expectedVersion: 1, date: '2026-11-02', ...extra });

describe('stageChangeProblem', () => {
  it('allows the order idee → aanbeveling → voorgelegd → overgenomen → landelijke afspraak → wet', () => {
    const path: RecommendationStage[] = [
      'idee',
      'aanbeveling',
      'voorgelegd',
      'overgenomen',
      'landelijke-afspraak',
      'wet-regelgeving',
    ];
    for (let i = 1; i < path.length; i++) expect(stageChangeProblem(path[i - 1]!, path[i]!)).toBeNull();
  });
  it('refuses a skip and names the next stage in both languages', () => {
    const p = stageChangeProblem('idee', 'voorgelegd');
    expect(p?.nl).toBe(
      'Van ‘idee’ kan een aanbeveling niet naar ‘voorgelegd’: het volgende stadium is ‘aanbeveling van het netwerk’.',
    );
    expect(p?.en).toBe(
      'A recommendation cannot go from ‘idea’ to ‘submitted’: the next stage is ‘network recommendation’.',
    );
  });
  it('lists every possible next stage after a submission', () => {
    expect(stageChangeProblem('voorgelegd', 'landelijke-afspraak')?.nl).toContain(
      '‘overgenomen’, ‘aangehouden’ of ‘afgewezen’',
    );
  });
  it('refuses going back and says a rejection is final', () => {
    expect(stageChangeProblem('overgenomen', 'idee')?.nl).toContain('‘landelijke afspraak’');
    expect(stageChangeProblem('afgewezen', 'voorgelegd')?.en).toBe(
      'A recommendation at the stage ‘rejected’ goes no further; ‘submitted’ is not possible.',
    );
    expect(stageChangeProblem('idee', 'idee')?.nl).toBe('De aanbeveling staat al in het stadium ‘idee’.');
  });
  it('lets a submitted recommendation go to one more body, and a held-over one be submitted again', () => {
    expect(stageChangeProblem('voorgelegd', 'voorgelegd')).toBeNull();
    expect(stageChangeProblem('aangehouden', 'voorgelegd')).toBeNull();
  });
  it('has a transition list for every stage, pointing at stages that exist', () => {
    for (const s of RECOMMENDATION_STAGES)
      for (const t of STAGE_TRANSITIONS[s]) expect(RECOMMENDATION_STAGES).toContain(t);
  });
});

describe('stageChangeProblems', () => {
  it('asks for a body when submitting', () => {
    expect(stageChangeProblems({ stage: 'aanbeveling', submittedTo: [] }, change('voorgelegd'))).toEqual([
      {
        nl: 'Voorleggen vraagt minstens één gremium en een datum.',
        en: 'Submitting needs at least one body and a date.',
      },
    ]);
    expect(
      stageChangeProblems(
        { stage: 'aanbeveling', submittedTo: [] },
        change('voorgelegd', { bodyIds: ['veiligheidsberaad'] }),
      ),
    ).toEqual([]);
  });
  it('asks for the answer of a body the recommendation went to', () => {
    const at = { stage: 'voorgelegd' as const, submittedTo: ['veiligheidsberaad'] };
    expect(stageChangeProblems(at, change('overgenomen', { bodyIds: ['veiligheidsberaad'] }))[0]?.en).toMatch(
      /answer/,
    );
    expect(
      stageChangeProblems(at, change('overgenomen', { bodyIds: ['nctv'], answer: 'Akkoord.' }))[0]?.nl,
    ).toMatch(/niet is voorgelegd/);
    expect(
      stageChangeProblems(at, change('afgewezen', { bodyIds: ['veiligheidsberaad'], answer: 'Nee.' })),
    ).toEqual([]);
  });
  it('asks for an agreement or document, and for a reference to a law', () => {
    expect(
      stageChangeProblems({ stage: 'overgenomen', submittedTo: [] }, change('landelijke-afspraak')),
    ).toHaveLength(1);
    expect(
      stageChangeProblems(
        { stage: 'overgenomen', submittedTo: [] },
        change('landelijke-afspraak', { documentId: 'doc-modelconvenant' }),
      ),
    ).toEqual([]);
    expect(
      stageChangeProblems({ stage: 'landelijke-afspraak', submittedTo: [] }, change('wet-regelgeving')),
    ).toHaveLength(1);
  });
  it('reports only the order when the order is wrong', () => {
    expect(stageChangeProblems({ stage: 'idee', submittedTo: [] }, change('wet-regelgeving'))).toHaveLength(
      1,
    );
  });
});

describe('recommendationInput', () => {
  it('needs a title, problem and proposal and drops duplicate links', () => {
    const ok = recommendationInput.parse({
      title: ' Liaisons ',
      problem: 'p',
      proposal: 'v',
      coalitionIds: ['co-a', 'co-a'],
    });
    expect(ok).toMatchObject({ title: 'Liaisons', owner: null, coalitionIds: ['co-a'], reviewIds: [] });
    const bad = recommendationInput.safeParse({ title: '', problem: 'p', proposal: 'v', extra: 1 });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.message).join(' ')).toMatch(/titel \/ title is verplicht/);
  });
  it('refuses an unknown stage with the list of stages', () => {
    const bad = stageChangeInput.safeParse({ id: 'a', to: 'klaar', expectedVersion: 0, date: '2026-01-01' });
    expect(bad.error?.issues[0]?.message).toContain('idee, aanbeveling, voorgelegd');
  });
});
