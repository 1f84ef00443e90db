import { z } from 'zod';
import { CONTACT_KINDS, type ContactKind } from './enums';
import { id, isoDate } from './model';

// The network survey (netwerkenquête): the participants report whom they worked with and how that
// relationship is. Trust and value follow PARTNER's published structure (three indicators each;
// see data/nl/partner_trust_value.csv and its source in data/nl/SOURCES.md); each indicator is
// answered on 1–4 or "weet ik niet" (stored as null, so it never counts as a low score).

/** How often the respondent's organisation worked with the other in the period, rarest first. */
export const SURVEY_FREQUENCIES = ['nooit', 'jaarlijks', 'per-kwartaal', 'maandelijks', 'wekelijks'] as const;
export type SurveyFrequency = (typeof SURVEY_FREQUENCIES)[number];
/** Rank of a frequency: 0 = nooit … 4 = wekelijks. */
export const frequencyRank = (f: SurveyFrequency): number => SURVEY_FREQUENCIES.indexOf(f);
/** A tie at least this frequent counts as recent contact for the gap engine (when confirmed). */
export const RECENT_CONTACT_FREQUENCY: SurveyFrequency = 'maandelijks';

export const SURVEY_AGREEMENT_ANSWERS = ['ja', 'nee', 'weet-niet'] as const;
export type SurveyAgreementAnswer = (typeof SURVEY_AGREEMENT_ANSWERS)[number];

export const TRUST_INDICATORS = ['openness', 'reliability', 'mission'] as const;
export const VALUE_INDICATORS = ['influence', 'resources', 'involvement'] as const;
export const INDICATORS = [...TRUST_INDICATORS, ...VALUE_INDICATORS] as const;
export type Indicator = (typeof INDICATORS)[number];
export const SCORE_DIMENSIONS = ['trust', 'value'] as const;
export type ScoreDimension = (typeof SCORE_DIMENSIONS)[number];
export const DIMENSION_INDICATORS: Record<ScoreDimension, readonly Indicator[]> = {
  trust: TRUST_INDICATORS,
  value: VALUE_INDICATORS,
};

export const RATING_MIN = 1;
export const RATING_MAX = 4;
/** The form's value for "weet ik niet". */
export const DONT_KNOW = 'weet-niet';
/** A figure about an organisation or group is shown only when at least this many respondents rated it. */
export const MIN_RESPONDENTS = 3;

export const SURVEY_ROUND_STATUSES = ['open', 'gesloten'] as const;
export type SurveyRoundStatus = (typeof SURVEY_ROUND_STATUSES)[number];
export const SURVEY_TASK_STATUSES = ['open', 'concept', 'ingediend'] as const;
export type SurveyTaskStatus = (typeof SURVEY_TASK_STATUSES)[number];
/** Who is asked: every deelnemer, or the people of one coalition, region or chain. */
export const SURVEY_AUDIENCE_KINDS = ['alle', 'coalitie', 'regio', 'keten'] as const;
export type SurveyAudienceKind = (typeof SURVEY_AUDIENCE_KINDS)[number];
export const SURVEY_STEPS = [1, 2, 3] as const;

const msg = (nl: string, en: string) => ({ message: `${nl} / ${en}` });
const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, msg(`max ${max} tekens`, `max ${max} characters`));

/** One rating: 1–4, or "weet ik niet" (null). Accepts the form's strings. */
export const rating = z.preprocess(
  (v) => (v === DONT_KNOW || v === null ? null : typeof v === 'string' && v.trim() !== '' ? Number(v) : v),
  z
    .number(msg('verwacht 1–4 of "weet ik niet"', 'expected 1–4 or "don\'t know"'))
    .int(msg('verwacht 1–4 of "weet ik niet"', 'expected 1–4 or "don\'t know"'))
    .min(RATING_MIN, msg('verwacht 1–4 of "weet ik niet"', 'expected 1–4 or "don\'t know"'))
    .max(RATING_MAX, msg('verwacht 1–4 of "weet ik niet"', 'expected 1–4 or "don\'t know"'))
    .nullable(),
);
export type Rating = number | null;

const ratings = {
  openness: rating,
  reliability: rating,
  mission: rating,
  influence: rating,
  resources: rating,
  involvement: rating,
};

/** A complete answer about one organisation (what a submission must hold for each chosen organisation). */
export const surveyAnswer = z
  .object({
    orgId: id,
    frequency: z.enum(SURVEY_FREQUENCIES, {
      message: 'verwacht nooit, jaarlijks, per-kwartaal, maandelijks of wekelijks / expected a frequency',
    }),
    kinds: z
      .array(z.enum(CONTACT_KINDS, msg('onbekende soort contact', 'unknown kind of contact')))
      .max(CONTACT_KINDS.length),
    agreement: z.enum(
      SURVEY_AGREEMENT_ANSWERS,
      msg('verwacht ja, nee of weet niet', 'expected yes, no or unknown'),
    ),
    ...ratings,
  })
  .strict();
export type SurveyAnswer = z.infer<typeof surveyAnswer>;

/** Step 3: an expected koppelvlak partner that no answer covered. */
export const surveyReflection = z
  .object({
    orgId: id,
    worksWith: z.enum(
      SURVEY_AGREEMENT_ANSWERS,
      msg('verwacht ja, nee of weet niet', 'expected yes, no or unknown'),
    ),
    whyNot: text(2000).default(''),
    blockers: text(2000).default(''),
  })
  .strict();
export type SurveyReflection = z.infer<typeof surveyReflection>;

