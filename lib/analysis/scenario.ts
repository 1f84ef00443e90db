import type { Agreement, NetworkData, Organisation } from '../domain';
import { cascade, type CascadeResult } from './cascade';
import { buildCollaborationGraph } from './collaboration';
import { AnalysisInputError } from './errors';
import { expectedLinks } from './expected';
import { assertNetwork, compareStrings, pairKey } from './facts';
import type { ExpectedLink, Gap } from './types';

/** What fails: one or more processes (in some regions, or everywhere), or one operator. */
export type ScenarioFailure =
  | { kind: 'process'; processIds: string[]; regionCodes: string[] }
  | { kind: 'operator'; organisationId: string };

export interface ScenarioInput {
  failure: ScenarioFailure;
  /** Only effects felt within this many hours (null: no limit). */
  maxHours: number | null;
}

/** Computed once per network and reused across scenarios (the dal keeps them with the analysis). */
export interface ScenarioContext {
  network: NetworkData;
  links?: readonly ExpectedLink[];
  gaps?: readonly Gap[];
}

export type ScenarioRole = 'uitval' | 'keten' | 'hulpdienst';

export interface ScenarioOrganisation {
  id: string;
  name: string;
  kind: Organisation['kind'];
  chain: Organisation['chain'];
  /** 'uitval': fails itself; 'keten': runs a process the cascade reaches; 'hulpdienst': VR or police there. */
  role: ScenarioRole;
  /** Cascade step of the earliest affected process it runs (null for a responder that runs none). */
  step: number | null;
  hours: number | null;
  /** Affected processes it runs. */
  processIds: string[];
  regionCodes: string[];
}

export interface ScenarioAgreement {
  id: string;
  title: string;
  status: Agreement['status'];
  partyIds: string[];
  expiresAt: string | null;
  reviewAt: string | null;
  /** Signed and current on asOf; otherwise expired or in preparation. */
  current: boolean;
  linkIds: string[];
}

export interface ScenarioSinglePerson {
  personId: string;
  organisationId: string | null;
  /** The expected links (as gap ids) that hang on this person. */
  gapIds: string[];
}

export interface ScenarioCoalition {
  id: string;
  name: string;
  active: boolean;
  /** Scenario organisations taking part. */
  organisationIds: string[];
}

export interface ScenarioFigures {
  organisations: number;
  processes: number;
  regions: number;
  expected: number;
  realised: number;
  /** realised / expected; null when nothing is expected. */
  coverage: number | null;
  gaps: number;
  /** Collaboration ties among the scenario's organisations / possible pairs; null below two organisations. */
  density: number | null;
  ties: number;
  singlePersons: number;
  agreements: number;
  coalitions: number;
}

export interface ScenarioResult {
  input: ScenarioInput;
  /** The regions the failure is in (every region for a national scenario). */
  regionCodes: string[];
  cascade: CascadeResult;
  organisations: ScenarioOrganisation[];
  expectedLinks: ExpectedLink[];
  /** Gaps the gap engine reports between two of the scenario's organisations. */
  gaps: Gap[];
  agreements: ScenarioAgreement[];
  singlePersons: ScenarioSinglePerson[];
  coalitions: ScenarioCoalition[];
  figures: ScenarioFigures;
}

const MODULE = 'scenario';
const ROLE_ORDER: Record<ScenarioRole, number> = { uitval: 0, keten: 1, hulpdienst: 2 };

/** Which regions an organisation is in for a scenario: its own, or all of them when it has none (national). */
function regionsOf(o: Organisation, all: readonly string[]): readonly string[] {
  return o.regionCodes.length > 0 ? o.regionCodes : all;
}

const isResponder = (o: Organisation) => o.kind === 'veiligheidsregio' || o.kind === 'politie';

/**
 * A scenario on the network: the cascade of the failure over the process dependencies, mapped onto
 * the organisations that run the affected processes in the affected regions plus the safety regions
 * and police units there; for that set the expected links, which are realised, the gap engine's gaps
 * among them, the agreements that cover them, the people ties hang on, the coalitions they share,
 * and coverage and density of the sub-network. Pass `links` and `gaps` computed on the same network
 * to reuse the gap engine's own results (they are computed here otherwise).
 */
