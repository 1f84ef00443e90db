import { describe, expect, it } from 'vitest';
import { compareSnapshots } from '../../../lib/pdf/compare';
import { recommendationsSection } from '../../../lib/pdf/html-sections';
import { esc } from '../../../lib/pdf/html-util';
import type { BriefingData, BriefingRecommendations } from '../../../lib/pdf/model';
import { computeLayout, layoutOnce } from '../../../lib/pdf/layout';
import { regionMapSvg, MAP_CREDIT } from '../../../lib/pdf/map';
import { makeNameScrubber } from '../../../lib/pdf/scrub';
import { countPdfPages, isBriefingId } from '../../../lib/pdf/storage';
import type { SnapshotMetrics } from '../../../lib/report/snapshot';

describe('makeNameScrubber', () => {
  const scrub = makeNameScrubber(['Anna Voorbeeldstra', 'Anna Voorbeeldstra-de Wit', 'Jo'], '[naam]');
  it('removes whole names, longest first, any case', () => {
    expect(scrub('Gesprek met anna voorbeeldstra-de Wit en Anna Voorbeeldstra.')).toBe(
      'Gesprek met [naam] en [naam].',
    );
  });
  it('leaves parts of other words alone and ignores very short names', () => {
    expect(scrub('Annabel Voorbeeldstraat; Jo')).toBe('Annabel Voorbeeldstraat; Jo');
  });
});

describe('esc', () => {
  it('escapes markup from user text', () => {
    expect(esc('<script>"x" & \'y\'</script>')).toBe(
      '&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;',
    );
  });
});

describe('computeLayout', () => {
  const nodes = Array.from({ length: 12 }, (_, i) => ({
    id: `o${i}`,
    chain: (i % 2 ? 'algemeen' : 'functioneel') as 'algemeen' | 'functioneel',
  }));
  const ties = nodes.slice(1).map((n, i) => ({ source: nodes[i]!.id, target: n.id, weight: 1 + (i % 3) }));
  it('gives the same picture for the same network (seeded)', () => {
    const a = layoutOnce({ nodes, ties, saved: null });
    const b = layoutOnce({ nodes, ties, saved: null });
    expect([...a.positions]).toEqual([...b.positions]);
    for (const { x, y } of a.positions.values()) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(1);
    }
  });
  it('remembers a computed layout: same positions, not shared, other input recomputed', () => {
    const first = computeLayout({ nodes, ties, saved: null });
    expect([...first.positions]).toEqual([...layoutOnce({ nodes, ties, saved: null }).positions]);
    first.positions.set('o0', { x: 9, y: 9 });
    const again = computeLayout({ nodes, ties, saved: null });
    expect(again.positions.get('o0')).not.toEqual({ x: 9, y: 9 });
    const heavier = [...ties, { source: 'o0', target: 'o11', weight: 5 }];
    const other = computeLayout({ nodes, ties: heavier, saved: null });
    expect([...other.positions]).toEqual([...layoutOnce({ nodes, ties: heavier, saved: null }).positions]);
    expect([...other.positions]).not.toEqual([...again.positions]);
  });
  it('uses a saved layout when it covers the organisations', () => {
    const saved = Object.fromEntries(nodes.map((n, i) => [n.id, { x: i, y: 2 * i }]));
    const r = computeLayout({ nodes, ties, saved });
    expect(r.source).toBe('saved');
    expect(r.positions.get('o0')).toEqual({ x: 0.25, y: 0 });
  });
  it('ignores a saved layout that misses many organisations', () => {
    expect(computeLayout({ nodes, ties, saved: { o0: { x: 1, y: 1 } } }).source).toBe('computed');
  });
});

describe('regionMapSvg', () => {
  it('draws the 25 safety regions as vector paths with their codes', () => {
    const svg = regionMapSvg({ VR01: { expected: 4, realised: 1, coverage: 0.25 } }, 'nl', {
      title: 'Kaart',
    });
    expect((svg.match(/<path /g) ?? []).length).toBe(25);
    expect(svg).toContain('>VR25<');
    expect(svg).toContain('Groningen: 25%');
    expect(svg).not.toMatch(/NaN/);
    expect(MAP_CREDIT).toContain('CC BY 4.0');
  });
});

