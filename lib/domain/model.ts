import { z } from 'zod';
import {
  AGREEMENT_STATUSES,
  CHAINS,
  COALITION_FORMS,
  CONTACT_KINDS,
  CRITICALITIES,
  DOCUMENT_TYPES,
  KOPPELVLAK_DIRECTIONS,
  MEMBERSHIP_STATUSES,
  ORG_KINDS,
  PERSON_LEVELS,
  PROCESS_CATEGORIES,
} from './enums';

// Every schema here is the single description of an entity: the forms, the importer, the
// query registry and the analysis input all parse with it.

/** ISO calendar date, YYYY-MM-DD. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'verwacht een datum JJJJ-MM-DD / expected a date YYYY-MM-DD' });
export const id = z
  .string()
  .min(1, { message: 'id mag niet leeg zijn / id must not be empty' })
  .max(120, { message: 'id is te lang (max 120) / id is too long (max 120)' });
const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `max ${max} tekens / max ${max} characters` });
const name = text(200).min(1, { message: 'naam is verplicht / name is required' });

/** Where a fact came from and when: every relationship carries this. */
export const provenance = z.object({ source: text(500), date: isoDate });
export type Provenance = z.infer<typeof provenance>;

export const region = z.object({
  code: z.string().regex(/^VR\d{2}$/, { message: 'verwacht een regiocode VR01–VR25 / expected VR01–VR25' }),
  name,
  province: text(120),
  policeUnit: text(120),
});
export type Region = z.infer<typeof region>;

export const sector = z.object({ id, name });
export type Sector = z.infer<typeof sector>;

export const vitalProcess = z.object({
  id,
  name,
  category: z.enum(PROCESS_CATEGORIES),
  sectorId: id,
  ministry: text(120),
});
export type VitalProcess = z.infer<typeof vitalProcess>;

/** Kinds of dependency between two vital processes (what flows from the one to the other). */
export const DEPENDENCY_KINDS = ['elektriciteit', 'telecom', 'brandstof', 'water', 'data', 'overig'] as const;
/** A dependency is felt within at most this many hours (a year); null when no source gives a time. */
export const MAX_DEPENDENCY_HOURS = 8760;
/** Longest duration a scenario may look ahead: 30 days. */
export const MAX_CASCADE_HOURS = 720;

/**
 * A first-order dependency between two NCTV vital processes: `fromId` depends on `toId`, so a
 * failure of `toId` is felt in `fromId` after `hours` (null: a public source states the
 * dependency but gives no time). Stored as (:VitalProcess)-[:DEPENDS_ON]->(:VitalProcess).
 */
export const processDependency = z.object({
  fromId: id,
  toId: id,
  kind: z.enum(DEPENDENCY_KINDS),
  hours: z
    .number()
    .min(0, { message: 'uren moet 0 of meer zijn / hours must be 0 or more' })
    .max(MAX_DEPENDENCY_HOURS, {
      message: `uren is hoogstens ${MAX_DEPENDENCY_HOURS} / hours is at most ${MAX_DEPENDENCY_HOURS}`,
    })
    .nullable(),
  basis: text(600),
  source: text(600),
});
export type ProcessDependency = z.infer<typeof processDependency>;

export const organisation = z.object({
  id,
  name,
  kind: z.enum(ORG_KINDS),
  chain: z.enum(CHAINS),
  sectorId: id.nullable(),
  /** Regions the organisation belongs to (a VR: its own region; an operator: the regions it serves). */
  regionCodes: z.array(z.string()),
  /** Vital processes the organisation runs (operators only). */
  processIds: z.array(id),
  description: text(2000).default(''),
});
export type Organisation = z.infer<typeof organisation>;

export const person = z.object({
  id,
  name,
  role: text(200),
  level: z.enum(PERSON_LEVELS),
  organisationId: id,
  email: z.string().email({ message: 'verwacht een e-mailadres / expected an e-mail address' }).nullable(),
});
export type Person = z.infer<typeof person>;

export const coalition = z.object({
  id,
  name,
  theme: text(500),
  form: z.enum(COALITION_FORMS),
  startedAt: isoDate,
  active: z.boolean(),
  memberIds: z.array(id),
  organisationIds: z.array(id),
});
export type Coalition = z.infer<typeof coalition>;

export const progressReview = z.object({
  id,
  coalitionId: id,
  date: isoDate,
  achieved: text(4000),
  direction: text(4000),
  blockers: text(4000),
});
export type ProgressReview = z.infer<typeof progressReview>;

export const koppelvlak = z.object({
  id,
  /** The organisation that depends (e.g. a veiligheidsregio). */
  fromId: id,
  /** The organisation depended upon (e.g. a grid operator). */
  toId: id,
  processId: id,
  direction: z.enum(KOPPELVLAK_DIRECTIONS),
  criticality: z.enum(CRITICALITIES),
  confidential: z.boolean(),
  description: text(2000).default(''),
  source: text(500),
  date: isoDate,
});
export type Koppelvlak = z.infer<typeof koppelvlak>;

export const agreement = z.object({
  id,
  title: name,
  partyIds: z.array(id).min(2, {
    message: 'een afspraak heeft minstens twee partijen / an agreement needs at least two parties',
  }),
  status: z.enum(AGREEMENT_STATUSES),
  scope: text(2000).default(''),
  signedAt: isoDate.nullable(),
  reviewAt: isoDate.nullable(),
  expiresAt: isoDate.nullable(),
  koppelvlakIds: z.array(id),
  modelDocumentId: id.nullable(),
  source: text(500),
});
export type Agreement = z.infer<typeof agreement>;

export const contact = z.object({
  id,
  orgAId: id,
  orgBId: id,
  date: isoDate,
  kind: z.enum(CONTACT_KINDS),
  /** 1 = light, 3 = strong. */
  strength: z.number().int().min(1).max(3),
  personIds: z.array(id),
  note: text(2000).default(''),
});
export type Contact = z.infer<typeof contact>;

export const meeting = z.object({
  id,
  date: isoDate,
  theme: text(500),
  organiserId: id.nullable(),
  attendeeIds: z.array(id),
});
export type Meeting = z.infer<typeof meeting>;

export const documentItem = z.object({
  id,
  title: name,
  type: z.enum(DOCUMENT_TYPES),
  version: text(40),
  date: isoDate,
  url: z.string().url().nullable(),
  fileName: text(255).nullable(),
  current: z.boolean(),
});
export type DocumentItem = z.infer<typeof documentItem>;

export const membershipRequest = z.object({
  id,
  name,
  email: z.string().email({ message: 'verwacht een e-mailadres / expected an e-mail address' }),
  organisationName: text(200),
  organisationId: id.nullable(),
  motivation: text(4000),
  status: z.enum(MEMBERSHIP_STATUSES),
  reason: text(2000).nullable(),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
});
export type MembershipRequest = z.infer<typeof membershipRequest>;
