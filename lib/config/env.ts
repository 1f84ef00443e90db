import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

// All configuration comes from the environment (see .env.example); parsed once, with messages
// that name the variable and what was expected.
const schema = z.object({
  NEO4J_URI: z
    .string()
    .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\//, {
      message: 'expected neo4j://, neo4j+s://, bolt:// or bolt+s://',
    })
    .optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().default('neo4j'),
  NEO4J_PORT: z.coerce.number().int().min(1).max(65535).default(7687),
  KOPPELVLAK_DATA_DIR: z.string().default('.data'),
  /** Files every app process must see (briefings, kennisbank); empty: KOPPELVLAK_DATA_DIR. */
  KOPPELVLAK_SHARED_DIR: z.string().default(''),
  /** A running job whose heartbeat is older than this is marked failed by any process (lib/dal/jobs.ts). */
  KOPPELVLAK_JOB_TIMEOUT_MS: z.coerce.number().int().min(1000).default(20_000),
  UPLOAD_MAX_MB: z.coerce.number().positive().default(25),
  NODE_ENV: z.string().default('development'),
  SECURE_COOKIES: z.enum(['true', 'false']).optional(),
});

export type Env = z.infer<typeof schema>;
let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const msg = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Ongeldige configuratie / invalid configuration: ${msg}`);
  }
  cached = parsed.data;
  return cached;
}

/** Forget the parsed environment (tests that point the app at another Neo4j call this). */
export function resetEnvCache(): void {
  cached = undefined;
}

export function dataDir(): string {
  return path.resolve(process.cwd(), env().KOPPELVLAK_DATA_DIR);
}

export interface Neo4jTarget {
  uri: string;
  user: string;
  password: string;
  database: string;
  embedded: boolean;
}

/**
 * Where the app finds Neo4j: NEO4J_URI when set (Desktop, Docker, Aura, a cluster); otherwise
 * the embedded server that `npm run db` / `npm run demo` starts, whose password is kept in the
 * data folder.
 */
export function neo4jTarget(): Neo4jTarget {
  const e = env();
  if (e.NEO4J_URI) {
    return {
      uri: e.NEO4J_URI,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD ?? '',
      database: e.NEO4J_DATABASE,
      embedded: false,
    };
  }
  const pwFile = path.join(dataDir(), 'neo4j', 'neo4j-password');
  const password = e.NEO4J_PASSWORD ?? (existsSync(pwFile) ? readFileSync(pwFile, 'utf8').trim() : '');
  return {
    uri: `bolt://127.0.0.1:${e.NEO4J_PORT}`,
    user: 'neo4j',
    password,
    database: e.NEO4J_DATABASE,
    embedded: true,
  };
}
