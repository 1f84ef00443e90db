import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AGREEMENT_STATUSES, CHAINS, PROCESS_CATEGORIES } from '../../../lib/domain/enums';
import { EVIDENCE_TYPES, VIEWS } from '../../../lib/explorer/payload';
import {
  COLOR_BY,
  DEFAULT_STATE,
  filterChips,
  parseState,
  removeChip,
  serializeState,
  SIZE_BY,
  type ExplorerState,
} from '../../../lib/explorer/state';

const id = fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/);
const date = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2040-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const subset = <T>(xs: readonly T[]) => fc.subarray([...xs]);
const stateArb: fc.Arbitrary<ExplorerState> = fc.record({
  view: fc.constantFrom(...VIEWS),
  filters: fc.record({
    chain: subset(CHAINS),
    sector: fc.uniqueArray(id, { maxLength: 4 }),
    region: fc.uniqueArray(id, { maxLength: 4 }),
    coalition: fc.uniqueArray(id, { maxLength: 4 }),
    rel: subset(EVIDENCE_TYPES),
    status: subset(AGREEMENT_STATUSES),
    cat: subset(PROCESS_CATEGORIES),
    from: fc.option(date, { nil: null }),
    to: fc.option(date, { nil: null }),
  }),
  focus: fc.option(id, { nil: null }),
  depth: fc.constantFrom(1 as const, 2 as const),
  missing: fc.boolean(),
  reported: fc.boolean(),
  color: fc.constantFrom(...COLOR_BY),
  size: fc.constantFrom(...SIZE_BY),
  scenario: fc.option(
    fc.constantFrom(
      'proces=regionale-distributie-elektriciteit&regio=VR17&uren=24',
      'sc-00000000-0000-4000-8000-000000000000',
    ),
    { nil: null },
  ),
  camera: fc.option(
    fc.record({
      x: fc.integer({ min: -100000, max: 100000 }).map((v) => v / 10000),
      y: fc.integer({ min: -100000, max: 100000 }).map((v) => v / 10000),
      ratio: fc.integer({ min: 1, max: 100000 }).map((v) => v / 10000),
    }),
    { nil: null },
  ),
});

describe('URL state', () => {
  it('round-trips every state through the query string', () => {
    fc.assert(
      fc.property(stateArb, (s) => {
        const back = parseState(new URLSearchParams(serializeState(s).toString()));
        expect(back).toEqual(s);
      }),
    );
  });

  it('writes nothing for the default state', () => {
    expect(serializeState(DEFAULT_STATE).toString()).toBe('');
  });

  it('falls back to defaults for malformed values', () => {
    const s = parseState(
      new URLSearchParams('v=hack&chain=algemeen,evil&from=2024-13&cam=1,2,-1&focus=<script>&depth=9'),
    );
    expect(s.view).toBe('organisaties');
    expect(s.filters.chain).toEqual(['algemeen']);
    expect(s.filters.from).toBeNull();
    expect(s.camera).toBeNull();
    expect(s.focus).toBeNull();
    expect(s.depth).toBe(1);
  });

  it('turns filters into removable chips', () => {
    const f = { ...DEFAULT_STATE.filters, chain: ['algemeen' as const], from: '2024-01-01' };
    expect(filterChips(f)).toEqual([
      { key: 'chain', value: 'algemeen' },
      { key: 'from', value: '2024-01-01' },
    ]);
    expect(filterChips(removeChip(removeChip(f, 'chain', 'algemeen'), 'from', '2024-01-01'))).toEqual([]);
  });
});
