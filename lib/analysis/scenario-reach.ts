import type { NetworkData, Organisation } from '../domain';
import { cascade } from './cascade';
import { assertNetwork, compareStrings } from './facts';
import type { Gap } from './types';

export interface StandardScenario {
  processId: string;
  regionCode: string;
}

/** The standard scenarios: every category-A process failing in every region, without a time limit. */
export function standardScenarios(network: NetworkData): StandardScenario[] {
  const regions = network.regions.map((r) => r.code).sort(compareStrings);
  return network.processes
    .filter((p) => p.category === 'A')
    .map((p) => p.id)
    .sort(compareStrings)
    .flatMap((processId) => regions.map((regionCode) => ({ processId, regionCode })));
}

export interface ScenarioReach {
  /** Number of standard scenarios. */
  scenarios: number;
  /** Gap id → in how many standard scenarios both of its organisations are affected. */
  byGap: Map<string, number>;
}

/**
 * Scenario reach of every gap between two organisations: in how many standard scenarios (category-A
 * process P failing in region R) the gap lies on the cascade, i.e. both organisations are in the
 * scenario's set — the same set computeScenario builds:
 *
 *   reach(gap x–y) = Σ over category-A processes P of |R_P(x) ∩ R_P(y)|
 *
 * where R_P(o) is the set of regions in whose scenario o takes part: the regions o serves when it
 * runs a process the failure of P reaches (all regions when it serves none: national), plus its own
 * regions when o is a veiligheidsregio or police unit. One cascade per process, not per scenario.
 * Gaps about one organisation, a sector or a region get no entry.
 */
export function scenarioReach(network: NetworkData, gaps: readonly Gap[]): ScenarioReach {
  assertNetwork(network, 'scenarioReach');
  const scenarios = standardScenarios(network);
  const allRegions = network.regions.map((r) => r.code);
  const orgs = new Map(network.organisations.map((o) => [o.id, o]));
  const processes = [...new Set(scenarios.map((s) => s.processId))];
  const deps = network.processDependencies ?? [];
  // Per process: per organisation the set of regions whose scenario it is in (computed on demand).
  const perProcess = processes.map((p) => {
    const reached = new Set(cascade(deps, [p]).reached.map((s) => s.processId));
    const cache = new Map<string, Set<string>>();
    return (o: Organisation): Set<string> => {
      let set = cache.get(o.id);
      if (set) return set;
      set = new Set<string>();
      if (o.processIds.some((q) => reached.has(q)))
        for (const r of o.regionCodes.length > 0 ? o.regionCodes : allRegions) set.add(r);
      if (o.kind === 'veiligheidsregio' || o.kind === 'politie') for (const r of o.regionCodes) set.add(r);
      cache.set(o.id, set);
      return set;
    };
  });
  const byGap = new Map<string, number>();
  for (const g of gaps) {
    if (g.organisationIds.length !== 2) continue;
    const a = orgs.get(g.organisationIds[0]!);
    const b = orgs.get(g.organisationIds[1]!);
    if (!a || !b) continue;
    let count = 0;
    for (const regionsIn of perProcess) {
      const ra = regionsIn(a);
      if (ra.size === 0) continue;
      for (const r of regionsIn(b)) if (ra.has(r)) count++;
    }
    byGap.set(g.id, count);
  }
  return { scenarios: scenarios.length, byGap };
}
