import { MAX_CASCADE_HOURS, type ProcessDependency } from '../domain/model';
import { AnalysisInputError } from './errors';
import { scenarioText } from '../i18n/messages/scenario';
import { compareStrings } from './facts';

export { MAX_CASCADE_HOURS };

export const CASCADE_DEFAULTS = {
  /** Only effects felt within this many hours (null: every effect, however late). */
  maxHours: null as number | null,
};

export interface CascadeOptions {
  maxHours?: number | null;
}

/** One process the failure reaches. */
export interface CascadeStep {
  processId: string;
  /** 0 for a process that fails itself; n = reached over n dependencies (fewest hops within the duration). */
  step: number;
  /**
   * Earliest time the effect is felt, in hours after the failure, over paths whose every
   * dependency has a time in the data; null when no such path exists.
   */
  hours: number | null;
  /** Earliest time it could be felt, counting dependencies without a time as 0 hours. */
  atLeastHours: number;
  /** The process through which it is reached at its step (null for an origin). */
  viaId: string | null;
}

/** A dependency the cascade runs over: `hitId` depends on `failedId`. */
export interface CascadeEdge {
  failedId: string;
  hitId: string;
  kind: ProcessDependency['kind'];
  hours: number | null;
}

export interface CascadeResult {
  origins: string[];
  maxHours: number | null;
  /** Reached within the duration, by step, then time, then id. */
  reached: CascadeStep[];
  /** Reached, but only after the duration (atLeastHours > maxHours). */
  later: CascadeStep[];
  /** The dependencies between reached processes (both ends in `reached`). */
  edges: CascadeEdge[];
  /** Dependency cycles among the processes the failure touches, each as a list of process ids. */
  cycles: string[][];
}

const MODULE = 'cascade';

/**
 * What fails when `origins` fail: breadth-first over the dependencies (a process is hit when a
 * process it depends on is hit), with the step at which each process is reached and the earliest
 * time the data gives. A cycle in the dependencies cannot make it loop: every process is settled once.
 */
export function cascade(
  dependencies: readonly ProcessDependency[],
  origins: readonly string[],
  options: CascadeOptions = {},
): CascadeResult {
  if (!Array.isArray(dependencies))
    throw new AnalysisInputError(MODULE, 'dependencies to be an array', dependencies);
  if (!Array.isArray(origins) || origins.length === 0)
    throw new AnalysisInputError(MODULE, 'at least one failing process', origins);
  const maxHours = options.maxHours ?? CASCADE_DEFAULTS.maxHours;
  if (maxHours !== null && (typeof maxHours !== 'number' || !(maxHours >= 0) || maxHours > MAX_CASCADE_HOURS))
    throw new AnalysisInputError(
      MODULE,
      `maxHours to be null or a number in [0, ${MAX_CASCADE_HOURS}]`,
      maxHours,
    );
  const hitBy = dependentsIndex(dependencies);
  const start = [...new Set(origins)].sort(compareStrings);

  // Earliest times: Dijkstra from the origins, once with unknown times as 0 (a lower bound) and
  // once with unknown times as impassable (what the data supports).
  const lower = earliest(hitBy, start, (h) => h ?? 0);
  const known = earliest(hitBy, start, (h) => h);
  const within = (id: string) => maxHours === null || (lower.get(id) ?? Infinity) <= maxHours;

  // Steps: breadth-first through processes felt within the duration only.
  const steps = new Map<string, { step: number; viaId: string | null }>();
  let frontier = start;
  for (const id of start) steps.set(id, { step: 0, viaId: null });
  for (let step = 1; frontier.length > 0; step++) {
    const next: string[] = [];
    for (const failed of frontier)
      for (const e of hitBy.get(failed) ?? []) {
        if (steps.has(e.hitId) || !within(e.hitId)) continue;
        steps.set(e.hitId, { step, viaId: failed });
        next.push(e.hitId);
      }
    frontier = next.sort(compareStrings);
  }
  const entry = (id: string, s: { step: number; viaId: string | null }): CascadeStep => ({
    processId: id,
    step: s.step,
    hours: known.get(id) ?? null,
    atLeastHours: lower.get(id) ?? 0,
    viaId: s.viaId,
  });
  const order = (a: CascadeStep, b: CascadeStep) =>
    a.step - b.step ||
    (a.hours ?? Infinity) - (b.hours ?? Infinity) ||
    a.atLeastHours - b.atLeastHours ||
    compareStrings(a.processId, b.processId);
  const reached = [...steps].map(([id, s]) => entry(id, s)).sort(order);
  const later = [...lower.keys()]
    .filter((id) => !steps.has(id))
    .map((id) => entry(id, { step: hopsTo(hitBy, start, id), viaId: null }))
    .sort(order);
  const edges: CascadeEdge[] = [];
  for (const [failed, list] of hitBy)
    if (steps.has(failed)) for (const e of list) if (steps.has(e.hitId)) edges.push(e);
  edges.sort((a, b) => compareStrings(a.failedId, b.failedId) || compareStrings(a.hitId, b.hitId));
  const touched = new Set(lower.keys());
  return {
    origins: start,
    maxHours,
    reached,
    later,
    edges,
    cycles: dependencyCycles(dependencies).filter((c) => c.some((id) => touched.has(id))),
  };
}

