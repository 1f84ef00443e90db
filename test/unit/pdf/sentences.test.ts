import { describe, expect, it } from 'vitest';
import { changeSentence, changeSentences, comparisonIntro } from '../../../lib/pdf/sentences';
import { FIGURE_KEYS, type Figures } from '../../../lib/pdf/figures';

const figures = (over: Partial<Figures>): Figures => ({
  ...(Object.fromEntries(FIGURE_KEYS.map((k) => [k, 0])) as Figures),
  ...over,
});

describe('changeSentence', () => {
  it('says a rise in Dutch with whole percentages', () => {
    expect(changeSentence('coverageA', 0.68, 0.61, 'nl').text).toBe(
      'De dekking van categorie-A koppelvlakken steeg van 61% naar 68%.',
    );
  });
  it('says a fall in English', () => {
    expect(changeSentence('coverageA', 0.61, 0.68, 'en').text).toBe(
      'Coverage of category A interfaces fell from 68% to 61%.',
    );
  });
  it('reads a change that rounding hides as unchanged', () => {
    const s = changeSentence('coverageA', 0.612, 0.609, 'nl');
    expect(s.trend).toBe('same');
    expect(s.text).toBe('De dekking van categorie-A koppelvlakken bleef gelijk op 61%.');
  });
  it('states the value when there is no earlier snapshot', () => {
    expect(changeSentence('activeCoalitions', 10, null, 'nl').text).toBe(
      'Het aantal actieve coalities is 10.',
    );
  });
  it('prints the E-I index with sign and comma', () => {
    expect(changeSentence('eiAlgemeen', -0.17, 0.05, 'nl').text).toBe(
      'De E-I-index van de algemene keten daalde van +0,05 naar -0,17.',
    );
  });
  it('says when a value cannot be computed', () => {
    expect(changeSentence('crossChainDensity', null, 0.4, 'en')).toMatchObject({
      trend: 'unknown',
      text: 'No value can be computed for the density between the general and the functional chain.',
    });
  });
  it('formats large counts with a thousands separator per language', () => {
    expect(changeSentence('openGapsHoog', 1250, 1300, 'nl').text).toBe(
      'Het aantal open hiaten met hoge prioriteit daalde van 1.300 naar 1.250.',
    );
    expect(changeSentence('openGapsHoog', 1250, 1300, 'en').text).toBe(
      'The number of open high-priority gaps fell from 1,300 to 1,250.',
    );
  });
});

describe('changeSentences', () => {
  it('gives one sentence per headline figure, in order', () => {
    const out = changeSentences(figures({ coverageA: 0.5 }), figures({ coverageA: 0.25 }), 'nl');
    expect(out.map((s) => s.key)).toEqual([...FIGURE_KEYS]);
    expect(out.find((s) => s.key === 'coverageA')?.trend).toBe('up');
  });
  it('introduces the comparison or the baseline', () => {
    expect(comparisonIntro(null, 'nl', (d) => d)).toMatch(/eerste momentopname/);
    expect(comparisonIntro('2026-07-01', 'en', () => '1 July 2026')).toBe(
      'Compared with the previous snapshot of 1 July 2026:',
    );
  });
});
