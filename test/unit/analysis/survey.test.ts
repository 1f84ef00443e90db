import { describe, expect, it } from 'vitest';
import {
  compareRounds,
  composite,
  contactsFromTies,
  contactsWithoutRound,
  isEvidenceOfRound,
  roundEffect,
  summariseReflections,
  networkScores,
  quantile,
  reciprocity,
  reportedTies,
  responseRates,
  scoresByChainPair,
  scoresByOrganisation,
  uncoveredKoppelvlakken,
} from '@/lib/analysis/survey';
import { AnalysisInputError } from '@/lib/analysis/errors';
import {
  surveyAnswer,
  surveyDraft,
  surveyRoundInput,
  surveySubmission,
  type StoredSurveyAnswer,
  type SurveyFrequency,
} from '@/lib/domain/survey';

// A hand-built round: three regions (algemeen) and two operators (functioneel).
const ORGS = [
  { id: 'vr1', chain: 'algemeen', regionCodes: ['VR01'], sectorId: null },
  { id: 'vr2', chain: 'algemeen', regionCodes: ['VR02'], sectorId: null },
  { id: 'vr3', chain: 'algemeen', regionCodes: ['VR03'], sectorId: null },
  { id: 'net', chain: 'functioneel', regionCodes: ['VR01', 'VR02'], sectorId: 'energie' },
  { id: 'wtr', chain: 'functioneel', regionCodes: ['VR03'], sectorId: 'drinkwater' },
] as const;
const orgs = ORGS.map((o) => ({ ...o, regionCodes: [...o.regionCodes] }));

function ans(
  respondentId: string,
  respondentOrgId: string,
  orgId: string,
  frequency: SurveyFrequency,
  trust: [number | null, number | null, number | null] = [null, null, null],
  value: [number | null, number | null, number | null] = [null, null, null],
): StoredSurveyAnswer {
  return {
    roundId: 'r1',
    respondentId,
    respondentOrgId,
    orgId,
    date: '2026-11-01',
    frequency,
    kinds: ['overleg'],
    agreement: 'nee',
    openness: trust[0],
    reliability: trust[1],
    mission: trust[2],
    influence: value[0],
    resources: value[1],
    involvement: value[2],
  };
}

describe('reportedTies', () => {
  const answers = [
    ans('p1', 'vr1', 'net', 'wekelijks'),
    ans('p2', 'net', 'vr1', 'maandelijks'),
    ans('p3', 'vr2', 'net', 'jaarlijks'),
    ans('p4', 'vr3', 'wtr', 'nooit'),
    ans('p5', 'vr3', 'vr3', 'wekelijks'),
  ];
  const ties = reportedTies(answers);
  it('makes one tie per pair, confirmed only when both sides named each other', () => {
    expect(ties.map((t) => [t.orgAId, t.orgBId, t.confirmed])).toEqual([
      ['net', 'vr1', true],
      ['net', 'vr2', false],
    ]);
  });
  it('gives a confirmed tie the lower of the two sides (wekelijks vs maandelijks → maandelijks)', () => {
    expect(ties[0]!.frequencyFromA).toBe('maandelijks'); // 'net' < 'vr1': A = net
    expect(ties[0]!.frequencyFromB).toBe('wekelijks');
    expect(ties[0]!.frequency).toBe('maandelijks');
    expect(ties[0]!.respondentIds).toEqual(['p1', 'p2']);
  });
  it('ignores nooit and answers about the own organisation', () => {
    expect(ties.some((t) => t.orgAId === 'vr3' || t.orgBId === 'vr3')).toBe(false);
  });
  it('refuses input that is not an array', () => {
    expect(() => reportedTies(null as never)).toThrow(AnalysisInputError);
  });
  it('turns only confirmed ties of at least monthly into contact evidence', () => {
    const c = contactsFromTies(ties, '2026-12-01');
    expect(c).toHaveLength(1);
    expect(c[0]).toMatchObject({
      orgAId: 'net',
      orgBId: 'vr1',
      date: '2026-12-01',
      strength: 2,
      personIds: [],
    });
    const yearly = reportedTies([ans('p1', 'vr1', 'net', 'jaarlijks'), ans('p2', 'net', 'vr1', 'wekelijks')]);
    expect(contactsFromTies(yearly, '2026-12-01')).toEqual([]);
  });
});