function dependentsIndex(dependencies: readonly ProcessDependency[]): Map<string, CascadeEdge[]> {
  const hitBy = new Map<string, CascadeEdge[]>();
  for (const d of dependencies) {
    if (d.fromId === d.toId) continue;
    const e: CascadeEdge = { failedId: d.toId, hitId: d.fromId, kind: d.kind, hours: d.hours };
    const list = hitBy.get(d.toId);
    if (list) list.push(e);
    else hitBy.set(d.toId, [e]);
  }
  return hitBy;
}

/** Dijkstra over at most a few hundred processes: a linear scan for the minimum is enough. */
function earliest(
  hitBy: Map<string, CascadeEdge[]>,
  start: readonly string[],
  cost: (hours: number | null) => number | null,
): Map<string, number> {
  const best = new Map<string, number>(start.map((id) => [id, 0]));
  const done = new Set<string>();
  for (;;) {
    let current: string | null = null;
    for (const [id, t] of best)
      if (!done.has(id) && (current === null || t < best.get(current)!)) current = id;
    if (current === null) return best;
    done.add(current);
    const t = best.get(current)!;
    for (const e of hitBy.get(current) ?? []) {
      const c = cost(e.hours);
      if (c === null || done.has(e.hitId)) continue;
      const via = t + c;
      if (via < (best.get(e.hitId) ?? Infinity)) best.set(e.hitId, via);
    }
  }
}

function hopsTo(hitBy: Map<string, CascadeEdge[]>, start: readonly string[], target: string): number {
  const seen = new Set(start);
  let frontier = [...start];
  for (let step = 1; frontier.length > 0; step++) {
    const next: string[] = [];
    for (const id of frontier)
      for (const e of hitBy.get(id) ?? []) {
        if (e.hitId === target) return step;
        if (!seen.has(e.hitId)) {
          seen.add(e.hitId);
          next.push(e.hitId);
        }
      }
    frontier = next;
  }
  return -1;
}

/**
 * The dependency cycles in the data: every strongly connected group of two or more processes
 * (or a process depending on itself), each listed from its smallest id in the direction a failure
 * travels ([a, b] : a failure of a hits b, and one of b hits a).
 * Iterative Tarjan, so a long chain cannot overflow the stack.
 */
