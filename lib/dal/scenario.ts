import { randomUUID } from 'node:crypto';
import {
  computeScenario,
  scenarioReach,
  type AnalysisResult,
  type CascadeStep,
  type ScenarioReach,
  type ScenarioResult,
} from '../analysis';
import { recordAudit } from '../audit/record';
import { assertCan, can } from '../auth/permissions';
import type { Viewer } from '../auth/viewer';
import type { ScenarioRow } from '../db/queries/scenarios';
import { runQuery, withWriteTransaction } from '../db/run';
import type { NetworkData } from '../domain/network';
import {
  saveScenarioInput,
  scenarioFromSearch,
  scenarioInput,
  scenarioToSearch,
  SAVED_SCENARIO_ID,
  type ScenarioInputData,
} from '../domain/scenario';
import { NotFoundError, ValidationError, zodIssuesToText } from '../errors';
import { scenarioText } from '../i18n/messages/scenario';
import type { BriefingScenario } from '../pdf/model';
import { getAnalysisForFigures, getFullAnalysis } from './analysis';
import { today } from './network';
import { defineMemo } from './cache';

// Cascade scenarios on the viewer's cut of the network: members never see confidential
// koppelvlakken they may not see (the analysis they get is computed without them), the stuurgroep
// gets figures and organisation names, never people.

/** Scenario reach of every gap, derived once per analysis result (lib/dal/cache.ts). */
const reachMemo = defineMemo<AnalysisResult, ScenarioReach>('scenario-reach');

interface Named {
  id: string;
  name: string;
}

export interface ScenarioStepView extends CascadeStep {
  name: string;
  category: 'A' | 'B' | null;
}

/** What every role with scenario:read gets. */
interface ScenarioCommon {
  input: ScenarioInputData;
  failureLabel: string;
  regions: Named[];
  steps: ScenarioStepView[];
  later: ScenarioStepView[];
  cycles: Named[][];
  edges: ScenarioResult['cascade']['edges'];
  organisations: Array<ScenarioResult['organisations'][number]>;
  figures: ScenarioResult['figures'] & { missing: number };
}

export interface ScenarioGapView {
  id: string;
  type: string;
  organisations: Named[];
  priority: number;
  priorityLevel: 'hoog' | 'middel' | 'laag';
  explanation: { nl: string; en: string };
  factors: Array<{ key: string; points: number; nl: string; en: string }>;
}

export type ScenarioView =
  | (ScenarioCommon & {
      level: 'full';
      /** Expected links among the scenario's organisations; `missing` = not realised. */
      links: Array<{
        id: string;
        a: Named;
        b: Named;
        realised: boolean;
        processIds: string[];
        koppelvlakIds: string[];
      }>;
      /** Null for roles without gaps:read (members): they see the missing links, not the gap report. */
      gaps: ScenarioGapView[] | null;
      agreements: Array<ScenarioResult['agreements'][number] & { parties: Named[] }>;
      singlePersons: Array<{ personId: string; name: string; organisation: Named | null; links: number }>;
      coalitions: Array<ScenarioResult['coalitions'][number]>;
    })
  | (ScenarioCommon & { level: 'figures' });

/** Parses a scenario request and checks it against the network (processes, regions, operators). */
function parseScenario(input: unknown, network: NetworkData): ScenarioInputData {
  const parsed = scenarioInput.safeParse(input);
  if (!parsed.success) {
    const hours = parsed.error.issues.find((i) => i.path[0] === 'maxHours');
    if (hours) {
      const got = (input as { maxHours?: unknown } | null)?.maxHours;
      throw new ValidationError(scenarioText('durationRange', { max: 720, got: String(got) }));
    }
    throw new ValidationError(zodIssuesToText(parsed.error.issues));
  }
  const v = parsed.data;
  if (v.failure.kind === 'operator') {
    const orgId = v.failure.organisationId;
    const o = network.organisations.find((x) => x.id === orgId);
    if (!o || o.processIds.length === 0)
      throw new ValidationError(scenarioText('unknownOperator', { id: orgId }));
    return v;
  }
  const processes = new Set(network.processes.map((p) => p.id));
  for (const id of v.failure.processIds)
    if (!processes.has(id)) throw new ValidationError(scenarioText('unknownProcess', { id }));
  const regions = new Set(network.regions.map((r) => r.code));
  for (const code of v.failure.regionCodes)
    if (!regions.has(code)) throw new ValidationError(scenarioText('unknownRegion', { code }));
  return v;
}

