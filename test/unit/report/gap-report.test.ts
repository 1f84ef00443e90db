import { describe, expect, it } from 'vitest';
import {
  gapFiltersSchema,
  queryGapRows,
  searchParamsToObject,
  type GapRow,
} from '../../../lib/report/gap-report';

function row(i: number, over: Partial<GapRow> = {}): GapRow {
  return {
    id: `g${String(i).padStart(3, '0')}`,
    type: i % 2 ? 'geen-afspraak' : 'geen-recent-contact',
    organisations: [{ id: 'a', name: `Organisatie ${i}` }],
    personIds: [],
    regionCode: i % 3 ? 'VR01' : 'VR02',
    regionName: i % 3 ? 'Groningen' : 'Fryslân',
    sectorId: 'energie',
    sectorName: 'Energie',
    processes: [],
    category: i % 4 ? 'A' : 'B',
    priority: i,
    priorityLevel: i > 60 ? 'hoog' : i > 30 ? 'middel' : 'laag',
    factors: [],
    explanation: { nl: `uitleg ${i}`, en: `explanation ${i}` },
    openSince: `2024-01-${String((i % 28) + 1).padStart(2, '0')}`,
    status: 'open',
    owner: null,
    due: null,
    version: 1,
    resolvedByData: null,
    firstSeenAt: null,
    scenarioReach: i % 5,
    ...over,
  };
}

const rows = Array.from({ length: 90 }, (_, i) => row(i));
rows.push(
  row(200, {
    status: 'opgelost',
    resolvedByData: '2026-01-01T00:00:00Z',
    priority: null,
    priorityLevel: null,
  }),
);
rows.push(row(201, { status: 'in-behandeling', owner: 'Anna Voorbeeldstra', due: '2027-01-01' }));

describe('queryGapRows', () => {
  it('filters, counts what is filtered, sorts by priority and pages', () => {
    const f = gapFiltersSchema.parse({ region: 'VR01', pageSize: 10 });
    const r = queryGapRows(rows, f);
    const all = rows.filter((x) => x.regionCode === 'VR01');
    expect(r.counts.total).toBe(all.length);
    expect(r.rows).toHaveLength(10);
    expect(r.pages).toBe(Math.ceil(all.length / 10));
    expect(r.rows.map((x) => x.priority)).toEqual(
      [...r.rows.map((x) => x.priority)].sort((a, b) => (b ?? -1) - (a ?? -1)),
    );
    expect(r.counts.byType['geen-afspraak']! + r.counts.byType['geen-recent-contact']!).toBe(r.counts.total);
  });

  it('treats a gap closed by the data as its own status and finds owners and text', () => {
    expect(queryGapRows(rows, gapFiltersSchema.parse({ status: 'door-data' })).rows.map((x) => x.id)).toEqual(
      ['g200'],
    );
    expect(queryGapRows(rows, gapFiltersSchema.parse({ status: 'opgelost' })).counts.total).toBe(0);
    expect(queryGapRows(rows, gapFiltersSchema.parse({ owner: 'anna' })).rows.map((x) => x.id)).toEqual([
      'g201',
    ]);
    expect(queryGapRows(rows, gapFiltersSchema.parse({ q: 'Organisatie 42' })).rows.map((x) => x.id)).toEqual(
      ['g042'],
    );
  });

  it('clamps the page to the last page', () => {
    const r = queryGapRows(rows, gapFiltersSchema.parse({ page: 99, pageSize: 50 }));
    expect(r.page).toBe(2);
    expect(r.rows).toHaveLength(rows.length - 50);
  });

  it('reads URL search params, ignoring empty values', () => {
    const o = searchParamsToObject(new URLSearchParams('type=&region=VR01&page=2&region=VR02'));
    expect(o).toEqual({ region: 'VR01', page: '2' });
    expect(gapFiltersSchema.safeParse({ sort: 'naam' }).success).toBe(false);
  });
});

describe('queryGapRows: scenario reach', () => {
  it('sorts by scenario reach, highest first by default, gaps without reach last', () => {
    const withNull = [...rows, row(300, { scenarioReach: null, priority: 99 })];
    const sorted = queryGapRows(withNull, gapFiltersSchema.parse({ sort: 'reach', pageSize: '200' })).rows;
    const reach = sorted.map((r) => r.scenarioReach ?? -1);
    expect(reach).toEqual([...reach].sort((a, b) => b - a));
    expect(sorted[0]!.scenarioReach).toBe(4);
    expect(sorted.at(-1)!.id).toBe('g300');
  });
});
