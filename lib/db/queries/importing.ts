import { z } from 'zod';
import * as d from '../../domain/model';
import { read, write } from '../registry';

// Queries of the importer; each key is the name of a file in cypher/. They fetch only the rows a
// file names (by id), with exactly the fields the upsert-* queries write, so the importer can
// tell created / updated / unchanged rows apart and skip writing unchanged ones; new rows of the
// biggest tables are written with plain CREATE (cheaper than MERGE + clearing old relationships).
const ids = z.object({ ids: z.array(z.string()) }).strict();
const s = z.string().nullable();
const n = z.number().nullable();
const count = z.object({ count: z.number() });
const rows = <T extends z.ZodType>(row: T) => z.object({ rows: z.array(row), now: z.string() }).strict();

export const importingQueries = {
  'save-import-mapping': write(
    z
      .object({
        name: z.string(),
        headerKey: z.string(),
        kind: z.string(),
        fields: z.string(),
        headers: z.array(z.string()),
        now: z.string(),
        userId: z.string().nullable(),
      })
      .strict(),
    z.object({ name: z.string(), version: z.number() }),
  ),
  'get-import-mapping': read(
    z.object({ headerKey: z.string() }).strict(),
    z.object({ name: z.string(), kind: z.string(), fields: z.string(), updatedAt: z.string() }),
  ),
  'create-people': write(rows(d.person.extend({ source: z.string(), date: d.isoDate })), count),
  'create-contacts': write(rows(d.contact.extend({ source: z.string() })), count),
  'get-import-people': read(
    ids,
    z.object({ id: z.string(), name: s, role: s, level: s, organisationId: s, email: s, source: s, date: s }),
  ),
  'get-import-contacts': read(
    ids,
    z.object({
      id: z.string(),
      orgAId: s,
      orgBId: s,
      date: s,
      kind: s,
      strength: n,
      personIds: z.array(z.string()),
      note: s,
      source: s,
    }),
  ),
  'get-import-koppelvlakken': read(
    ids,
    z.object({
      id: z.string(),
      fromId: s,
      toId: s,
      processId: s,
      direction: s,
      criticality: s,
      confidential: z.boolean().nullable(),
      description: s,
      source: s,
      date: s,
    }),
  ),
};