async function analysisFor(viewer: Viewer) {
  return can(viewer, 'network:read') ? getFullAnalysis(viewer) : getAnalysisForFigures(viewer);
}

/** Computes a scenario for this viewer. */
export async function runScenario(viewer: Viewer, input: unknown): Promise<ScenarioView> {
  assertCan(viewer, 'scenario:read');
  const full = await analysisFor(viewer);
  const { network, analysis } = full;
  const v = parseScenario(input, network);
  const result = computeScenario(
    { network, links: analysis.expectedLinks, gaps: analysis.gaps },
    { failure: v.failure, maxHours: v.maxHours },
  );
  return present(viewer, v, result, network);
}

function present(
  viewer: Viewer,
  input: ScenarioInputData,
  r: ScenarioResult,
  network: NetworkData,
): ScenarioView {
  const orgName = new Map(network.organisations.map((o) => [o.id, o.name]));
  const proc = new Map(network.processes.map((p) => [p.id, p]));
  const regionName = new Map(network.regions.map((x) => [x.code, x.name]));
  const org = (id: string): Named => ({ id, name: orgName.get(id) ?? id });
  const step = (s: CascadeStep): ScenarioStepView => ({
    ...s,
    name: proc.get(s.processId)?.name ?? s.processId,
    category: proc.get(s.processId)?.category ?? null,
  });
  const failureLabel =
    input.failure.kind === 'operator'
      ? (orgName.get(input.failure.organisationId) ?? input.failure.organisationId)
      : input.failure.processIds.map((p) => proc.get(p)?.name ?? p).join(', ');
  const common: ScenarioCommon = {
    input,
    failureLabel,
    regions: r.regionCodes.map((code) => ({ id: code, name: regionName.get(code) ?? code })),
    steps: r.cascade.reached.map(step),
    later: r.cascade.later.map(step),
    cycles: r.cascade.cycles.map((c) => c.map((id) => ({ id, name: proc.get(id)?.name ?? id }))),
    edges: r.cascade.edges,
    organisations: r.organisations,
    figures: { ...r.figures, missing: r.expectedLinks.filter((l) => !l.realised).length },
  };
  if (!can(viewer, 'network:read')) return { ...common, level: 'figures' };
  const people = new Map(network.people.map((p) => [p.id, p]));
  return {
    ...common,
    level: 'full',
    links: r.expectedLinks.map((l) => ({
      id: l.id,
      a: org(l.orgAId),
      b: org(l.orgBId),
      realised: l.realised,
      processIds: l.processIds,
      koppelvlakIds: l.koppelvlakIds,
    })),
    gaps: can(viewer, 'gaps:read')
      ? r.gaps.map((g) => ({
          id: g.id,
          type: g.type,
          organisations: g.organisationIds.map(org),
          priority: g.priority,
          priorityLevel: g.priorityLevel,
          explanation: g.explanation,
          factors: g.factors,
        }))
      : null,
    agreements: r.agreements.map((a) => ({ ...a, parties: a.partyIds.map(org) })),
    singlePersons: r.singlePersons.map((p) => ({
      personId: p.personId,
      name: people.get(p.personId)?.name ?? p.personId,
      organisation: p.organisationId ? org(p.organisationId) : null,
      links: p.gapIds.length,
    })),
    coalitions: r.coalitions,
  };
}

/**
 * A scenario from a query string (the page's and the API's URL encoding, lib/domain/scenario.ts).
 * The role is checked before the input, so a refused viewer learns nothing about it.
 */
export async function runScenarioFromSearch(
  viewer: Viewer,
  params: Record<string, string | string[] | undefined>,
): Promise<ScenarioView> {
  assertCan(viewer, 'scenario:read');
  const input = scenarioFromSearch(params);
  if (!input) throw new ValidationError(scenarioText('nothingFails'));
  return runScenario(viewer, input);
}

/** A saved scenario computed on today's network. */
export async function runSavedScenario(
  viewer: Viewer,
  id: string,
): Promise<{ saved: SavedScenario; view: ScenarioView }> {
  const saved = await getSavedScenario(viewer, id);
  return { saved, view: await runScenario(viewer, saved.scenario) };
}

