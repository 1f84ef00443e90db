import { describe, expect, it } from 'vitest';
import { cascade, dependencyCycles, validateDependencies } from '../../../lib/analysis/cascade';
import { AnalysisInputError } from '../../../lib/analysis/errors';
import type { ProcessDependency } from '../../../lib/domain';

// Small hand-made dependency graphs; `dep('b', 'a', 2)` reads "b depends on a, felt after 2 hours".
const dep = (fromId: string, toId: string, hours: number | null = null): ProcessDependency => ({
  fromId,
  toId,
  kind: 'elektriciteit',
  hours,
  basis: '',
  source: 'test',
});
const summary = (r: ReturnType<typeof cascade>) =>
  r.reached.map((s) => [s.processId, s.step, s.hours, s.viaId] as const);

describe('cascade', () => {
  it('follows a chain with steps and cumulative hours', () => {
    const r = cascade([dep('b', 'a', 2), dep('c', 'b', 3), dep('d', 'c', 1)], ['a']);
    expect(summary(r)).toEqual([
      ['a', 0, 0, null],
      ['b', 1, 2, 'a'],
      ['c', 2, 5, 'b'],
      ['d', 3, 6, 'c'],
    ]);
    expect(r.later).toEqual([]);
    expect(r.cycles).toEqual([]);
  });

  it('reaches the bottom of a diamond once, at the fewest steps and the earliest time', () => {
    // a → b (1h) → d (10h) and a → c (5h) → d (1h): d is at step 2 and felt after 6 hours.
    const r = cascade([dep('b', 'a', 1), dep('c', 'a', 5), dep('d', 'b', 10), dep('d', 'c', 1)], ['a']);
    expect(summary(r)).toEqual([
      ['a', 0, 0, null],
      ['b', 1, 1, 'a'],
      ['c', 1, 5, 'a'],
      ['d', 2, 6, 'b'],
    ]);
    expect(r.edges.map((e) => `${e.failedId}>${e.hitId}`)).toEqual(['a>b', 'a>c', 'b>d', 'c>d']);
  });

  it('does not hang on a cycle and reports it', () => {
    const deps = [dep('b', 'a', 1), dep('c', 'b', 1), dep('a', 'c', 1), dep('d', 'c', 0)];
    const r = cascade(deps, ['a']);
    expect(summary(r)).toEqual([
      ['a', 0, 0, null],
      ['b', 1, 1, 'a'],
      ['c', 2, 2, 'b'],
      ['d', 3, 2, 'c'],
    ]);
    expect(r.cycles).toEqual([['a', 'b', 'c']]);
  });

  it('keeps effects felt after the duration apart, and what is reached only through them', () => {
    // x → y (30h) → z (0h); x → w (2h). Within 24 hours only x and w.
    const deps = [dep('y', 'x', 30), dep('z', 'y', 0), dep('w', 'x', 2)];
    const r = cascade(deps, ['x'], { maxHours: 24 });
    expect(summary(r)).toEqual([
      ['x', 0, 0, null],
      ['w', 1, 2, 'x'],
    ]);
    expect(r.later.map((s) => [s.processId, s.step, s.hours])).toEqual([
      ['y', 1, 30],
      ['z', 2, 30],
    ]);
    expect(summary(cascade(deps, ['x'], { maxHours: 30 })).map((s) => s[0])).toEqual(['x', 'w', 'y', 'z']);
  });

  it('gives no time where a dependency has none, but keeps it within any duration', () => {
    const deps = [dep('b', 'a', null), dep('c', 'b', 4)];
    const r = cascade(deps, ['a'], { maxHours: 4 });
    expect(summary(r)).toEqual([
      ['a', 0, 0, null],
      ['b', 1, null, 'a'],
      ['c', 2, null, 'b'],
    ]);
    expect(r.reached.map((s) => s.atLeastHours)).toEqual([0, 0, 4]);
    // c is felt at least 4 hours after a fails: outside a 1-hour scenario.
    expect(cascade(deps, ['a'], { maxHours: 1 }).later.map((s) => s.processId)).toEqual(['c']);
  });

  it('a time limit can shorten the path: step counts only processes within the duration', () => {
    // a → b (100h) → d (0h) and a → c (1h) → e (1h) → d (1h): within 24h d is at step 3, not 2.
    const deps = [dep('b', 'a', 100), dep('d', 'b', 0), dep('c', 'a', 1), dep('e', 'c', 1), dep('d', 'e', 1)];
    expect(summary(cascade(deps, ['a'], { maxHours: 24 })).find((s) => s[0] === 'd')).toEqual([
      'd',
      3,
      3,
      'e',
    ]);
    expect(summary(cascade(deps, ['a'])).find((s) => s[0] === 'd')).toEqual(['d', 2, 3, 'b']);
  });

  it('starts from several origins at step 0', () => {
    const r = cascade([dep('c', 'a', 1), dep('c', 'b', 0)], ['b', 'a', 'a']);
    expect(r.origins).toEqual(['a', 'b']);
    expect(summary(r)).toEqual([
      ['a', 0, 0, null],
      ['b', 0, 0, null],
      ['c', 1, 0, 'a'],
    ]);
  });

  it('rejects no origin and a duration out of range', () => {
    expect(() => cascade([], [])).toThrow(AnalysisInputError);
    expect(() => cascade([], ['a'], { maxHours: -1 })).toThrow(/maxHours/);
    expect(() => cascade([], ['a'], { maxHours: 10_000 })).toThrow(/maxHours/);
  });

  it('settles a long chain and a dense cycle quickly', () => {
    const chain = Array.from({ length: 2000 }, (_, i) => dep(`p${i + 1}`, `p${i}`, 1));
    const r = cascade([...chain, dep('p0', 'p2000', 1)], ['p0']);
    expect(r.reached).toHaveLength(2001);
    expect(r.reached.at(-1)).toMatchObject({ processId: 'p2000', step: 2000, hours: 2000 });
    expect(r.cycles).toHaveLength(1);
  });
});

describe('dependencyCycles', () => {
  it('lists each cycle from its smallest id in the direction a failure travels, and self-dependencies', () => {
    const deps = [
      dep('q', 'p'),
      dep('p', 'r'),
      dep('r', 'q'),
      dep('s', 't'),
      dep('t', 's'),
      dep('u', 'u'),
      dep('v', 'p'),
    ];
    // q depends on p, r on q, p on r: a failure of p hits q, then r, then p again.
    expect(dependencyCycles(deps)).toEqual([['p', 'q', 'r'], ['s', 't'], ['u']]);
  });
  it('finds none in a diamond', () => {
    expect(dependencyCycles([dep('b', 'a'), dep('c', 'a'), dep('d', 'b'), dep('d', 'c')])).toEqual([]);
  });
});

describe('validateDependencies', () => {
  it('names unknown processes, self-dependencies, duplicates and cycles in both languages', () => {
    const issues = validateDependencies(
      [dep('a', 'b'), dep('b', 'a'), dep('a', 'b'), dep('c', 'c'), dep('a', 'zz')],
      new Set(['a', 'b', 'c']),
    );
    expect(issues.map((i) => [i.kind, i.row, i.processIds])).toEqual([
      ['duplicate', 3, ['a', 'b']],
      ['self', 4, ['c']],
      ['unknown-process', 5, ['zz']],
      ['cycle', 0, ['a', 'b']],
    ]);
    expect(issues[3]!.nl).toContain('a → b → a');
    expect(issues[3]!.en).toContain('Cycle in the dependencies: a → b → a');
    expect(issues[2]!.nl).toContain("onbekend vitaal proces 'zz'");
  });
});