describe('reciprocity', () => {
  it('is confirmed / reported per chain pair: algemeen|functioneel 1 of 2 = 0.5', () => {
    const ties = reportedTies([
      ans('p1', 'vr1', 'net', 'wekelijks'),
      ans('p2', 'net', 'vr1', 'maandelijks'),
      ans('p3', 'vr2', 'net', 'jaarlijks'),
      ans('p4', 'vr1', 'vr2', 'jaarlijks'),
    ]);
    const r = reciprocity(ties, orgs);
    expect(r.find((x) => x.key === 'algemeen|functioneel')).toMatchObject({
      ties: 2,
      confirmed: 1,
      rate: 0.5,
    });
    expect(r.find((x) => x.key === 'algemeen|algemeen')).toMatchObject({ ties: 1, confirmed: 0, rate: 0 });
    expect(r.find((x) => x.key === '*')).toMatchObject({ ties: 3, confirmed: 1 });
    expect(r.find((x) => x.key === '*')!.rate).toBeCloseTo(1 / 3, 12);
  });
});

describe('trust and value scores', () => {
  // Four respondents rate 'net'. Trust composites (mean of the rated indicators):
  //   p1: (4+4+4)/3 = 4;  p2: (3+2+1)/3 = 2;  p3: (3+3)/2 = 3 (mission "weet ik niet");  p4: 1 (1,1,1)
  // sorted: 1, 2, 3, 4 → mean 2.5, min 1, max 4, median (2+3)/2 = 2.5,
  // q1 = 1 + 0.75·(2−1) = 1.75, q3 = 3 + 0.25·(4−3) = 3.25 (linear, type 7).
  // Indicator counts: 1 → 4 (p2 mission, p4 ×3); 2 → 1; 3 → 3; 4 → 3; weet ik niet → 1.
  const rated = [
    ans('p1', 'vr1', 'net', 'wekelijks', [4, 4, 4], [2, 2, 2]),
    ans('p2', 'vr2', 'net', 'maandelijks', [3, 2, 1], [null, null, null]),
    ans('p3', 'vr3', 'net', 'jaarlijks', [3, 3, null], [4, 4, 4]),
    ans('p4', 'wtr', 'net', 'jaarlijks', [1, 1, 1], [3, 3, 3]),
    // about themselves: never counts
    ans('p5', 'net', 'net', 'wekelijks', [4, 4, 4], [4, 4, 4]),
    // only two respondents rate vr1: withheld
    ans('p6', 'net', 'vr1', 'wekelijks', [4, 4, 4], [4, 4, 4]),
    ans('p7', 'wtr', 'vr1', 'wekelijks', [1, 1, 1], [1, 1, 1]),
  ];
  const byOrg = new Map(scoresByOrganisation(rated).map((s) => [s.orgId, s]));
  it('computes the composite as the mean of rated indicators', () => {
    expect(composite(rated[2]!, 'trust')).toBe(3);
    expect(composite(rated[1]!, 'value')).toBeNull();
  });
  it('gives net mean 2.5, median 2.5, quartiles 1.75 and 3.25 and the counts per rating', () => {
    const t = byOrg.get('net')!.trust;
    if (t.withheld) throw new Error('net trust should be shown');
    expect(t).toMatchObject({ respondents: 4, ratings: 4, mean: 2.5, min: 1, max: 4, median: 2.5 });
    expect(t.q1).toBeCloseTo(1.75, 12);
    expect(t.q3).toBeCloseTo(3.25, 12);
    expect(t.counts).toEqual([4, 1, 3, 3]);
    expect(t.dontKnow).toBe(1);
    // openness (4+3+3+1)/4 = 2.75; mission (4+1+1)/3 = 2
    expect(t.indicators.openness).toBeCloseTo(2.75, 12);
    expect(t.indicators.mission).toBeCloseTo(2, 12);
  });
  it('counts value only from respondents who rated it: 3 (p1 2, p3 4, p4 3) → mean 3', () => {
    const v = byOrg.get('net')!.value;
    expect(v).toMatchObject({ withheld: false, respondents: 3, mean: 3, median: 3 });
  });
  it('withholds a score rated by fewer than 3 respondents (vr1: 2)', () => {
    expect(byOrg.get('vr1')!.trust).toEqual({ withheld: true, respondents: 2 });
    expect(byOrg.get('vr1')!.value).toEqual({ withheld: true, respondents: 2 });
  });
  it('scores per directed chain pair: algemeen rates functioneel from p1, p2, p3', () => {
    const pairs = scoresByChainPair(rated, orgs);
    const af = pairs.find((p) => p.raterChain === 'algemeen' && p.ratedChain === 'functioneel')!;
    // composites 4, 2, 3 → mean 3
    expect(af.trust).toMatchObject({ withheld: false, respondents: 3, mean: 3 });
    const ff = pairs.find((p) => p.raterChain === 'functioneel' && p.ratedChain === 'functioneel')!;
    expect(ff.trust.withheld).toBe(true); // only p4
    const fa = pairs.find((p) => p.raterChain === 'functioneel' && p.ratedChain === 'algemeen')!;
    expect(fa.trust).toEqual({ withheld: true, respondents: 2 });
  });
  it('scores the whole network from every answer about another organisation', () => {
    const n = networkScores(rated);
    // trust composites 4, 2, 3, 1, 4, 1 → sum 15 / 6 = 2.5
    expect(n.trust).toMatchObject({ withheld: false, respondents: 6, ratings: 6, mean: 2.5 });
  });
  it('takes a lower threshold when asked (minRespondents 2 shows vr1: (4+1)/2 = 2.5)', () => {
    const s = scoresByOrganisation(rated, { minRespondents: 2 }).find((x) => x.orgId === 'vr1')!;
    expect(s.trust).toMatchObject({ withheld: false, mean: 2.5 });
  });
  it('interpolates quantiles and refuses an empty list', () => {
    expect(quantile([1, 2, 3, 4, 5], 0.25)).toBe(2);
    expect(() => quantile([], 0.5)).toThrow(AnalysisInputError);
  });
});