export interface ScenarioOptions {
  processes: Array<Named & { category: 'A' | 'B' }>;
  regions: Named[];
  /** Organisations that run a vital process (what may fail as "one operator"). */
  operators: Named[];
}

/** What the scenario form offers: the processes, the regions and the operators of the network. */
export async function getScenarioOptions(viewer: Viewer): Promise<ScenarioOptions> {
  assertCan(viewer, 'scenario:read');
  const { network } = await analysisFor(viewer);
  const byName = (a: Named, b: Named) => a.name.localeCompare(b.name, 'nl');
  return {
    processes: network.processes
      .map((p) => ({ id: p.id, name: p.name, category: p.category }))
      .sort((a, b) => a.category.localeCompare(b.category) || byName(a, b)),
    regions: network.regions
      .map((r) => ({ id: r.code, name: r.name }))
      .sort((a, b) => (a.id < b.id ? -1 : 1)),
    operators: network.organisations
      .filter((o) => o.processIds.length > 0)
      .map((o) => ({ id: o.id, name: o.name }))
      .sort(byName),
  };
}

/** Scenario reach of every gap of the viewer's analysis (cached with the analysis). */
export async function getScenarioReach(viewer: Viewer): Promise<ScenarioReach> {
  assertCan(viewer, 'gaps:read');
  const full = await getFullAnalysis(viewer);
  return reachOf(full.analysis, full.network);
}

export function reachOf(analysis: AnalysisResult, network: NetworkData): ScenarioReach {
  return reachMemo.get(analysis, '', () => scenarioReach(network, analysis.gaps));
}

export interface SavedScenario {
  id: string;
  name: string;
  scenario: ScenarioInputData;
  createdAt: string;
  createdByName: string;
}

function fromRow(row: ScenarioRow): SavedScenario {
  return {
    id: row.id,
    name: row.name,
    scenario: {
      failure:
        row.failureKind === 'operator'
          ? { kind: 'operator', organisationId: row.organisationId ?? '' }
          : { kind: 'process', processIds: row.processIds, regionCodes: row.regionCodes },
      maxHours: row.maxHours,
    },
    createdAt: row.createdAt,
    createdByName: row.createdByName,
  };
}

/** Saved scenarios, newest first. The stuurgroep does not see who saved them. */
export async function listScenarios(viewer: Viewer): Promise<SavedScenario[]> {
  assertCan(viewer, 'scenario:read');
  const rows = await runQuery('get-scenarios', { id: null });
  const names = can(viewer, 'network:read');
  return rows.map(fromRow).map((s) => (names ? s : { ...s, createdByName: '' }));
}

export async function getSavedScenario(viewer: Viewer, id: string): Promise<SavedScenario> {
  assertCan(viewer, 'scenario:read');
  if (!SAVED_SCENARIO_ID.test(id))
    throw new NotFoundError({ ...scenarioText('notFound', { id: id.slice(0, 60) }) });
  const [row] = await runQuery('get-scenarios', { id });
  if (!row) throw new NotFoundError({ ...scenarioText('notFound', { id }) });
  const s = fromRow(row);
  return can(viewer, 'network:read') ? s : { ...s, createdByName: '' };
}

/** Saves a named scenario after checking it against the network; audited in the same transaction. */
export async function saveScenario(viewer: Viewer, input: unknown, ip: string | null = null) {
  assertCan(viewer, 'scenario:write');
  const parsed = saveScenarioInput.safeParse(input);
  if (!parsed.success) throw new ValidationError(zodIssuesToText(parsed.error.issues));
  const { network } = await getFullAnalysis(viewer);
  const v = parseScenario(parsed.data.scenario, network);
  const id = `sc-${randomUUID()}`;
  const f = v.failure;
  const row = {
    id,
    name: parsed.data.name,
    failureKind: f.kind,
    processIds: f.kind === 'process' ? f.processIds : [],
    regionCodes: f.kind === 'process' ? f.regionCodes : [],
    organisationId: f.kind === 'operator' ? f.organisationId : null,
    maxHours: v.maxHours,
    createdAt: new Date().toISOString(),
    createdBy: viewer.userId,
    createdByName: viewer.name,
  };
  await withWriteTransaction(async (tx) => {
    await runQuery('create-scenario', row, { tx });
    await recordAudit(
      viewer,
      {
        action: 'scenario.create',
        entityType: 'Scenario',
        entityId: id,
        after: { name: row.name, scenario: v },
        ip,
      },
      tx,
    );
  });
  return { id, name: row.name };
}

