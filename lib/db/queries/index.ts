import { authQueries } from './auth';
import { briefingsQueries } from './briefings';
import { coreQueries } from './core';
import { editingQueries } from './editing';
import { explorerQueries } from './explorer';
import { gapsQueries } from './gaps';
import { importingQueries } from './importing';
import { snapshotsQueries } from './snapshots';

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
} as const;

export type QueryName = keyof typeof QUERIES;
