import { describe, expect, it } from 'vitest';
import { colorNodes, metricOf, SCORE_BINS } from '../../../lib/explorer/appearance';
import { buildExplorerPayload } from '../../../lib/explorer/build';
import { viewModel } from '../../../lib/explorer/model';
import { reportedSegments } from '../../../lib/explorer/reported';
import { smallNetwork } from '../../fixtures/small-network';

describe('explorer: survey scores and reported ties', () => {
  const net = smallNetwork();
  const [o0, o1, o2] = net.organisations.map((o) => o.id) as [string, string, string];
  net.reportedTies = [
    {
      id: 't1',
      orgAId: o0,
      orgBId: o1,
      confirmed: true,
      frequencyFromA: 'wekelijks',
      frequencyFromB: 'maandelijks',
      frequency: 'maandelijks',
      kinds: [],
      agreementReported: false,
      respondentIds: ['x'],
      roundId: 'r',
      date: '2026-05-01',
    },
    {
      id: 't2',
      orgAId: o0,
      orgBId: o2,
      confirmed: false,
      frequencyFromA: 'jaarlijks',
      frequencyFromB: null,
      frequency: 'jaarlijks',
      kinds: [],
      agreementReported: false,
      respondentIds: ['y'],
      roundId: 'r',
      date: '2026-05-01',
    },
    {
      id: 't3',
      orgAId: o0,
      orgBId: 'org-not-visible',
      confirmed: false,
      frequencyFromA: 'jaarlijks',
      frequencyFromB: null,
      frequency: 'jaarlijks',
      kinds: [],
      agreementReported: false,
      respondentIds: ['y'],
      roundId: 'r',
      date: '2026-05-01',
    },
  ];
  const p = buildExplorerPayload(net, {
    surveyScores: { [o0]: { trust: 3.6, value: null }, [o1]: { trust: 2.2, value: 1.5 } },
  });
  const i0 = p.orgs.ids.indexOf(o0);
  const i1 = p.orgs.ids.indexOf(o1);

  it('sends trust and value per organisation, -1 when withheld or not rated', () => {
    expect(p.orgs.trust[i0]).toBe(3.6);
    expect(p.orgs.value[i0]).toBe(-1);
    expect(p.orgs.value[i1]).toBe(1.5);
    expect(p.orgs.trust.filter((v) => v >= 0)).toHaveLength(2);
  });
  it('keeps reported ties between visible organisations only, with their confirmation', () => {
    expect(p.reported.confirmed).toEqual([1, 0]);
    const visible = new Set(p.orgs.ids);
    const segs = reportedSegments(p, 'organisaties', visible);
    expect(segs.map((s) => s.confirmed)).toEqual([true, false]);
    expect(reportedSegments(p, 'mensen', visible)).toEqual([]);
    expect(reportedSegments(p, 'organisaties', new Set([o0, o1]))).toHaveLength(1);
  });
  it('colours by trust in bins (3.6 → darkest, 2.2 → second) and leaves unrated ones grey', () => {
    const nodes = viewModel(p, 'organisaties').nodes;
    const { colors, legend } = colorNodes(p, nodes, 'vertrouwen', {
      none: 'geen',
      other: 'overig',
      coalition: 'c',
      chain: (c) => c,
    });
    expect(colors.get(o0)).toBe(SCORE_BINS[4].color);
    expect(colors.get(o1)).toBe(SCORE_BINS[1].color);
    expect(legend.map((l) => l.label)).toEqual([SCORE_BINS[1].label, SCORE_BINS[4].label, 'geen']);
    const n0 = nodes.find((n) => n.key === o0)!;
    expect(metricOf(p, n0, 'vertrouwen', 0)).toBe(3.6);
    expect(metricOf(p, n0, 'waarde', 0)).toBe(0);
  });
});