export async function deleteScenario(viewer: Viewer, id: string, ip: string | null = null) {
  assertCan(viewer, 'scenario:write');
  return withWriteTransaction(async (tx) => {
    const [row] = await runQuery('delete-scenario', { id }, { tx });
    if (!row) throw new NotFoundError({ ...scenarioText('notFound', { id }) });
    await recordAudit(
      viewer,
      { action: 'scenario.delete', entityType: 'Scenario', entityId: id, before: { name: row.name }, ip },
      tx,
    );
    return row;
  });
}

/**
 * A saved scenario as a briefing section, computed now for the viewer who makes the briefing.
 * Person names only when the briefing includes names (the stuurgroep's PDF has none).
 */
export async function scenarioForBriefing(
  viewer: Viewer,
  id: string,
  includeNames: boolean,
): Promise<BriefingScenario> {
  const { saved, view } = await runSavedScenario(viewer, id);
  const full = view.level === 'full' ? view : null;
  const people = full?.singlePersons ?? [];
  return {
    id: saved.id,
    name: saved.name,
    failure: view.failureLabel,
    national: view.input.failure.kind === 'process' && view.input.failure.regionCodes.length === 0,
    regions: view.regions.map((r) => ({ code: r.id, name: r.name })),
    maxHours: view.input.maxHours,
    computedOn: today(),
    steps: view.steps.map((s) => ({
      id: s.processId,
      name: s.name,
      step: s.step,
      hours: s.hours,
      category: s.category,
    })),
    later: view.later.map((s) => ({ name: s.name, atLeastHours: s.atLeastHours })),
    edges: view.edges.map((e) => [e.failedId, e.hitId]),
    cycles: view.cycles.map((c) => c.map((x) => x.name)),
    figures: {
      organisations: view.figures.organisations,
      expected: view.figures.expected,
      realised: view.figures.realised,
      missing: view.figures.missing,
      coverage: view.figures.coverage,
      density: view.figures.density,
    },
    missing: (full?.links ?? []).filter((l) => !l.realised).map((l) => ({ a: l.a.name, b: l.b.name })),
    singlePersons: {
      count: people.length,
      names: includeNames && full ? people.map((p) => p.name) : null,
    },
  };
}

export interface ScenarioHighlight {
  id: string;
  name: string;
  failureLabel: string;
  regions: number;
  search: string;
  figures: ScenarioView['figures'];
}

/** Figures of one saved scenario, derived once per analysis result (lib/dal/cache.ts). */
const highlightMemo = defineMemo<AnalysisResult, ScenarioHighlight | null>('scenario-highlight', {
  maxVariants: 16,
});

/**
 * The newest saved scenarios with their figures on today's network, for the overview: what fails,
 * how many organisations it touches and how many of their expected links are missing. Figures and
 * organisation-free labels only, so the stuurgroep sees the same. Right: scenario:read.
 */
export async function getScenarioHighlights(viewer: Viewer, limit = 5): Promise<ScenarioHighlight[]> {
  assertCan(viewer, 'scenario:read');
  const saved = (await listScenarios(viewer)).slice(0, limit);
  if (saved.length === 0) return [];
  const { network, analysis } = await analysisFor(viewer);
  return saved
    .map((s) =>
      highlightMemo.get(analysis, `${s.id}@${s.createdAt}`, () => {
        let v: ScenarioInputData;
        try {
          v = parseScenario(s.scenario, network);
        } catch {
          return null; // a scenario naming what no longer exists is left out here (its page says why)
        }
        const r = computeScenario(
          { network, links: analysis.expectedLinks, gaps: analysis.gaps },
          { failure: v.failure, maxHours: v.maxHours },
        );
        const view = present(viewer, v, r, network);
        return {
          id: s.id,
          name: s.name,
          failureLabel: view.failureLabel,
          regions: view.regions.length,
          search: scenarioToSearch(v),
          figures: view.figures,
        };
      }),
    )
    .filter((h): h is ScenarioHighlight => h !== null);
}
