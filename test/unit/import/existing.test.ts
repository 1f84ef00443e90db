import { describe, expect, it } from 'vitest';
import { compare, loadPlan, type Existing } from '../../../lib/import/existing';
import { emptyBatches, type Batches } from '../../../lib/import/resolve';

const person = (id: string, name: string) => ({
  id,
  name,
  role: 'Adviseur',
  level: 'tactisch' as const,
  organisationId: 'vr-vr01',
  email: null,
  source: 'import personen.csv',
  date: '2026-10-01',
});

describe('import: what is read from the database', () => {
  it('reads a big table by id only when no other table in the file refers to it', () => {
    expect(loadPlan(['personen'])).toEqual({
      whole: new Set(['organisaties']),
      byId: new Set(['personen']),
    });
    const both = loadPlan(['personen', 'contacten']);
    expect(both.byId).toEqual(new Set(['contacten']));
    expect(both.whole.has('personen')).toBe(true);
    expect(loadPlan(['organisaties']).byId.size).toBe(0);
  });
});

describe('import: comparison with what is stored', () => {
  const batches = (rows: ReturnType<typeof person>[]) =>
    ({ ...emptyBatches(() => []), personen: rows }) as unknown as Batches;
  const existing = (rows: Record<string, unknown>[]) =>
    ({ ...emptyBatches(() => new Map()), personen: new Map(rows.map((r) => [String(r.id), r])) }) as Existing;

  it('writes only new (with CREATE) and changed rows of tables compared field by field', () => {
    const rows = [person('a', 'Anna'), person('b', 'Bram'), person('c', 'Cor')];
    const stored = existing([person('a', 'Anna'), { ...person('b', 'Bram'), source: 'other.csv' }]);
    const { counts, toWrite, toCreate } = compare(batches(rows), stored, new Set(['personen']));
    expect(counts.personen).toEqual({ create: 1, update: 1, unchanged: 1 });
    expect(toWrite.personen.map((r) => r.id)).toEqual(['b']);
    expect(toCreate.personen.map((r) => r.id)).toEqual(['c']);
  });

  it('still writes every row of tables compared only on listed fields', () => {
    const rows = [person('a', 'Anna')];
    const { counts, toWrite } = compare(batches(rows), existing([{ id: 'a', name: 'Anna' }]), new Set());
    expect(counts.personen).toEqual({ create: 0, update: 0, unchanged: 1 });
    expect(toWrite.personen).toHaveLength(1);
  });
});
