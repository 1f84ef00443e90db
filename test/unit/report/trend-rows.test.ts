import { describe, expect, it } from 'vitest';
import { trendRows } from '@/app/_components/charts/trend-rows';
import { messagesFor } from '@/lib/i18n';

const m = messagesFor('nl').overview;
const point = (asOf: string, kind: 'snapshot' | 'current', v: number) => ({
  asOf,
  kind,
  coverageAll: v,
  coverageA: v,
  crossChainDensity: v,
});

describe('overview trend with survey rounds', () => {
  it('puts each closed round at its closing day, before a snapshot of that day, without figures', () => {
    const rows = trendRows(
      [
        point('2026-03-01', 'snapshot', 0.4),
        point('2026-06-01', 'snapshot', 0.5),
        point('2026-12-04', 'current', 0.6),
      ],
      [
        { date: '2026-06-01', title: 'Voorjaar' },
        { date: '2026-04-15', title: 'Pilot' },
      ],
      m,
      'nl',
    );
    expect(rows.map((r) => r.round)).toEqual([null, 'Pilot', 'Voorjaar', null, null]);
    expect(rows[1]).toMatchObject({ coverageAll: null, crossChainDensity: null });
    expect(rows[1]!.label).toContain('enquêteronde gesloten: Pilot');
    expect(rows[4]!.label).toContain('(nu)');
    expect(rows[3]!.coverageAll).toBe(0.5);
  });
  it('is the plain snapshot series without rounds', () => {
    const rows = trendRows([point('2026-03-01', 'snapshot', 0.4)], [], m, 'en');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.round).toBeNull();
  });
});
