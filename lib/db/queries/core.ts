import { z } from 'zod';
import * as d from '../../domain/model';
import { read, write } from '../registry';

// Foundation queries: health, aggregates, the network loader and the upserts used by the seed and
// the importer. Each key is the name of a file in cypher/.
const none = z.object({}).strict();
const count = z.object({ count: z.number() });
const withVersion = { version: z.number() };
const prov = { source: z.string(), date: d.isoDate };
const rows = <T extends z.ZodType>(row: T) => z.object({ rows: z.array(row), now: z.string() }).strict();

export const coreQueries = {
  'get-db-info': read(none, z.object({ version: z.string(), edition: z.string() })),
  'get-revisions': read(none, z.object({ network: z.number(), gapStates: z.number() })),
  'bump-gap-state-revision': write(z.object({ at: z.string() }).strict(), z.object({ value: z.number() })),
  'bump-network-revision': write(z.object({ at: z.string() }).strict(), z.object({ value: z.number() })),
  'get-graph-size': read(none, z.object({ nodes: z.number(), relationships: z.number() })),
  'get-overview-counts': read(
    none,
    z.object({
      dimension: z.enum(['chain', 'region', 'sector']),
      key: z.string(),
      label: z.string(),
      count: z.number(),
    }),
  ),

  'get-regions': read(none, d.region),
  'get-sectors': read(none, d.sector),
  'get-processes': read(none, d.vitalProcess),
  'get-process-dependencies': read(none, d.processDependency.extend(withVersion)),
  'get-organisations': read(none, d.organisation.extend(withVersion)),
  'get-people': read(none, d.person.extend(withVersion)),
  'get-coalitions': read(none, d.coalition.extend(withVersion)),
  'get-reviews': read(none, d.progressReview.extend(withVersion)),
  'get-koppelvlakken': read(
    z.object({ seeConfidential: z.boolean(), viewerOrgIds: z.array(z.string()) }).strict(),
    d.koppelvlak.extend(withVersion),
  ),
  'get-confidential-koppelvlak-ids': read(
    z.object({ orgIds: z.array(z.string()) }).strict(),
    z.object({ id: z.string() }),
  ),
  'get-agreements': read(none, d.agreement.extend(withVersion)),
  'get-contacts': read(none, d.contact.extend(withVersion)),
  'get-meetings': read(none, d.meeting.extend(withVersion)),
  'get-documents': read(none, d.documentItem),

  'upsert-regions': write(z.object({ rows: z.array(d.region) }).strict(), count),
  'upsert-sectors': write(z.object({ rows: z.array(d.sector) }).strict(), count),
  'upsert-processes': write(z.object({ rows: z.array(d.vitalProcess), ...prov }).strict(), count),
  'upsert-process-dependencies': write(
    z.object({ rows: z.array(d.processDependency), date: d.isoDate }).strict(),
    count,
  ),
  'upsert-organisations': write(rows(d.organisation.extend(prov)), count),
  'upsert-people': write(rows(d.person.extend(prov)), count),
  'upsert-coalitions': write(rows(d.coalition.extend(prov)), count),
  'upsert-reviews': write(rows(d.progressReview.extend({ source: z.string() })), count),
  'upsert-koppelvlakken': write(rows(d.koppelvlak), count),
  'upsert-agreements': write(rows(d.agreement.extend({ date: d.isoDate })), count),
  'upsert-contacts': write(rows(d.contact.extend({ source: z.string() })), count),
  'upsert-meetings': write(rows(d.meeting.extend({ source: z.string() })), count),
  'upsert-documents': write(rows(d.documentItem), count),
} as const;
