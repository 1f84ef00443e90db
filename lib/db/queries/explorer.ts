import { z } from 'zod';
import { read, write } from '../registry';

// Queries of the explorer feature; each key is the name of a file in cypher/.
const view = z.enum(['organisaties', 'mensen', 'coalities']);

export const explorerQueries = {
  'get-layouts': read(
    z.object({ views: z.array(view).min(1) }).strict(),
    z.object({
      view,
      ids: z.array(z.string()),
      xs: z.array(z.number()),
      ys: z.array(z.number()),
      updatedAt: z.string().nullable(),
      version: z.number(),
    }),
  ),
  'get-layout-versions': read(z.object({}).strict(), z.object({ view, version: z.number() })),
  'save-layout': write(
    z
      .object({
        view,
        ids: z.array(z.string()),
        xs: z.array(z.number()),
        ys: z.array(z.number()),
        now: z.string(),
        userId: z.string().nullable(),
      })
      .strict(),
    z.object({ view, count: z.number(), version: z.number() }),
  ),
} as const;
