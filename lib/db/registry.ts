import type { z } from 'zod';

/**
 * A query in the registry: the `.cypher` file `cypher/<name>.cypher` holds its text; this entry
 * holds how it is routed and the zod schemas of its parameters and of each returned row.
 * Parameter schemas are strict objects, so a wrong parameter name fails at compile time and at run time.
 */
export interface QueryDef<P extends z.ZodType = z.ZodType, R extends z.ZodType = z.ZodType> {
  mode: 'READ' | 'WRITE';
  params: P;
  row: R;
}

export function read<P extends z.ZodType, R extends z.ZodType>(params: P, row: R): QueryDef<P, R> {
  return { mode: 'READ', params, row };
}
export function write<P extends z.ZodType, R extends z.ZodType>(params: P, row: R): QueryDef<P, R> {
  return { mode: 'WRITE', params, row };
}
