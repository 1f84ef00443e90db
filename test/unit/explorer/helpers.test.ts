import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { CHAIN_COLORS, colorNodes, sizeScale, MIN_SIZE, MAX_SIZE } from '../../../lib/explorer/appearance';
import { buildExplorerPayload } from '../../../lib/explorer/build';
import { applyFilters, filterIndex } from '../../../lib/explorer/filters';
import { viewModel } from '../../../lib/explorer/model';
import { dayNumber } from '../../../lib/explorer/payload';
import { placeNodes } from '../../../lib/explorer/placement';
import { normalizeSearch, searchIndex, suggest } from '../../../lib/explorer/search';
import { EMPTY_FILTERS } from '../../../lib/explorer/state';
import { buildSvg } from '../../../lib/explorer/svg';
import { smallNetwork } from '../../fixtures/small-network';

const p = buildExplorerPayload(smallNetwork());

describe('search', () => {
  it('ignores accents and case', () => {
    expect(normalizeSearch('  Veiligheidsregio FRYSLÂN ')).toBe('veiligheidsregio fryslan');
    const hits = suggest(searchIndex(p), 'fryslan');
    expect(hits[0]?.key).toBe('vr02');
  });

  it('ranks a name prefix before a match inside a word', () => {
    const idx = [
      { key: 'a', label: 'Netbeheer Noord', type: 'organisatie' as const, norm: 'netbeheer noord' },
      { key: 'b', label: 'Stedin netwerk', type: 'organisatie' as const, norm: 'stedin netwerk' },
      { key: 'c', label: 'Alliander', type: 'organisatie' as const, norm: 'alliander' },
    ];
    expect(suggest(idx, 'net').map((e) => e.key)).toEqual(['a', 'b']);
    expect(suggest(idx, '')).toEqual([]);
  });

  it('finds people and coalitions too', () => {
    const types = new Set(searchIndex(p).map((e) => e.type));
    expect(types).toEqual(new Set(['organisatie', 'persoon', 'coalitie']));
  });
});

describe('filters', () => {
  it('keeps only the chosen chain and the edges between kept nodes', () => {
    const model = viewModel(p, 'organisaties');
    const all = applyFilters(filterIndex(p, EMPTY_FILTERS), model);
    const f = applyFilters(filterIndex(p, { ...EMPTY_FILTERS, chain: ['functioneel'] }), model);
    expect(all.nodes.size).toBe(p.orgs.ids.length);
    expect([...f.nodes].sort()).toEqual(['kpn', 'tennet', 'wbg']);
    for (const e of model.edges.filter((x) => f.edges.has(x.key)))
      expect(f.nodes.has(e.source) && f.nodes.has(e.target)).toBe(true);
  });

  it('filters ties by relationship type and contact dates', () => {
    const model = viewModel(p, 'organisaties');
    const agreements = applyFilters(filterIndex(p, { ...EMPTY_FILTERS, rel: ['agreement'] }), model);
    for (const e of model.edges.filter((x) => agreements.edges.has(x.key))) expect(e.ev & 1).toBe(1);
    const none = applyFilters(filterIndex(p, { ...EMPTY_FILTERS, from: '2099-01-01' }), model);
    expect(none.edges.size).toBe(0);
    expect(none.nodes.size).toBe(p.orgs.ids.length);
    // Inclusive bounds on the contact's day: a tie dated exactly on `from` = `to` stays.
    const dated = model.edges.find((e) => e.dates.length > 0)!;
    const day = new Date(dated.dates[0]! * 86_400_000).toISOString().slice(0, 10);
    const same = applyFilters(filterIndex(p, { ...EMPTY_FILTERS, from: day, to: day }), model);
    expect(same.edges.has(dated.key)).toBe(true);
    const after = new Date((Math.max(...dated.dates) + 1) * 86_400_000).toISOString().slice(0, 10);
    const later = applyFilters(filterIndex(p, { ...EMPTY_FILTERS, from: after }), model);
    expect(later.edges.has(dated.key)).toBe(false);
  });

  it('sends contact dates as day numbers and job titles once', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('2024-03-01') - dayNumber('2024-02-28')).toBe(2); // leap year
    expect(new Set(p.people.roles).size).toBe(p.people.roles.length);
    expect(p.people.role.every((r) => p.people.roles[r] !== undefined)).toBe(true);
  });

  it('shows missing links only between visible organisations (people view: with a visible person)', () => {
    const f = applyFilters(
      filterIndex(p, { ...EMPTY_FILTERS, chain: ['algemeen'] }),
      viewModel(p, 'organisaties'),
    );
    expect(f.missing).toEqual([]);
    expect(
      applyFilters(filterIndex(p, { ...EMPTY_FILTERS, chain: ['algemeen'] }), viewModel(p, 'mensen')).missing,
    ).toEqual([]);
    const withPeople = new Set(p.people.org);
    const expected = p.missing.a.filter((a, i) => withPeople.has(a) && withPeople.has(p.missing.b[i]!));
    expect(applyFilters(filterIndex(p, EMPTY_FILTERS), viewModel(p, 'mensen')).missing).toHaveLength(
      expected.length,
    );
    expect(applyFilters(filterIndex(p, EMPTY_FILTERS), viewModel(p, 'organisaties')).missing.length).toBe(
      p.missing.a.length,
    );
  });
});

