import { describe, expect, it } from 'vitest';
import { buildExplorerPayload } from '../../../lib/explorer/build';
import { exportGraph } from '../../../lib/explorer/export-graph';
import { entityOf, mapFocus, viewModel } from '../../../lib/explorer/model';
import { EMPTY_FILTERS } from '../../../lib/explorer/state';
import { smallNetwork } from '../../fixtures/small-network';

describe('buildExplorerPayload', () => {
  const net = smallNetwork();
  const p = buildExplorerPayload(net);

  it('sends organisations as parallel arrays of equal length', () => {
    const n = net.organisations.length;
    for (const col of [
      'ids',
      'names',
      'kind',
      'chain',
      'sector',
      'regions',
      'community',
      'degree',
      'betweenness',
      'ei',
      'coverage',
    ] as const)
      expect(p.orgs[col]).toHaveLength(n);
    expect(p.ties.a.length).toBe(p.ties.b.length);
    expect(p.ties.a.every((i) => i >= 0 && i < n)).toBe(true);
  });

  it('encodes edges by index, not as one object per property', () => {
    expect(Array.isArray(p.ties.a)).toBe(true);
    expect(typeof p.ties.a[0]).toBe('number');
  });

  it('draws a missing link for every unrealised expected link, explained by a gap', () => {
    expect(p.missing.a.length).toBeGreaterThan(0);
    for (let i = 0; i < p.missing.a.length; i++) {
      const g = p.missing.gap[i]!;
      expect(g).toBeGreaterThanOrEqual(0);
      const pair = [p.orgs.ids[p.missing.a[i]!], p.orgs.ids[p.missing.b[i]!]].sort();
      expect([...p.gaps.orgs[g]!.map((o) => p.orgs.ids[o])].sort()).toEqual(pair);
    }
  });

  it('leaves out a confidential koppelvlak the network did not contain', () => {
    const hidden = { ...net, koppelvlakken: net.koppelvlakken.filter((k) => !k.confidential) };
    const q = buildExplorerPayload(hidden);
    const text = JSON.stringify(q);
    for (const k of net.koppelvlakken.filter((x) => x.confidential)) expect(text).not.toContain(k.id);
  });

  it('defaults every permission flag to false', () => {
    expect(p.can).toEqual({ layoutWrite: false, exportData: false, editNetwork: false, gapsRead: false });
  });
});

describe('viewModel and mapFocus', () => {
  const p = buildExplorerPayload(smallNetwork());

  it('builds the coalition view as a bipartite graph', () => {
    const m = viewModel(p, 'coalities');
    const type = new Map(m.nodes.map((n) => [n.key, n.type]));
    for (const e of m.edges) {
      expect(type.get(e.source)).toBe('coalitie');
      expect(type.get(e.target)).not.toBe('coalitie');
    }
  });

  it('maps an organisation to one of its people and back', () => {
    const person = mapFocus(p, 'vr01', 'mensen');
    expect(person).not.toBeNull();
    expect(entityOf(p, person!)?.type).toBe('persoon');
    expect(mapFocus(p, person, 'organisaties')).toBe('vr01');
  });

  it('returns null for an unknown key', () => {
    expect(mapFocus(p, 'bestaat-niet', 'mensen')).toBeNull();
  });
});

describe('exportGraph', () => {
  const p = buildExplorerPayload(smallNetwork());

  it('keeps only filtered nodes and adds missing links when asked', () => {
    const all = exportGraph(p, { view: 'organisaties', filters: EMPTY_FILTERS, missing: true });
    const onlyAlgemeen = exportGraph(p, {
      view: 'organisaties',
      filters: { ...EMPTY_FILTERS, chain: ['algemeen'] },
      missing: false,
    });
    expect(all.order).toBe(p.orgs.ids.length);
    expect(onlyAlgemeen.order).toBeLessThan(all.order);
    onlyAlgemeen.forEachNode((_k, a) => expect(a.chain).toBe('algemeen'));
    let dashed = 0;
    all.forEachEdge((_e, a) => void (a.missing === true && dashed++));
    expect(dashed).toBeGreaterThan(0);
  });
});
