import { z } from 'zod';
import type { Entity } from '../import/columns';
import * as d from './model';

// The shape every row must have before it is written, per table: one rule for the import
// (lib/import/resolve.ts) and the edit forms (lib/dal/editing.ts).
export const UPSERT_SCHEMAS = {
  regios: d.region,
  sectoren: d.sector,
  processen: d.vitalProcess.extend(d.provenance.shape),
  documenten: d.documentItem,
  organisaties: d.organisation.extend(d.provenance.shape),
  personen: d.person.extend(d.provenance.shape),
  coalities: d.coalition.extend(d.provenance.shape),
  voortgangsgesprekken: d.progressReview.extend({ source: z.string() }),
  koppelvlakken: d.koppelvlak,
  afspraken: d.agreement.extend({ date: d.isoDate }),
  contacten: d.contact.extend({ source: z.string() }),
  bijeenkomsten: d.meeting.extend({ source: z.string() }),
} satisfies Record<Entity, z.ZodType>;