describe('appearance', () => {
  it('colours by chain with the colour-blind safe pair and a legend', () => {
    const { colors, legend } = colorNodes(p, viewModel(p, 'organisaties').nodes, 'keten', {
      none: '-',
      other: '+',
      coalition: 'c',
      chain: (c) => c,
    });
    expect(colors.get('vr01')).toBe(CHAIN_COLORS.algemeen);
    expect(colors.get('tennet')).toBe(CHAIN_COLORS.functioneel);
    expect(legend.map((l) => l.label).sort()).toEqual(['algemeen', 'functioneel', 'overig']);
  });

  it('scales sizes between the bounds', () => {
    const s = sizeScale([0, 4, 16]);
    expect(s(0)).toBe(MIN_SIZE);
    expect(s(16)).toBe(MAX_SIZE);
    expect(s(4)).toBeCloseTo(MIN_SIZE + (MAX_SIZE - MIN_SIZE) / 2);
  });
});

describe('placeNodes', () => {
  const edges: Record<string, string[]> = {
    a: ['b', 'c', 'n'],
    b: ['a'],
    c: ['a', 'n'],
    n: ['a', 'c'],
    z: [],
  };
  const known = new Map([
    ['a', { x: 0, y: 0 }],
    ['b', { x: 100, y: 0 }],
    ['c', { x: 0, y: 100 }],
  ]);
  const run = () => placeNodes(['a', 'b', 'c', 'n', 'z'], (k) => edges[k] ?? [], known, 3);

  it('keeps saved positions and puts a new node near the mean of its neighbours', () => {
    const pos = run();
    expect(pos.get('a')).toEqual({ x: 0, y: 0 });
    const n = pos.get('n')!;
    expect(Math.hypot(n.x - 0, n.y - 50)).toBeLessThan(15);
    expect(pos.get('z')).toBeDefined();
  });

  it('is deterministic for a seed', () => {
    expect([...run().entries()]).toEqual([...run().entries()]);
  });
});

describe('buildSvg', () => {
  it('escapes names that hold markup and parses as XML', () => {
    const svg = buildSvg({
      width: 200,
      height: 100,
      title: 'Kaart & <test>',
      nodes: [
        { x: 10, y: 10, r: 4, color: '#0b5cad', label: '<script>alert("x")</script>' },
        { x: 50, y: 50, r: 4, color: 'javascript:evil', label: null },
      ],
      edges: [{ x1: 10, y1: 10, x2: 50, y2: 50, color: '#b3261e', width: 2, dashed: true }],
      legend: [{ label: 'Algemene keten', color: '#0b5cad' }],
    });
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('javascript:');
    const doc = new XMLParser({ ignoreAttributes: false }).parse(svg);
    const texts = JSON.stringify(doc.svg.g);
    expect(texts).toContain('alert');
    expect(svg).toContain('stroke-dasharray');
  });
});

describe('defaultLayout', () => {
  it('gives every node a finite position, the same on every run', async () => {
    const { defaultLayout, startFromOrganisations } = await import('../../../lib/explorer/default-layout');
    const orgs = defaultLayout(viewModel(p, 'organisaties'));
    expect(orgs.ids).toHaveLength(p.orgs.ids.length);
    expect(orgs.xs.every(Number.isFinite) && orgs.ys.every(Number.isFinite)).toBe(true);
    expect(defaultLayout(viewModel(p, 'organisaties'))).toEqual(orgs);
    const people = viewModel(p, 'mensen');
    const start = startFromOrganisations(people, orgs, p.orgs.ids);
    expect(start.size).toBe(people.nodes.length);
    expect(defaultLayout(people, start).ids).toHaveLength(people.nodes.length);
  });
});