export function computeScenario(context: ScenarioContext, input: ScenarioInput): ScenarioResult {
  const { network } = context;
  assertNetwork(network, MODULE);
  const allRegions = network.regions.map((r) => r.code).sort(compareStrings);
  const orgs = new Map(network.organisations.map((o) => [o.id, o]));
  const processIds = new Set(network.processes.map((p) => p.id));
  const { origins, regionCodes, failingOrg } = resolveFailure(input.failure, orgs, processIds, allRegions);
  const result = cascade(network.processDependencies ?? [], origins, { maxHours: input.maxHours });
  const reached = new Map(result.reached.map((s) => [s.processId, s]));
  const inRegion = new Set(regionCodes);

  const members: ScenarioOrganisation[] = [];
  for (const o of network.organisations) {
    const touches = regionsOf(o, allRegions).some((r) => inRegion.has(r));
    if (!touches) continue;
    // With one operator failing, others running the same process keep running: only later steps count.
    const affected = o.processIds.filter((p) => {
      const s = reached.get(p);
      if (!s) return false;
      return failingOrg ? o.id === failingOrg.id || s.step > 0 : true;
    });
    const origin =
      failingOrg !== null ? o.id === failingOrg.id : affected.some((p) => reached.get(p)!.step === 0);
    if (affected.length === 0 && !(isResponder(o) && o.regionCodes.some((r) => inRegion.has(r)))) continue;
    const steps = affected.map((p) => reached.get(p)!);
    const first = steps.length > 0 ? Math.min(...steps.map((s) => (origin ? 0 : s.step))) : null;
    const known = steps.map((s) => s.hours).filter((h): h is number => h !== null);
    members.push({
      id: o.id,
      name: o.name,
      kind: o.kind,
      chain: o.chain,
      role: origin ? 'uitval' : affected.length > 0 ? 'keten' : 'hulpdienst',
      step: first,
      hours: origin ? 0 : known.length > 0 ? Math.min(...known) : null,
      processIds: affected.sort(compareStrings),
      regionCodes: regionsOf(o, allRegions)
        .filter((r) => inRegion.has(r))
        .sort(compareStrings),
    });
  }
  members.sort(
    (a, b) =>
      ROLE_ORDER[a.role] - ROLE_ORDER[b.role] ||
      (a.step ?? Infinity) - (b.step ?? Infinity) ||
      compareStrings(a.name, b.name) ||
      compareStrings(a.id, b.id),
  );
  const ids = new Set(members.map((m) => m.id));
  const both = (x: string, y: string) => ids.has(x) && ids.has(y);

  const allLinks = context.links ?? expectedLinks(network);
  const links = allLinks.filter((l) => both(l.orgAId, l.orgBId));
  const gaps = (context.gaps ?? []).filter(
    (g) => g.organisationIds.length === 2 && both(g.organisationIds[0]!, g.organisationIds[1]!),
  );
  const agreements = coveringAgreements(network, links);
  const singlePersons = singlePersonsOf(network, gaps);
  const coalitions = network.coalitions
    .map((c) => ({
      id: c.id,
      name: c.name,
      active: c.active,
      organisationIds: [...new Set(c.organisationIds.filter((o) => ids.has(o)))].sort(compareStrings),
    }))
    .filter((c) => c.organisationIds.length > 0)
    .sort(
      (a, b) =>
        b.organisationIds.length - a.organisationIds.length ||
        compareStrings(a.name, b.name) ||
        compareStrings(a.id, b.id),
    );
  const ties = tiesAmong(network, ids);
  const realised = links.filter((l) => l.realised).length;
  const n = members.length;
  return {
    input,
    regionCodes,
    cascade: result,
    organisations: members,
    expectedLinks: links,
    gaps,
    agreements,
    singlePersons,
    coalitions,
    figures: {
      organisations: n,
      processes: result.reached.length,
      regions: regionCodes.length,
      expected: links.length,
      realised,
      coverage: links.length > 0 ? realised / links.length : null,
      gaps: gaps.length,
      density: n > 1 ? ties / ((n * (n - 1)) / 2) : null,
      ties,
      singlePersons: singlePersons.length,
      agreements: agreements.length,
      coalitions: coalitions.length,
    },
  };
}

