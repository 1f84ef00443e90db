import { z } from 'zod';
import { read, write } from '../registry';

const snapshotRow = z.object({
  id: z.string(),
  takenAt: z.string(),
  asOf: z.string(),
  authorId: z.string().nullable(),
  authorName: z.string().nullable(),
  note: z.string(),
  kind: z.enum(['manual', 'demo']),
  headlineJson: z.string(),
});

// Queries of the snapshots feature; each key is the name of a file in cypher/.
export const snapshotsQueries = {
  'create-snapshot': write(
    z
      .object({
        id: z.string(),
        takenAt: z.string(),
        asOf: z.string(),
        authorId: z.string().nullable(),
        note: z.string(),
        kind: z.enum(['manual', 'demo']),
        headlineJson: z.string(),
        metricsJson: z.string(),
      })
      .strict(),
    z.object({ id: z.string(), takenAt: z.string() }),
  ),
  'get-snapshots': read(z.object({}).strict(), snapshotRow),
  'get-snapshot': read(
    z.object({ id: z.string() }).strict(),
    snapshotRow.extend({ metricsJson: z.string() }),
  ),
} as const;
