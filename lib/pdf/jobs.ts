// Step timings of briefings generated in this process (the generation-time figures of
// scripts/bench-pdf.ts and the tests). What users see (status, step, fraction) is on the
// :Briefing node and its :Job in Neo4j, for every process (lib/dal/briefings.ts, lib/dal/jobs.ts).

export const STEPS = ['wachten', 'gegevens', 'opmaak', 'pdf', 'opslaan', 'klaar', 'mislukt'] as const;
export type Step = (typeof STEPS)[number];

export interface JobProgress {
  step: Step;
  /** 0–1. */
  fraction: number;
  startedAt: number;
  ms: number | null;
  error: string | null;
  /** Milliseconds after the start at which each step began (for the generation-time figures). */
  timings: Partial<Record<Step, number>>;
  /** Milliseconds spent in each finer phase (load, build, html, browser, load, print, store). */
  phases: Record<string, number>;
}

const holder = globalThis as unknown as { __koppelvlakBriefingJobs?: Map<string, JobProgress> };
const jobs = (holder.__koppelvlakBriefingJobs ??= new Map<string, JobProgress>());
const KEEP_MS = 30 * 60_000;

export function startJob(id: string): void {
  const now = Date.now();
  for (const [k, j] of jobs) if (now - j.startedAt > KEEP_MS) jobs.delete(k);
  jobs.set(id, {
    step: 'wachten',
    fraction: 0,
    startedAt: now,
    ms: null,
    error: null,
    timings: { wachten: 0 },
    phases: {},
  });
}

export function setStep(id: string, step: Step, fraction: number): void {
  const j = jobs.get(id);
  if (!j) return;
  j.step = step;
  j.fraction = fraction;
  j.timings[step] = Date.now() - j.startedAt;
  if (step === 'klaar' || step === 'mislukt') j.ms = Date.now() - j.startedAt;
}

/** Records how long finer phases took (bench and generation-time figures). */
export function addPhases(id: string, phases: Record<string, number | undefined>): void {
  const j = jobs.get(id);
  if (!j) return;
  for (const [k, v] of Object.entries(phases)) if (v !== undefined) j.phases[k] = v;
}

export function failJob(id: string, error: string): void {
  const j = jobs.get(id);
  if (!j) return;
  setStep(id, 'mislukt', 1);
  j.error = error;
}

export function jobProgress(id: string): JobProgress | null {
  const j = jobs.get(id);
  return j ? { ...j, timings: { ...j.timings }, phases: { ...j.phases } } : null;
}
