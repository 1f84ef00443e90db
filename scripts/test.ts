// `npm test`: lint, format check, type check, then every test tier (unit, integration against a
// real Neo4j, end-to-end in Debian's Chromium). One Neo4j is started for the whole run unless
// NEO4J_TEST_URI points at a server already.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../lib/db/embedded';

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolve) => {
    const p = spawn(cmd, args, { stdio: 'inherit', env });
    p.on('exit', (code) => resolve(code ?? 1));
  });
}

async function main() {
  const only = process.argv.slice(2);
  const steps: [string, string[]][] = [
    ['eslint', ['npx', 'eslint', '.']],
    ['prettier', ['npx', 'prettier', '--check', '.']],
    ['tsc', ['npx', 'tsc', '--noEmit', '-p', '.']],
  ];
  if (only.length === 0) {
    for (const [name, [cmd, ...args]] of steps) {
      console.log(`\n▶ ${name}`);
      if ((await run(cmd as string, args)) !== 0) {
        console.error(`✗ ${name} failed`);
        process.exit(1);
      }
    }
  }
  let db: EmbeddedNeo4j | undefined;
  let tmp: string | undefined;
  const env = { ...process.env };
  if (!env.NEO4J_TEST_URI) {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'koppelvlak-test-'));
    console.log('\n▶ Neo4j for tests');
    db = await startEmbeddedNeo4j({
      dataDir: tmp,
      port: 0,
      password: 'test-password-123',
      heap: '2g',
      timeoutMs: 300_000,
    });
    Object.assign(env, {
      NEO4J_TEST_URI: db.uri,
      NEO4J_TEST_USER: 'neo4j',
      NEO4J_TEST_PASSWORD: db.password,
    });
  }
  console.log('\n▶ vitest');
  const traceFile = path.join(os.tmpdir(), `koppelvlak-query-trace-${process.pid}.txt`);
  env.KOPPELVLAK_QUERY_TRACE = traceFile;
  let code = await run('npx', ['vitest', 'run', ...only], env);
  if (code === 0 && only.length === 0) code = checkQueryCoverage(traceFile);
  rmSync(traceFile, { force: true });
  if (db) await db.stop();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
  process.exit(code);
}

/** Every cypher/*.cypher file (but the schema script) must have been run by some test against Neo4j. */
function checkQueryCoverage(traceFile: string): number {
  const ran = new Set(
    existsSync(traceFile) ? readFileSync(traceFile, 'utf8').split('\n').filter(Boolean) : [],
  );
  const all = readdirSync('cypher')
    .filter((f) => f.endsWith('.cypher') && f !== 'schema.cypher')
    .map((f) => f.replace(/\.cypher$/, ''));
  const missing = all.filter((q) => !ran.has(q));
  console.log(
    `\n▶ query coverage: ${all.length - missing.length}/${all.length} .cypher files exercised against Neo4j`,
  );
  if (missing.length > 0) {
    console.error(`✗ not exercised by any test: ${missing.join(', ')}`);
    return 1;
  }
  return 0;
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
