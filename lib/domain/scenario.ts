import { z } from 'zod';
import { DEPENDENCY_KINDS, MAX_CASCADE_HOURS, MAX_DEPENDENCY_HOURS, id } from './model';

// The input shapes of scenarios and of dependency edits, shared by the page, the route handlers and
// lib/dal. Whether a process, region or operator exists is checked in lib/dal against the network.

const REGION_CODE = /^VR\d{2}$/;
const regionCode = z.string().regex(REGION_CODE, {
  message: 'verwacht een regiocode VR01–VR25 / expected a region code VR01–VR25',
});
const hours = z
  .number({ message: 'verwacht een aantal uren / expected a number of hours' })
  .int({ message: 'verwacht een heel aantal uren / expected a whole number of hours' })
  .min(1, { message: `de duur is minstens 1 uur / the duration is at least 1 hour` })
  .max(MAX_CASCADE_HOURS, {
    message: `de duur is hoogstens ${MAX_CASCADE_HOURS} uur (30 dagen) / the duration is at most ${MAX_CASCADE_HOURS} hours (30 days)`,
  });

export const scenarioFailureInput = z.discriminatedUnion(
  'kind',
  [
    z
      .object({
        kind: z.literal('process'),
        processIds: z
          .array(id)
          .min(1, { message: 'kies minstens één vitaal proces / choose at least one vital process' })
          .max(28),
        regionCodes: z.array(regionCode).max(25).default([]),
      })
      .strict(),
    z.object({ kind: z.literal('operator'), organisationId: id }).strict(),
  ],
  { message: "verwacht kind 'process' of 'operator' / expected kind 'process' or 'operator'" },
);

export const scenarioInput = z
  .object({
    failure: scenarioFailureInput,
    maxHours: hours.nullable().default(null),
  })
  .strict();
export type ScenarioInputData = z.infer<typeof scenarioInput>;

export const saveScenarioInput = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, { message: 'geef het scenario een naam / give the scenario a name' })
      .max(120, { message: 'naam is te lang (max 120) / name is too long (max 120)' }),
    scenario: scenarioInput,
  })
  .strict();

/** The query keys of a scenario (any of them present: the page computes, or explains what is wrong). */
export const SCENARIO_PARAMS = ['proces', 'regio', 'aanbieder', 'uren', 'wat'] as const;

/**
 * Query-string form of a scenario (the shareable URL of /scenario, GET /api/scenario and the
 * explorer): `proces=<id>[,<id>]&regio=VR17[,VR18]&uren=24` or `aanbieder=<organisation id>&uren=24`.
 * A repeated key counts like a comma list (a plain HTML form sends `proces=a&proces=b`), and
 * `wat=proces|aanbieder` (the form's radio) says which of the two counts when both are filled in.
 * Null when nothing fails.
 */
export function scenarioFromSearch(
  params: Record<string, string | string[] | undefined>,
): z.input<typeof scenarioInput> | null {
  const all = (k: string) => {
    const v = params[k];
    return (Array.isArray(v) ? v : v === undefined ? [] : [v]).slice(0, 50);
  };
  const one = (k: string) => all(k)[0]?.trim() ?? '';
  const list = (k: string) =>
    all(k)
      .flatMap((v) => v.split(','))
      .map((s) => s.trim())
      .filter(Boolean);
  const uren = one('uren');
  // A value that is no number stays text, so the message names what was typed (not "NaN").
  const hours = Number(uren);
  const maxHours =
    uren === '' ? null : Number.isNaN(hours) ? (uren.slice(0, 20) as unknown as number) : hours;
  const what = one('wat');
  if (one('aanbieder') !== '' && what !== 'proces')
    return { failure: { kind: 'operator', organisationId: one('aanbieder') }, maxHours };
  if (list('proces').length > 0 && what !== 'aanbieder')
    return { failure: { kind: 'process', processIds: list('proces'), regionCodes: list('regio') }, maxHours };
  return null;
}

/** A saved scenario's id (`sc-…`), as the explorer's `scenario=` parameter may carry instead of a query. */
export const SAVED_SCENARIO_ID = /^sc-[0-9a-f-]{36}$/;

/**
 * The explorer's `scenario=` parameter: a saved scenario's id, or a scenario query string
 * (`proces=…&regio=…&uren=…`, URL-encoded once more). Null when it names nothing.
 */
export function scenarioRefFromParam(
  raw: string | null | undefined,
): { savedId: string } | { query: string } | null {
  const v = (raw ?? '').trim().slice(0, 2000);
  if (v === '') return null;
  if (SAVED_SCENARIO_ID.test(v)) return { savedId: v };
  const params: Record<string, string[]> = {};
  for (const [k, val] of new URLSearchParams(v)) (params[k] ??= []).push(val);
  return scenarioFromSearch(params) ? { query: v } : null;
}

/** The query string of a scenario (inverse of scenarioFromSearch). */
export function scenarioToSearch(s: ScenarioInputData): string {
  const q = new URLSearchParams();
  if (s.failure.kind === 'operator') q.set('aanbieder', s.failure.organisationId);
  else {
    q.set('proces', s.failure.processIds.join(','));
    if (s.failure.regionCodes.length > 0) q.set('regio', s.failure.regionCodes.join(','));
  }
  if (s.maxHours !== null) q.set('uren', String(s.maxHours));
  return q.toString();
}

/** A dependency as the regisseur edits it; `expectedVersion` 0 creates it. */
export const dependencyEditInput = z
  .object({
    fromId: id,
    toId: id,
    kind: z.enum(DEPENDENCY_KINDS),
    hours: z.number().min(0).max(MAX_DEPENDENCY_HOURS).nullable(),
    basis: z.string().trim().max(600),
    source: z
      .string()
      .trim()
      .min(1, { message: 'een afhankelijkheid heeft een bron / a dependency needs a source' })
      .max(600),
    expectedVersion: z.number().int().min(0),
  })
  .strict();
