import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { buildExplorerPayload } from '../../../lib/explorer/build';
import { defaultLayout, startFromOrganisations } from '../../../lib/explorer/default-layout';
import { exportGraph } from '../../../lib/explorer/export-graph';
import { applyFilters, filterIndex } from '../../../lib/explorer/filters';
import { labelOrder, placeLabels } from '../../../lib/explorer/label-place';
import { labelFootprint, labelRoomIterations, spreadForLabels } from '../../../lib/explorer/label-room';
import { contactRanking, missingSegments } from '../../../lib/explorer/missing';
import { viewModel } from '../../../lib/explorer/model';
import { EMPTY_FILTERS } from '../../../lib/explorer/state';
import { smallNetwork } from '../../fixtures/small-network';

const p = buildExplorerPayload(smallNetwork());
const visibleIn = (view: 'organisaties' | 'mensen' | 'coalities', filters = EMPTY_FILTERS) =>
  applyFilters(filterIndex(p, filters), viewModel(p, view));

describe('missing links per view', () => {
  it('has missing links to draw in the fixture', () => expect(p.missing.a.length).toBeGreaterThan(0));

  it('joins the two organisation nodes in the organisations view', () => {
    const v = visibleIn('organisaties');
    const segs = missingSegments(p, 'organisaties', v.missing, v.nodes);
    expect(segs).toHaveLength(p.missing.a.length);
    for (const s of segs) {
      expect(s.source).toBe(p.orgs.ids[p.missing.a[s.index]!]);
      expect(s.target).toBe(p.orgs.ids[p.missing.b[s.index]!]);
      expect(s.contacts).toBeNull();
    }
  });

  it("joins each organisation's best-connected person in the people view", () => {
    const ranking = contactRanking(p);
    for (const [o, list] of ranking.entries()) {
      for (const i of list) expect(p.people.org[i]).toBe(o);
      for (let k = 1; k < list.length; k++)
        expect(p.people.degree[list[k - 1]!]!).toBeGreaterThanOrEqual(p.people.degree[list[k]!]!);
    }
    const v = visibleIn('mensen');
    const segs = missingSegments(p, 'mensen', v.missing, v.nodes, ranking);
    expect(segs.length).toBeGreaterThan(0);
    for (const s of segs) {
      const [a, b] = s.contacts!;
      expect(p.people.ids[a]).toBe(s.source);
      expect(p.people.ids[b]).toBe(s.target);
      expect(p.people.org[a]).toBe(p.missing.a[s.index]);
      expect(p.people.org[b]).toBe(p.missing.b[s.index]);
      expect(a).toBe(ranking[p.missing.a[s.index]!]![0]);
    }
  });

  it('falls back to the next person when the natural contact is filtered out', () => {
    const v = visibleIn('mensen');
    const [first] = missingSegments(p, 'mensen', v.missing, v.nodes);
    const org = p.missing.a[first!.index]!;
    const ranking = contactRanking(p);
    const nodes = new Set(v.nodes);
    nodes.delete(first!.source);
    const [again] = missingSegments(p, 'mensen', [first!.index], nodes, ranking);
    if ((ranking[org]?.length ?? 0) > 1) expect(again?.source).toBe(p.people.ids[ranking[org]![1]!]);
    else expect(again).toBeUndefined();
  });

  it('leaves out links whose organisations are not in the coalitions view', () => {
    const v = visibleIn('coalities');
    const segs = missingSegments(p, 'coalities', v.missing, v.nodes);
    for (const s of segs) expect(v.nodes.has(s.source) && v.nodes.has(s.target)).toBe(true);
  });

  it('exports the people view with dashed missing edges between the contacts', () => {
    const g = exportGraph(p, { view: 'mensen', filters: EMPTY_FILTERS, missing: true });
    const missing = g.filterEdges((_e, a) => a.missing === true);
    expect(missing.length).toBeGreaterThan(0);
    for (const e of missing) expect(g.getNodeAttribute(g.source(e), 'type')).toBe('persoon');
  });
});

describe('label crowding', () => {
  it('orders forced labels first, then the neighbourhood, then larger nodes', () => {
    const order = labelOrder([
      { key: 'small', size: 4 },
      { key: 'big', size: 12 },
      { key: 'near', size: 3, zIndex: 1 },
      { key: 'focus', size: 2, forceLabel: true },
    ]).map((x) => x.key);
    expect(order).toEqual(['focus', 'near', 'big', 'small']);
  });

  it('drops a label whose box overlaps a kept one, but never a forced one', () => {
    const box = (x: number, y: number) => ({ x0: x, y0: y, x1: x + 100, y1: y + 14 });
    const items = [
      { key: 'a', b: box(0, 0) },
      { key: 'b', b: box(50, 5) },
      { key: 'c', b: box(0, 20) },
      { key: 'd', b: box(10, 2), forceLabel: true },
    ];
    expect(placeLabels(items, (i) => i.b).map((i) => i.key)).toEqual(['a', 'c', 'd']);
  });

  it('gives labelled nodes a label line of room in the no-overlap pass', () => {
    expect(labelFootprint(8, 'Naam')).toBe(8 + 13);
    expect(labelFootprint(3, 'Naam')).toBe(4);
    expect(labelRoomIterations(500)).toBeGreaterThan(labelRoomIterations(2500));
    expect(labelRoomIterations(20_000)).toBe(0);
    const g = new UndirectedGraph();
    for (let i = 0; i < 10; i++) g.addNode(`n${i}`, { x: i * 0.01, y: 0, size: 10, label: `Knoop ${i}` });
    g.addNode('far', { x: 100, y: 100, size: 10, label: 'Ver' });
    spreadForLabels(g, 200, { viewport: 900 });
    const unit = 100 / 900; // roughly: the extent only grows
    for (let i = 0; i < 10; i++)
      for (let j = i + 1; j < 10; j++) {
        const a = g.getNodeAttributes(`n${i}`);
        const b = g.getNodeAttributes(`n${j}`);
        expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(10 * unit);
      }
  });
});

describe('cheap default layout from a good start', () => {
  it('starts a coalition at the centre of its organisations and keeps people near theirs', () => {
    const orgs = defaultLayout(viewModel(p, 'organisaties'));
    const model = viewModel(p, 'coalities');
    const start = startFromOrganisations(model, orgs, p.orgs.ids);
    const at = new Map(orgs.ids.map((id, i) => [id, { x: orgs.xs[i]!, y: orgs.ys[i]! }]));
    p.coalitions.ids.forEach((cid, c) => {
      const members = (p.coalitions.orgs[c] ?? []).map((o) => at.get(p.orgs.ids[o]!)!);
      if (!members.length) return;
      const mean = members.reduce((s, m) => ({ x: s.x + m.x, y: s.y + m.y }), { x: 0, y: 0 });
      expect(start.get(cid)!.x).toBeCloseTo((mean.x / members.length) * 3, 5);
      expect(start.get(cid)!.y).toBeCloseTo((mean.y / members.length) * 3, 5);
    });
  });
});