describe('storage helpers', () => {
  it('accepts only UUIDs as briefing ids', () => {
    expect(isBriefingId('0b6c4c8e-3f0a-4c1e-9a51-1f7f3f0e9d21')).toBe(true);
    expect(isBriefingId('../../etc/passwd')).toBe(false);
  });
  it('counts page objects, not the page tree', () => {
    expect(
      countPdfPages(
        Buffer.from('<< /Type /Pages /Count 2 >> << /Type /Page >> << /Type/Page/Parent 1 0 R >>'),
      ),
    ).toBe(2);
  });
});

describe('compareSnapshots', () => {
  const metrics = (
    ties: SnapshotMetrics['ties'],
    gaps: SnapshotMetrics['gaps'],
    vr01: [number, number],
  ): SnapshotMetrics =>
    ({ format: 1, coverage: { byRegion: { VR01: vr01 } }, ties, gaps }) as unknown as SnapshotMetrics;
  it('counts ties added and gone, gaps opened and closed', () => {
    const before = metrics(
      [
        ['a', 'b', 1, 1],
        ['a', 'c', 1, 0],
      ],
      { 'geen-afspraak': { hoog: ['g1', 'g2'] } },
      [4, 1],
    );
    const after = metrics(
      [
        ['a', 'b', 2, 1],
        ['b', 'c', 1, 1],
      ],
      { 'geen-afspraak': { hoog: ['g2'] }, 'enkel-persoon': { laag: ['g3'] } },
      [4, 2],
    );
    const r = compareSnapshots({ headline: null, metrics: before }, { headline: null, metrics: after });
    expect(r.details?.ties).toEqual({ added: 1, removed: 1, crossAdded: 1, crossRemoved: 0 });
    expect(r.details?.gaps).toEqual({
      opened: 1,
      closed: 1,
      byType: [
        { type: 'enkel-persoon', opened: 1, closed: 0 },
        { type: 'geen-afspraak', opened: 0, closed: 1 },
      ],
    });
    expect(r.details?.regions).toEqual([{ code: 'VR01', before: 0.25, after: 0.5 }]);
  });
  it('compares headlines only when details are missing', () => {
    expect(
      compareSnapshots({ headline: null, metrics: null }, { headline: null, metrics: null }).details,
    ).toBeNull();
  });
});

describe('recommendationsSection', () => {
  const data = (over: Partial<BriefingRecommendations>, locale: 'nl' | 'en' = 'nl') =>
    ({
      locale,
      recommendations: {
        since: '2026-09-01',
        byStage: [
          { stage: 'idee', count: 2 },
          { stage: 'overgenomen', count: 1 },
        ],
        moved: [
          {
            title: 'Liaisons <b>',
            fromStage: 'voorgelegd',
            toStage: 'overgenomen',
            date: '2026-11-20',
            bodies: ['Veiligheidsberaad'],
          },
          { title: 'Nieuw', fromStage: null, toStage: 'idee', date: '2026-11-21', bodies: [] },
        ],
        total: 3,
        ...over,
      },
    }) as unknown as BriefingData;
  it('shows the stand per stage and what moved since the previous snapshot, escaped', () => {
    const html = recommendationsSection(data({}));
    expect(html).toContain('Aanbevelingen en hun stand');
    expect(html).toContain('sinds de vorige momentopname (1 september 2026)');
    expect(html).toMatch(/<th scope="row">overgenomen<\/th><td class="num">1<\/td>/);
    expect(html).toContain('Liaisons &lt;b&gt;: voorgelegd → overgenomen (aan Veiligheidsberaad)');
    expect(html).toContain('Nieuw: nieuw idee');
  });
  it('says so when nothing moved or none exist, in English too, and is absent for old briefings', () => {
    expect(recommendationsSection(data({ moved: [] }, 'en'))).toContain('No recommendation changed stage.');
    expect(recommendationsSection(data({ total: 0 }))).toContain('Er zijn nog geen aanbevelingen.');
    expect(recommendationsSection({ locale: 'nl' } as unknown as BriefingData)).toBe('');
  });
});
