import { z } from 'zod';
import * as d from '../../domain/model';
import { read, write } from '../registry';

// Saved scenarios and the editing of process dependencies.
const scenarioRow = z.object({
  id: z.string(),
  name: z.string(),
  failureKind: z.enum(['process', 'operator']),
  processIds: z.array(z.string()),
  regionCodes: z.array(z.string()),
  organisationId: z.string().nullable(),
  maxHours: z.number().nullable(),
  createdAt: z.string(),
  createdByName: z.string(),
});
export type ScenarioRow = z.infer<typeof scenarioRow>;

export const scenariosQueries = {
  'create-scenario': write(
    z
      .object({
        id: z.string(),
        name: z.string(),
        failureKind: z.enum(['process', 'operator']),
        processIds: z.array(z.string()),
        regionCodes: z.array(z.string()),
        organisationId: z.string().nullable(),
        maxHours: z.number().nullable(),
        createdAt: z.string(),
        createdBy: z.string().nullable(),
        createdByName: z.string(),
      })
      .strict(),
    z.object({ id: z.string(), name: z.string() }),
  ),
  'get-scenarios': read(z.object({ id: z.string().nullable() }).strict(), scenarioRow),
  'upsert-scenarios': write(
    z.object({ rows: z.array(scenarioRow.strict()) }).strict(),
    z.object({ count: z.number().int() }),
  ),
  'delete-scenario': write(
    z.object({ id: z.string() }).strict(),
    z.object({ id: z.string(), name: z.string() }),
  ),
  'upsert-process-dependency-versioned': write(
    d.processDependency.extend({ date: d.isoDate, expectedVersion: z.number() }).strict(),
    z.object({ fromId: z.string(), toId: z.string(), version: z.number() }),
  ),
  'delete-process-dependency': write(
    z.object({ fromId: z.string(), toId: z.string(), expectedVersion: z.number() }).strict(),
    z.object({ fromId: z.string(), toId: z.string() }),
  ),
  'replace-process-dependencies': write(
    z.object({ rows: z.array(d.processDependency), date: d.isoDate }).strict(),
    z.object({ removed: z.number(), changed: z.number(), written: z.number() }),
  ),
} as const;
