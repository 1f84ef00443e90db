import { z } from 'zod';
import { recommendationRules as texts, ruleText, type RuleKey } from '../i18n/messages/recommendation-rules';
import type { Bilingual } from '../errors';
import { id, isoDate } from './model';

// A recommendation is what the network makes of blockers that coalitions keep meeting: from an
// idea of a participant, through the project team's decision, to the national bodies (gremia),
// their answer, a national agreement and perhaps a law. These are the stages and the rules of
// moving between them (lib/dal/recommendations.ts applies them; the detail page offers only these).

export const RECOMMENDATION_STAGES = [
  'idee',
  'aanbeveling',
  'voorgelegd',
  'overgenomen',
  'aangehouden',
  'afgewezen',
  'landelijke-afspraak',
  'wet-regelgeving',
] as const;
export type RecommendationStage = (typeof RECOMMENDATION_STAGES)[number];

/** The bodies' three answers. */
export const ANSWER_STAGES = [
  'overgenomen',
  'aangehouden',
  'afgewezen',
] as const satisfies readonly RecommendationStage[];
/** Stages in which the body adopted the recommendation (what the public part shows). */
export const ADOPTED_STAGES = ['overgenomen', 'landelijke-afspraak', 'wet-regelgeving'] as const;

/**
 * Which stage may follow which. `voorgelegd → voorgelegd` records a submission to one more body;
 * a held-over recommendation can be submitted again or answered later; a rejection is final.
 */
export const STAGE_TRANSITIONS: Record<RecommendationStage, readonly RecommendationStage[]> = {
  idee: ['aanbeveling'],
  aanbeveling: ['voorgelegd'],
  voorgelegd: ['voorgelegd', 'overgenomen', 'aangehouden', 'afgewezen'],
  aangehouden: ['voorgelegd', 'overgenomen', 'afgewezen'],
  overgenomen: ['landelijke-afspraak'],
  afgewezen: [],
  'landelijke-afspraak': ['wet-regelgeving'],
  'wet-regelgeving': [],
};

export function stageLabel(stage: RecommendationStage, locale: 'nl' | 'en'): string {
  return texts[locale][`stage_${stage}`];
}

function list(
  allowed: readonly RecommendationStage[],
  from: RecommendationStage,
  locale: 'nl' | 'en',
): string {
  const quoted = allowed.filter((s) => s !== from).map((s) => `‘${stageLabel(s, locale)}’`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} ${texts[locale].or} ${quoted.at(-1)!}`;
}

/** Null when `from → to` keeps the order; otherwise the message saying which stage comes next. */
export function stageChangeProblem(from: RecommendationStage, to: RecommendationStage): Bilingual | null {
  const allowed = STAGE_TRANSITIONS[from];
  if (allowed.includes(to)) return null;
  const key: RuleKey = from === to ? 'sameStage' : allowed.length === 0 ? 'final' : 'skip';
  const nl = ruleText(key, {
    from: stageLabel(from, 'nl'),
    to: stageLabel(to, 'nl'),
    next: list(allowed, from, 'nl'),
  });
  const en = ruleText(key, {
    from: stageLabel(from, 'en'),
    to: stageLabel(to, 'en'),
    next: list(allowed, from, 'en'),
  });
  return { nl: nl.nl, en: en.en };
}

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `max ${max} tekens / max ${max} characters` });
const optionalText = (max: number) =>
  text(max)
    .nullish()
    .transform((v) => (v ? v : null));
const required = (max: number, what: string) =>
  text(max).min(1, { message: `${what} is verplicht / ${what} is required` });
const ids = (max: number) =>
  z
    .array(id)
    .max(max, { message: `hoogstens ${max} / at most ${max}` })
    .default([])
    .transform((v) => [...new Set(v)]);

/** A new recommendation or an edit of one (the fields people write; the stage moves separately). */
export const recommendationInput = z
  .object({
    title: required(200, 'titel / title'),
    problem: required(4000, 'probleem / problem'),
    proposal: required(4000, 'voorstel / proposal'),
    owner: optionalText(200),
    coalitionIds: ids(20),
    reviewIds: ids(50),
  })
  .strict();
export type RecommendationInput = z.input<typeof recommendationInput>;

export const recommendationEdit = recommendationInput.extend({
  id,
  expectedVersion: z.number().int().min(0),
});

/** One step of a recommendation through the stages, with what that step must record. */
export const stageChangeInput = z
  .object({
    id,
    to: z.enum(RECOMMENDATION_STAGES, {
      message: `stadium: verwacht / expected ${RECOMMENDATION_STAGES.join(', ')}`,
    }),
    expectedVersion: z.number().int().min(0),
    /** When it happened (submission, answer, agreement); the date of the change itself is kept too. */
    date: isoDate,
    bodyIds: ids(10),
    answer: optionalText(4000),
    agreementId: id.nullish().transform((v) => v ?? null),
    documentId: id.nullish().transform((v) => v ?? null),
    reference: optionalText(300),
    note: optionalText(2000),
  })
  .strict();
export type StageChangeInput = z.input<typeof stageChangeInput>;
export type StageChange = z.output<typeof stageChangeInput>;

/**
 * Everything wrong with a stage change, given where the recommendation stands and which bodies it
 * was submitted to; an empty list means it may be made.
 */
export function stageChangeProblems(
  current: { stage: RecommendationStage; submittedTo: readonly string[] },
  change: StageChange,
): Bilingual[] {
  const order = stageChangeProblem(current.stage, change.to);
  if (order) return [order];
  const out: Bilingual[] = [];
  const say = (key: RuleKey) => out.push(ruleText(key));
  if (change.to === 'voorgelegd' && change.bodyIds.length === 0) say('needsBodies');
  if ((ANSWER_STAGES as readonly string[]).includes(change.to)) {
    if (!change.answer || change.bodyIds.length !== 1) say('needsAnswer');
    else if (!current.submittedTo.includes(change.bodyIds[0]!)) say('answerFromUnknownBody');
  }
  if (change.to === 'landelijke-afspraak' && !change.agreementId && !change.documentId) say('needsAgreement');
  if (change.to === 'wet-regelgeving' && !change.reference) say('needsReference');
  return out;
}
