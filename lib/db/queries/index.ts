import { authQueries } from './auth';
import { briefingsQueries } from './briefings';
import { coreQueries } from './core';
import { editingQueries } from './editing';
import { explorerQueries } from './explorer';
import { gapsQueries } from './gaps';
import { importingQueries } from './importing';
import { recommendationsQueries } from './recommendations';
import { scenariosQueries } from './scenarios';
import { jobsQueries } from './jobs';
import { snapshotsQueries } from './snapshots';
import { surveyQueries } from './survey';

// The typed registry: every cypher/<name>.cypher file has exactly one entry here (a test checks
// both directions and that each file's header lists the same $parameters as the schema).
export const QUERIES = {
  ...coreQueries,
  ...authQueries,
  ...gapsQueries,
  ...explorerQueries,
  ...editingQueries,
  ...snapshotsQueries,
  ...briefingsQueries,
  ...importingQueries,
  ...recommendationsQueries,
  ...surveyQueries,
  ...scenariosQueries,
  ...jobsQueries,
} as const;

export type QueryName = keyof typeof QUERIES;
