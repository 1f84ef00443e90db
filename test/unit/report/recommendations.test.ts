import { describe, expect, it } from 'vitest';
import {
  movedBetween,
  pipelineFigures,
  stagesAt,
  type PipelineStep,
} from '../../../lib/report/recommendations';

const step = (
  recommendationId: string,
  at: string,
  toStage: PipelineStep['toStage'],
  fromStage: PipelineStep['fromStage'] = null,
): PipelineStep => ({ recommendationId, at: `${at}T09:00:00.000Z`, fromStage, toStage, bodyIds: [] });

// Three recommendations: a went all the way to a national agreement, b was rejected, c is an idea.
const steps = [
  step('a', '2026-01-01', 'idee'),
  step('a', '2026-01-11', 'aanbeveling', 'idee'),
  step('a', '2026-02-10', 'voorgelegd', 'aanbeveling'),
  step('a', '2026-04-11', 'overgenomen', 'voorgelegd'),
  step('a', '2026-05-01', 'landelijke-afspraak', 'overgenomen'),
  step('b', '2026-01-05', 'idee'),
  step('b', '2026-01-25', 'aanbeveling', 'idee'),
  step('b', '2026-02-04', 'voorgelegd', 'aanbeveling'),
  step('b', '2026-02-14', 'voorgelegd', 'voorgelegd'),
  step('b', '2026-03-06', 'afgewezen', 'voorgelegd'),
  step('c', '2026-06-01', 'idee'),
];
const current = [
  { id: 'a', stage: 'landelijke-afspraak' as const },
  { id: 'b', stage: 'afgewezen' as const },
  { id: 'c', stage: 'idee' as const },
];

describe('pipelineFigures', () => {
  it('counts per stage and takes the median of the stays that ended', () => {
    const f = pipelineFigures(current, steps);
    const of = (s: string) => f.stages.find((x) => x.stage === s)!;
    expect(of('idee')).toEqual({ stage: 'idee', count: 1, medianDays: 15, stays: 2 });
    expect(of('aanbeveling')).toMatchObject({ medianDays: 20, stays: 2 }); // 30 and 10 days
    // b's second submission does not start a new stay: 2026-02-04 → 2026-03-06 is one stay of 30 days.
    expect(of('voorgelegd')).toMatchObject({ stays: 2, medianDays: 45 }); // a: 60, b: 30
    expect(of('landelijke-afspraak')).toMatchObject({ count: 1, medianDays: null, stays: 0 });
    expect(f.total).toBe(3);
  });
  it('gives a funnel where a later stage counts for the earlier ones', () => {
    expect(pipelineFigures(current, steps).funnel).toEqual([
      { stage: 'idee', reached: 3 },
      { stage: 'aanbeveling', reached: 2 },
      { stage: 'voorgelegd', reached: 2 },
      { stage: 'overgenomen', reached: 1 },
      { stage: 'landelijke-afspraak', reached: 1 },
      { stage: 'wet-regelgeving', reached: 0 },
    ]);
  });
});

describe('stagesAt and movedBetween', () => {
  it('reconstructs where each stood at a moment', () => {
    const at = stagesAt(steps, '2026-03-01T00:00:00.000Z');
    expect(Object.fromEntries(at)).toEqual({ a: 'voorgelegd', b: 'voorgelegd' });
  });
  it('lists the moves between two moments, bounds exclusive then inclusive', () => {
    const moved = movedBetween(steps, '2026-04-11T09:00:00.000Z', '2026-06-01T09:00:00.000Z');
    expect(moved.map((m) => `${m.recommendationId}:${m.toStage}`)).toEqual([
      'a:landelijke-afspraak',
      'c:idee',
    ]);
    expect(movedBetween(steps, null, '2026-01-05T09:00:00.000Z')).toHaveLength(2);
  });
});
