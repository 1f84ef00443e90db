import { z } from 'zod';
import { read, write } from '../registry';

// Queries of the editing, import/export and data-keeping features; each key is the name of a
// file in cypher/. Edits are written by the core upsert-* queries after the versioned guard.
const guard = write(
  z.object({ id: z.string(), expectedVersion: z.number().int(), now: z.string() }).strict(),
  z.object({ version: z.number() }),
);
const del = write(
  z.object({ id: z.string(), expectedVersion: z.number().int() }).strict(),
  z.object({ deleted: z.boolean(), blockers: z.array(z.string()) }),
);

export const editingQueries = {
  'update-organisation-versioned': guard,
  'update-person-versioned': guard,
  'update-coalition-versioned': guard,
  'update-koppelvlak-versioned': guard,
  'update-agreement-versioned': guard,
  'update-contact-versioned': guard,
  'update-review-versioned': guard,
  'update-meeting-versioned': guard,
  'update-document-versioned': guard,
  'delete-organisation': del,
  'delete-person': del,
  'delete-coalition': del,
  'delete-koppelvlak': del,
  'delete-agreement': del,
  'delete-contact': del,
  'delete-review': del,
  'delete-meeting': del,
  'delete-document': del,
  'get-last-change': read(
    z.object({ entityType: z.string(), entityId: z.string() }).strict(),
    z.object({ at: z.string(), action: z.string(), actorName: z.string(), actorRole: z.string().nullable() }),
  ),
  'get-document-versions': read(z.object({}).strict(), z.object({ id: z.string(), version: z.number() })),
  'get-export-provenance': read(
    z.object({}).strict(),
    z.object({ entity: z.string(), id: z.string(), source: z.string(), date: z.string().nullable() }),
  ),
} as const;
