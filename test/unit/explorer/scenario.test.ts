import { describe, expect, it } from 'vitest';
import { computeScenario } from '../../../lib/analysis';
import { buildExplorerPayload } from '../../../lib/explorer/build';
import { missingSegments } from '../../../lib/explorer/missing';
import { viewModel } from '../../../lib/explorer/model';
import {
  OUTSIDE_COLOR,
  RESPONDER_COLOR,
  scenarioHighlight,
  STEP_COLORS,
  stepColor,
} from '../../../lib/explorer/scenario';
import { smallNetwork } from '../../fixtures/small-network';

const network = smallNetwork();
const p = buildExplorerPayload(network);
const labels = { step: (n: number) => `stap ${n}`, responder: 'hulpdienst', outside: 'buiten' };
const pairOf = (i: number) => [p.orgs.ids[p.missing.a[i]!]!, p.orgs.ids[p.missing.b[i]!]!].sort().join('|');

describe('scenarioHighlight', () => {
  // Two organisations of one of the payload's missing links, plus one organisation outside it.
  const [a, b] = [p.orgs.ids[p.missing.a[0]!]!, p.orgs.ids[p.missing.b[0]!]!];
  const overlay = {
    organisations: [
      { id: a, step: 0 },
      { id: b, step: null },
    ],
    links: [{ a: { id: a }, b: { id: b }, realised: false }],
  };

  it('colours the scenario organisations by step, responders apart, and leaves the rest out', () => {
    const nodes = viewModel(p, 'organisaties').nodes;
    const h = scenarioHighlight(p, nodes, overlay, labels);
    expect(h.colors.get(a)).toBe(STEP_COLORS[0]);
    expect(h.colors.get(b)).toBe(RESPONDER_COLOR);
    expect(h.colors.size).toBe(2);
    expect(h.legend).toEqual([
      { label: 'stap 0', color: STEP_COLORS[0] },
      { label: 'hulpdienst', color: RESPONDER_COLOR },
      { label: 'buiten', color: OUTSIDE_COLOR },
    ]);
  });

  it('gives people the colour of their organisation in the people view', () => {
    const nodes = viewModel(p, 'mensen').nodes;
    const h = scenarioHighlight(p, nodes, overlay, labels);
    const people = nodes.filter((n) => n.org >= 0 && p.orgs.ids[n.org] === a);
    expect(people.length).toBeGreaterThan(0);
    for (const n of people) expect(h.colors.get(n.key)).toBe(STEP_COLORS[0]);
    expect(nodes.filter((n) => h.colors.has(n.key)).every((n) => [a, b].includes(p.orgs.ids[n.org]!))).toBe(
      true,
    );
  });

  it('selects exactly the missing links the scenario reports as not realised', () => {
    const nodes = viewModel(p, 'organisaties').nodes;
    const h = scenarioHighlight(p, nodes, overlay, labels);
    expect(h.missing.map(pairOf)).toEqual([[a, b].sort().join('|')]);
    const realised = { ...overlay, links: [{ ...overlay.links[0]!, realised: true }] };
    expect(scenarioHighlight(p, nodes, realised, labels).missing).toEqual([]);
    // The segments drawn for them join the two organisation nodes (dashed in the overlay).
    const visible = new Set(nodes.map((n) => n.key));
    const segs = missingSegments(p, 'organisaties', h.missing, visible);
    expect(segs.map((s) => [s.source, s.target].sort().join('|'))).toEqual([[a, b].sort().join('|')]);
  });

  it('matches a real scenario computed on the fixture: every missing link among its organisations', () => {
    const processId = network.processes[0]!.id;
    const r = computeScenario(
      { network },
      { failure: { kind: 'process', processIds: [processId], regionCodes: [] }, maxHours: null },
    );
    const view = {
      organisations: r.organisations,
      links: r.expectedLinks.map((l) => ({ a: { id: l.orgAId }, b: { id: l.orgBId }, realised: l.realised })),
    };
    const h = scenarioHighlight(p, viewModel(p, 'organisaties').nodes, view, labels);
    expect(h.organisations).toBe(r.organisations.length);
    const ids = new Set(r.organisations.map((o) => o.id));
    for (const i of h.missing) {
      expect(ids.has(p.orgs.ids[p.missing.a[i]!]!)).toBe(true);
      expect(ids.has(p.orgs.ids[p.missing.b[i]!]!)).toBe(true);
    }
    const expectedMissing = r.expectedLinks.filter((l) => !l.realised).length;
    expect(h.missing.length).toBe(expectedMissing);
  });

  it('folds late steps into the last colour with a "+" in the legend', () => {
    const last = STEP_COLORS.length - 1;
    expect(stepColor(last + 3)).toBe(STEP_COLORS[last]);
    const h = scenarioHighlight(
      p,
      viewModel(p, 'organisaties').nodes,
      { organisations: [{ id: a, step: last + 2 }] },
      labels,
    );
    expect(h.legend[0]).toEqual({ label: `stap ${last}+`, color: STEP_COLORS[last] });
  });
});