/** What is kept between visits: everything optional, checked fully only on submission. */
export const surveyDraft = z
  .object({
    step: z.union([z.literal(1), z.literal(2), z.literal(3)]).default(1),
    orgIds: z.array(id).max(300, msg('max 300 organisaties', 'max 300 organisations')).default([]),
    answers: z
      .array(surveyAnswer.partial().extend({ orgId: id }))
      .max(300)
      .default([]),
    reflections: z
      .array(surveyReflection.partial().extend({ orgId: id }))
      .max(300)
      .default([]),
  })
  .strict();
export type SurveyDraft = z.infer<typeof surveyDraft>;

/** A submission: one complete answer per chosen organisation, no organisation twice. */
export const surveySubmission = z
  .object({
    answers: z.array(surveyAnswer).max(300),
    reflections: z.array(surveyReflection).max(300).default([]),
  })
  .strict()
  .superRefine((s, ctx) => {
    const seen = new Set<string>();
    for (const [i, a] of s.answers.entries()) {
      if (seen.has(a.orgId))
        ctx.addIssue({
          code: 'custom',
          path: ['answers', i, 'orgId'],
          message: `organisatie ${a.orgId} staat er twee keer in / organisation ${a.orgId} is listed twice`,
        });
      seen.add(a.orgId);
    }
  });
export type SurveySubmission = z.infer<typeof surveySubmission>;

export const surveyAudience = z
  .object({
    kind: z.enum(
      SURVEY_AUDIENCE_KINDS,
      msg('verwacht alle, coalitie, regio of keten', 'expected all, coalition, region or chain'),
    ),
    ref: z.string().trim().max(120).nullable().default(null),
  })
  .strict()
  .refine((a) => a.kind === 'alle' || (a.ref !== null && a.ref !== ''), {
    message: 'kies de coalitie, regio of keten / choose the coalition, region or chain',
    path: ['ref'],
  });
export type SurveyAudience = z.infer<typeof surveyAudience>;

/** One question of a round, stored with the round so a later round can be compared question by question. */
export const surveyQuestion = z.object({
  key: z.enum(['frequency', 'kinds', 'agreement', ...INDICATORS]),
  dimension: z.enum(SCORE_DIMENSIONS).nullable(),
  scale: z.string(),
  nl: z.string(),
  en: z.string(),
});
export type SurveyQuestion = z.infer<typeof surveyQuestion>;

/** What the regisseur fills in to open a round. */
export const surveyRoundInput = z
  .object({
    title: text(200).min(1, msg('titel is verplicht', 'title is required')),
    periodFrom: isoDate,
    periodTo: isoDate,
    opensAt: isoDate,
    closesAt: isoDate,
    audience: surveyAudience,
  })
  .strict()
  .refine((r) => r.periodFrom <= r.periodTo, {
    message: 'de periode begint na het einde / the period starts after it ends',
    path: ['periodTo'],
  })
  .refine((r) => r.opensAt <= r.closesAt, {
    message: 'de sluitingsdatum ligt voor de openingsdatum / closing date is before opening date',
    path: ['closesAt'],
  });
export type SurveyRoundInput = z.infer<typeof surveyRoundInput>;

export const surveyRound = z.object({
  id,
  title: z.string(),
  periodFrom: isoDate,
  periodTo: isoDate,
  opensAt: isoDate,
  closesAt: isoDate,
  audienceKind: z.enum(SURVEY_AUDIENCE_KINDS),
  audienceRef: z.string().nullable(),
  status: z.enum(SURVEY_ROUND_STATUSES),
  closedAt: z.string().nullable(),
  createdAt: z.string(),
  questions: z.array(surveyQuestion),
});
export type SurveyRound = z.infer<typeof surveyRound>;

/** A person asked in a round, with the organisation they answer for (fixed when the round opens). */
export interface SurveyTaskFacts {
  id: string;
  roundId: string;
  personId: string;
  orgId: string;
  status: SurveyTaskStatus;
  submittedAt: string | null;
}

/** A stored answer with its provenance: which round, which respondent (and their organisation), when. */
export interface StoredSurveyAnswer extends SurveyAnswer {
  roundId: string;
  respondentId: string;
  respondentOrgId: string;
  date: string;
}

/** One unordered organisation pair that at least one respondent named (frequency above nooit). */
export interface ReportedTie {
  id: string;
  orgAId: string;
  orgBId: string;
  /** Both organisations named each other (at least one respondent on each side). */
  confirmed: boolean;
  /** Per side, the most frequent contact its respondents reported; null = that side did not name the other. */
  frequencyFromA: SurveyFrequency | null;
  frequencyFromB: SurveyFrequency | null;
  /** The tie's frequency: confirmed = the lower of the two sides, unconfirmed = the one side's. */
  frequency: SurveyFrequency;
  kinds: ContactKind[];
  /** Did any respondent say a signed agreement exists? */
  agreementReported: boolean;
  /** Respondents (person ids) that named the tie: provenance, never shown with ratings. */
  respondentIds: string[];
  roundId: string;
  /** Latest answer date on the tie (YYYY-MM-DD). */
  date: string;
}

/** What every write of a respondent carries besides its content: the task version it saw, and the link token if any. */
export const surveyTaskRequest = z.looseObject({
  expectedVersion: z
    .number(msg('verwacht de versie van het formulier', 'expected the version of the form'))
    .int()
    .min(0),
  token: z.string().max(200).nullable().optional(),
});

/** A task's id: one task per person per round. */
export const surveyTaskId = (roundId: string, personId: string) => `${roundId}:${personId}`;