function resolveFailure(
  failure: ScenarioFailure,
  orgs: Map<string, Organisation>,
  processIds: Set<string>,
  allRegions: string[],
): { origins: string[]; regionCodes: string[]; failingOrg: Organisation | null } {
  const known = new Set(allRegions);
  if (failure.kind === 'operator') {
    const o = orgs.get(failure.organisationId);
    if (!o || o.processIds.length === 0)
      throw new AnalysisInputError(
        MODULE,
        'an organisation that runs a vital process',
        failure.organisationId,
      );
    const regions = o.regionCodes.filter((r) => known.has(r));
    return {
      origins: [...o.processIds],
      regionCodes: (regions.length > 0 ? regions : allRegions).sort(compareStrings),
      failingOrg: o,
    };
  }
  if (failure.processIds.length === 0)
    throw new AnalysisInputError(MODULE, 'at least one failing process', []);
  for (const p of failure.processIds)
    if (!processIds.has(p)) throw new AnalysisInputError(MODULE, 'a known vital process id', p);
  for (const r of failure.regionCodes)
    if (!known.has(r)) throw new AnalysisInputError(MODULE, 'a known region code', r);
  const regions = failure.regionCodes.length > 0 ? [...new Set(failure.regionCodes)] : allRegions;
  return { origins: failure.processIds, regionCodes: regions.sort(compareStrings), failingOrg: null };
}

function coveringAgreements(network: NetworkData, links: readonly ExpectedLink[]): ScenarioAgreement[] {
  const byId = new Map(network.agreements.map((a) => [a.id, a]));
  const found = new Map<string, { agreement: Agreement; current: boolean; linkIds: Set<string> }>();
  for (const l of links) {
    const current = new Set(l.agreementIds);
    for (const id of [...l.agreementIds, ...l.expiredAgreementIds, ...l.pendingAgreementIds]) {
      const a = byId.get(id);
      if (!a) continue;
      let entry = found.get(id);
      if (!entry) found.set(id, (entry = { agreement: a, current: current.has(id), linkIds: new Set() }));
      entry.linkIds.add(l.id);
    }
  }
  return [...found.values()]
    .map(({ agreement: a, current, linkIds }) => ({
      id: a.id,
      title: a.title,
      status: a.status,
      partyIds: [...a.partyIds],
      expiresAt: a.expiresAt,
      reviewAt: a.reviewAt,
      current,
      linkIds: [...linkIds].sort(compareStrings),
    }))
    .sort(
      (a, b) => compareStrings(a.expiresAt ?? '9999', b.expiresAt ?? '9999') || compareStrings(a.id, b.id),
    );
}

function singlePersonsOf(network: NetworkData, gaps: readonly Gap[]): ScenarioSinglePerson[] {
  const people = new Map(network.people.map((p) => [p.id, p]));
  const byPerson = new Map<string, string[]>();
  for (const g of gaps) {
    if (g.type !== 'enkel-persoon') continue;
    for (const p of g.personIds) byPerson.set(p, [...(byPerson.get(p) ?? []), g.id]);
  }
  return [...byPerson]
    .map(([personId, gapIds]) => ({
      personId,
      organisationId: people.get(personId)?.organisationId ?? null,
      gapIds: gapIds.sort(compareStrings),
    }))
    .sort((a, b) => b.gapIds.length - a.gapIds.length || compareStrings(a.personId, b.personId));
}

/** Collaboration ties among `ids`: the collaboration graph of the network cut down to them. */
function tiesAmong(network: NetworkData, ids: ReadonlySet<string>): number {
  if (ids.size < 2) return 0;
  const graph = buildCollaborationGraph({
    ...network,
    organisations: network.organisations.filter((o) => ids.has(o.id)),
  });
  return graph.size;
}

/** The unordered pairs of a scenario's missing links: expected, not realised. */
export function missingPairs(result: ScenarioResult): Set<string> {
  return new Set(result.expectedLinks.filter((l) => !l.realised).map((l) => pairKey(l.orgAId, l.orgBId)));
}
