// `npm run demo`: everything for a first look. Starts the embedded Neo4j (unless NEO4J_URI is
// set or it already runs), migrates, seeds the demo data if the database is empty, creates demo
// accounts (passwords printed here, never stored in git), builds and serves http://localhost:3000.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { startEmbeddedNeo4j, readOrCreatePassword, type EmbeddedNeo4j } from '../lib/db/embedded';
import { processCount, serve } from './serve';

const PORT = Number(process.env.PORT ?? 3000);

async function answers(uri: string, password: string): Promise<boolean> {
  const neo4j = (await import('neo4j-driver')).default;
  const d = neo4j.driver(uri, neo4j.auth.basic('neo4j', password), { connectionTimeout: 1500 });
  try {
    await d.verifyConnectivity();
    return true;
  } catch {
    return false;
  } finally {
    await d.close();
  }
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, args, { stdio: 'inherit', env });
    p.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} exited with ${code}`)),
    );
  });
}

async function main() {
  let db: EmbeddedNeo4j | undefined;
  const env = { ...process.env };
  if (!env.NEO4J_URI) {
    const dataDir = path.resolve(env.NEO4J_DATA_DIR ?? path.join('.data', 'neo4j'));
    const port = Number(env.NEO4J_PORT ?? 7687);
    const password = env.NEO4J_PASSWORD || readOrCreatePassword(dataDir);
    const uri = `bolt://127.0.0.1:${port}`;
    if (await answers(uri, password)) {
      console.log(`Neo4j draait al op / already running at ${uri}`);
    } else {
      console.log('Neo4j starten / starting Neo4j …');
      const t0 = Date.now();
      db = await startEmbeddedNeo4j({ dataDir, port, password, timeoutMs: 300_000 });
      console.log(`Neo4j ${db.version} klaar in / ready in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    }
    Object.assign(env, { NEO4J_URI: uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: password });
    Object.assign(process.env, { NEO4J_URI: uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: password });
  }

  const { migrate } = await import('../lib/db/migrate');
  const { runQuery } = await import('../lib/db/run');
  const { seedDatabase } = await import('../lib/seed');
  const { ensureDemoUsers } = await import('../lib/auth/demo-users');
  const { seedDemoSnapshots } = await import('../lib/dal/snapshots');
  const { closeDriver } = await import('../lib/db/driver');
  await migrate();
  const orgs = await runQuery('get-overview-counts', {});
  if (!orgs.some((r) => r.dimension === 'chain' && r.count > 0)) {
    console.log('Database is leeg: demodata schrijven / empty database: writing demo data …');
    await seedDatabase({ scale: 1 });
    console.log('Historische momentopnamen berekenen / computing historic snapshots …');
    await seedDemoSnapshots();
  }
  const accounts = await ensureDemoUsers();
  await closeDriver();

  if (!process.argv.includes('--no-build'))
    await run('npx', ['next', 'build'], { ...env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' });

  console.log('\nDemo-accounts (alleen voor deze demo; wachtwoorden staan nergens in git):');
  console.log('Demo accounts (for this demo only; passwords are not in git):');
  for (const a of accounts)
    console.log(
      `  ${a.role.padEnd(12)} ${a.email.padEnd(34)} ${a.password}${a.totpSecret ? `  TOTP-secret: ${a.totpSecret}` : ''}`,
    );
  const processes = processCount(env);
  console.log(`\nDashboard: http://localhost:${PORT} (${processes} app-proces(sen) / app process(es))\n`);

  const app = serve({ host: '127.0.0.1', port: PORT, processes, env });
  const stop = async () => {
    await app.stop();
    if (db) await db.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  void app.exited.then(async (code) => {
    if (db) await db.stop();
    process.exit(code);
  });
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
