// A cascade scenario drawn over the explorer: the scenario's organisations (and their people)
// coloured by the cascade step at which they are hit, everything else dimmed, and the scenario's
// missing links — and only those — dashed. Pure: the canvas reducers and the legend use the result.
import type { LegendItem } from './appearance';
import type { VNode } from './model';
import type { ExplorerPayload } from './payload';

/** What the explorer needs of a scenario (GET /api/scenario's view). */
export interface ScenarioOverlayInput {
  organisations: ReadonlyArray<{ id: string; step: number | null }>;
  /** Expected links among them; only the ones not realised are drawn. */
  links?: ReadonlyArray<{ a: { id: string }; b: { id: string }; realised: boolean }>;
}

/**
 * Step 0 (fails itself) to step 4 and beyond, dark to light on one colour-blind-safe ramp
 * (Tol's sunset, red–orange): the order reads without colour names; responders that run no
 * affected process are teal, apart from the ramp.
 */
export const STEP_COLORS = ['#a50026', '#dd3d2d', '#f67e4b', '#fdb366', '#feda8b'] as const;
export const RESPONDER_COLOR = '#117733';
export const OUTSIDE_COLOR = '#d5d9df';

export interface ScenarioHighlight {
  /** Node key → colour, for the nodes that belong to the scenario. */
  colors: Map<string, string>;
  /** Indices into payload.missing of the scenario's missing links. */
  missing: number[];
  legend: LegendItem[];
  organisations: number;
}

export const stepColor = (step: number | null): string =>
  step === null ? RESPONDER_COLOR : STEP_COLORS[Math.min(step, STEP_COLORS.length - 1)]!;

export function scenarioHighlight(
  p: ExplorerPayload,
  nodes: readonly VNode[],
  s: ScenarioOverlayInput,
  labels: { step: (n: number) => string; responder: string; outside: string },
): ScenarioHighlight {
  const stepOf = new Map(s.organisations.map((o) => [o.id, o.step]));
  const colors = new Map<string, string>();
  for (const n of nodes) {
    const id = n.org >= 0 ? p.orgs.ids[n.org] : undefined;
    if (id !== undefined && stepOf.has(id)) colors.set(n.key, stepColor(stepOf.get(id)!));
  }
  const pair = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
  const wanted = new Set((s.links ?? []).filter((l) => !l.realised).map((l) => pair(l.a.id, l.b.id)));
  const missing: number[] = [];
  for (let i = 0; i < p.missing.a.length; i++) {
    const a = p.orgs.ids[p.missing.a[i]!];
    const b = p.orgs.ids[p.missing.b[i]!];
    if (a !== undefined && b !== undefined && wanted.has(pair(a, b))) missing.push(i);
  }
  // One legend entry per colour: the last colour stands for its step and every later one.
  const last = STEP_COLORS.length - 1;
  const buckets = [...new Set(s.organisations.map((o) => (o.step === null ? null : Math.min(o.step, last))))];
  buckets.sort((x, y) => (x ?? Infinity) - (y ?? Infinity));
  const beyond = s.organisations.some((o) => o.step !== null && o.step > last);
  const legend: LegendItem[] = buckets.map((b) => ({
    label: b === null ? labels.responder : `${labels.step(b)}${b === last && beyond ? '+' : ''}`,
    color: stepColor(b),
  }));
  legend.push({ label: labels.outside, color: OUTSIDE_COLOR });
  return { colors, missing, legend, organisations: s.organisations.length };
}