export function dependencyCycles(dependencies: readonly ProcessDependency[]): string[][] {
  const out = new Map<string, string[]>();
  const self: string[] = [];
  for (const d of dependencies) {
    if (d.fromId === d.toId) {
      self.push(d.fromId);
      continue;
    }
    // Walk in the direction a failure travels: from the process depended upon to its dependant.
    const list = out.get(d.toId);
    if (list) list.push(d.fromId);
    else out.set(d.toId, [d.fromId]);
    if (!out.has(d.fromId)) out.set(d.fromId, []);
  }
  for (const list of out.values()) list.sort(compareStrings);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const groups: string[][] = [];
  let counter = 0;
  for (const root of [...out.keys()].sort(compareStrings)) {
    if (index.has(root)) continue;
    const work: Array<{ id: string; next: number }> = [{ id: root, next: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const top = work[work.length - 1]!;
      const targets = out.get(top.id)!;
      if (top.next < targets.length) {
        const w = targets[top.next++]!;
        if (!index.has(w)) {
          index.set(w, counter);
          low.set(w, counter++);
          stack.push(w);
          onStack.add(w);
          work.push({ id: w, next: 0 });
        } else if (onStack.has(w)) low.set(top.id, Math.min(low.get(top.id)!, index.get(w)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.id, Math.min(low.get(parent.id)!, low.get(top.id)!));
      if (low.get(top.id) === index.get(top.id)) {
        const group: string[] = [];
        let w: string;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          group.push(w);
        } while (w !== top.id);
        if (group.length > 1) groups.push(orderCycle(group, out));
      }
    }
  }
  for (const id of new Set(self)) groups.push([id]);
  return groups.sort((a, b) => compareStrings(a[0]!, b[0]!));
}

/** A group's members in the order a failure walks them, from the smallest id. */
function orderCycle(group: string[], out: Map<string, string[]>): string[] {
  const members = new Set(group);
  const first = [...group].sort(compareStrings)[0]!;
  const walk = [first];
  const seen = new Set(walk);
  let at = first;
  for (;;) {
    const next = (out.get(at) ?? []).find((w) => members.has(w) && !seen.has(w));
    if (next === undefined) break;
    walk.push(next);
    seen.add(next);
    at = next;
  }
  for (const id of [...group].sort(compareStrings)) if (!seen.has(id)) walk.push(id);
  return walk;
}

export interface DependencyIssue {
  row: number;
  kind: 'unknown-process' | 'self' | 'duplicate' | 'cycle';
  processIds: string[];
  nl: string;
  en: string;
}

/**
 * Problems in a dependency list before it is stored or used: unknown processes, a process
 * depending on itself, the same dependency twice, and cycles (named in full, so the person
 * editing sees which dependency to drop). `row` is the 1-based position in the list.
 */
export function validateDependencies(
  dependencies: readonly ProcessDependency[],
  processIds: ReadonlySet<string>,
): DependencyIssue[] {
  const issues: DependencyIssue[] = [];
  const seen = new Map<string, number>();
  dependencies.forEach((d, i) => {
    const row = i + 1;
    for (const id of [d.fromId, d.toId])
      if (!processIds.has(id))
        issues.push({
          row,
          kind: 'unknown-process',
          processIds: [id],
          ...scenarioText('depUnknownProcess', { row, id }),
        });
    if (d.fromId === d.toId)
      issues.push({
        row,
        kind: 'self',
        processIds: [d.fromId],
        ...scenarioText('depSelf', { row, id: d.fromId }),
      });
    const key = `${d.fromId}>${d.toId}`;
    const earlier = seen.get(key);
    if (earlier !== undefined)
      issues.push({
        row,
        kind: 'duplicate',
        processIds: [d.fromId, d.toId],
        ...scenarioText('depDuplicate', { row, earlier }),
      });
    else seen.set(key, row);
  });
  for (const cycle of dependencyCycles(dependencies)) {
    if (cycle.length === 1) continue;
    const path = [...cycle, cycle[0]!].join(' → ');
    issues.push({
      row: 0,
      kind: 'cycle',
      processIds: cycle,
      ...scenarioText('depCycle', { path }),
    });
  }
  return issues;
}
