import { describe, expect, it } from 'vitest';
import { summarise } from '@/lib/analysis/survey';
import type { StoredSurveyAnswer } from '@/lib/domain/survey';
import { surveySection } from '@/lib/pdf/html-survey';
import type { BriefingData } from '@/lib/pdf/model';

const a = (respondentId: string, v: number): StoredSurveyAnswer => ({
  roundId: 'r',
  respondentId,
  respondentOrgId: `o-${respondentId}`,
  orgId: 'x',
  date: '2026-05-01',
  frequency: 'maandelijks',
  kinds: [],
  agreement: 'ja',
  openness: v,
  reliability: v,
  mission: v,
  influence: v,
  resources: v,
  involvement: v,
});

function data(locale: 'nl' | 'en', respondents: number): BriefingData {
  const answers = Array.from({ length: respondents }, (_, i) => a(`p${i}`, (i % 4) + 1));
  return {
    locale,
    survey: {
      title: 'Ronde (fictief)',
      closedAt: '2026-05-31T16:00:00.000Z',
      responseRate: 0.5,
      ties: 10,
      confirmed: 4,
      reciprocity: 0.4,
      trust: summarise(answers, 'trust'),
      value: summarise(answers, 'value'),
      chainPairs: [
        {
          raterChain: 'algemeen',
          ratedChain: 'functioneel',
          trust: summarise(answers, 'trust'),
          value: summarise(answers.slice(0, 2), 'value'),
        },
      ],
    },
  } as BriefingData;
}

describe('surveySection', () => {
  it('prints the network trust (mean of 1,2,3,4 = 2.50) and reciprocity 40%', () => {
    const html = surveySection(data('en', 4), (c) => c);
    expect(html).toContain('2.50');
    expect(html).toContain('40');
    expect(html).toContain('10 reported ties, 4 of them confirmed');
  });
  it('withholds a score from fewer than 3 respondents, in Dutch too', () => {
    const html = surveySection(data('nl', 2), (c) => c);
    expect(html).toContain('te weinig antwoorden');
    expect(html).not.toMatch(/n = 2/);
    expect(surveySection(data('nl', 4), (c) => c)).toContain('te weinig antwoorden'); // the chain pair's value (2)
  });
  it('is empty without a closed round', () => {
    expect(surveySection({ locale: 'nl', survey: null } as BriefingData, (c) => c)).toBe('');
  });
});