describe('responseRates', () => {
  it('counts submitted tasks per chain, region and sector', () => {
    const task = (id: string, orgId: string, status: 'open' | 'concept' | 'ingediend') => ({
      id,
      roundId: 'r1',
      personId: id,
      orgId,
      status,
      submittedAt: null,
    });
    const r = responseRates(
      [
        task('a', 'vr1', 'ingediend'),
        task('b', 'vr2', 'concept'),
        task('c', 'net', 'ingediend'),
        task('d', 'wtr', 'open'),
      ],
      orgs,
    );
    const get = (dim: string, key: string) => r.find((x) => x.dimension === dim && x.key === key);
    expect(get('totaal', '*')).toMatchObject({ asked: 4, answered: 2, rate: 0.5 });
    expect(get('keten', 'algemeen')).toMatchObject({ asked: 2, answered: 1, rate: 0.5 });
    expect(get('keten', 'functioneel')).toMatchObject({ asked: 2, answered: 1 });
    // net serves VR01 and VR02: counts in both
    expect(get('regio', 'VR01')).toMatchObject({ asked: 2, answered: 2, rate: 1 });
    expect(get('regio', 'VR02')).toMatchObject({ asked: 2, answered: 1 });
    expect(get('sector', 'drinkwater')).toMatchObject({ asked: 1, answered: 0, rate: 0 });
  });
});

describe('uncoveredKoppelvlakken', () => {
  const kv = [
    { id: 'k1', fromId: 'vr1', toId: 'net', processId: 'stroom', confidential: false },
    { id: 'k2', fromId: 'vr1', toId: 'wtr', processId: 'water', confidential: false },
    { id: 'k3', fromId: 'vr2', toId: 'vr1', processId: 'x', confidential: false },
    { id: 'k4', fromId: 'vr1', toId: 'vr3', processId: 'geheim', confidential: true },
    { id: 'k5', fromId: 'vr2', toId: 'net', processId: 'stroom', confidential: false },
  ];
  it('lists partners of the own organisation nobody named, never confidential ones', () => {
    expect(uncoveredKoppelvlakken('vr1', kv, ['net']).map((u) => u.orgId)).toEqual(['vr2', 'wtr']);
    expect(uncoveredKoppelvlakken('vr1', kv, []).map((u) => u.orgId)).toEqual(['net', 'vr2', 'wtr']);
  });
});

describe('compareRounds', () => {
  it('finds ties that appeared, disappeared, strengthened and weakened', () => {
    const before = reportedTies([
      ans('p1', 'vr1', 'net', 'jaarlijks'),
      ans('p2', 'vr2', 'net', 'wekelijks'),
      ans('p3', 'vr3', 'wtr', 'maandelijks'),
    ]);
    const after = reportedTies([
      ans('p1', 'vr1', 'net', 'maandelijks'),
      ans('p2', 'vr2', 'net', 'per-kwartaal'),
      ans('p4', 'vr1', 'vr2', 'jaarlijks'),
    ]);
    const c = compareRounds(before, after);
    expect(c.appeared.map((t) => [t.orgAId, t.orgBId])).toEqual([['vr1', 'vr2']]);
    expect(c.disappeared.map((t) => [t.orgAId, t.orgBId])).toEqual([['vr3', 'wtr']]);
    expect(c.strengthened.map((t) => [t.before, t.after])).toEqual([['jaarlijks', 'maandelijks']]);
    expect(c.weakened.map((t) => [t.before, t.after])).toEqual([['wekelijks', 'per-kwartaal']]);
  });
});

describe('survey schemas', () => {
  const ok = {
    orgId: 'net',
    frequency: 'maandelijks',
    kinds: ['overleg'],
    agreement: 'ja',
    openness: '3',
    reliability: 'weet-niet',
    mission: 4,
    influence: 1,
    resources: 2,
    involvement: 3,
  };
  it('reads form strings: "3" → 3, "weet-niet" → null', () => {
    const a = surveyAnswer.parse(ok);
    expect([a.openness, a.reliability, a.mission]).toEqual([3, null, 4]);
  });
  it('refuses a rating of 5 with a bilingual message', () => {
    const r = surveyAnswer.safeParse({ ...ok, openness: 5 });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.message).toMatch(/verwacht 1–4.*expected 1–4/);
  });
  it('refuses an unknown frequency and a duplicate organisation in a submission', () => {
    expect(surveyAnswer.safeParse({ ...ok, frequency: 'dagelijks' }).success).toBe(false);
    const dup = surveySubmission.safeParse({ answers: [ok, ok] });
    expect(dup.success).toBe(false);
    expect(dup.error!.issues[0]!.message).toMatch(/twee keer/);
  });
  it('keeps a partial draft', () => {
    const d = surveyDraft.parse({
      step: 2,
      orgIds: ['net'],
      answers: [{ orgId: 'net', frequency: 'wekelijks' }],
    });
    expect(d.answers[0]).toEqual({ orgId: 'net', frequency: 'wekelijks' });
  });
  it('refuses a round that closes before it opens, or a coalition audience without a coalition', () => {
    const base = {
      title: 'Ronde',
      periodFrom: '2025-12-01',
      periodTo: '2026-11-30',
      opensAt: '2026-12-01',
      closesAt: '2026-12-31',
      audience: { kind: 'alle' },
    };
    expect(surveyRoundInput.safeParse(base).success).toBe(true);
    expect(surveyRoundInput.safeParse({ ...base, closesAt: '2026-11-01' }).success).toBe(false);
    expect(surveyRoundInput.safeParse({ ...base, audience: { kind: 'coalitie', ref: null } }).success).toBe(
      false,
    );
  });
});

describe('what a round did', () => {
  it('takes out exactly the evidence of one round', () => {
    const contacts = [
      { id: 'enq:rt:r1:a|b' },
      { id: 'enq:rt:r10:a|c' },
      { id: 'enq:rt:r2:a|b' },
      { id: 'c-1' },
    ];
    expect(contactsWithoutRound(contacts, 'r1').map((c) => c.id)).toEqual([
      'enq:rt:r10:a|c',
      'enq:rt:r2:a|b',
      'c-1',
    ]);
    expect(isEvidenceOfRound({ id: 'enq:rt:r10:a|c' }, 'r1')).toBe(false);
  });
  it('lists the gaps that close and open, with both sets of figures', () => {
    const f = (gaps: number) => ({ coverageAll: 0.5, coverageA: null, crossChainDensity: 0.1, gaps });
    const e = roundEffect(
      2,
      { figures: f(3), gapIds: ['g3', 'g1', 'g2'] },
      { figures: f(2), gapIds: ['g2', 'g4'] },
    );
    expect(e).toEqual({
      evidence: 2,
      without: f(3),
      with: f(2),
      closedGapIds: ['g1', 'g3'],
      openedGapIds: ['g4'],
    });
  });
});

describe('step 3 answers per partner', () => {
  it('counts yes/no/unknown per partner, keeps the texts without their writer, most "no" first', () => {
    const s = summariseReflections([
      { orgId: 'x', worksWith: 'ja', whyNot: '', blockers: '' },
      { orgId: 'y', worksWith: 'nee', whyNot: ' geen tijd ', blockers: 'budget' },
      { orgId: 'y', worksWith: 'nee', whyNot: '', blockers: 'andere prioriteiten' },
      { orgId: 'x', worksWith: 'weet-niet', whyNot: '', blockers: '   ' },
    ]);
    expect(s).toEqual([
      { orgId: 'y', yes: 0, no: 2, dontKnow: 0, texts: ['andere prioriteiten', 'budget', 'geen tijd'] },
      { orgId: 'x', yes: 1, no: 0, dontKnow: 1, texts: [] },
    ]);
  });
});
