/**
 * `npm run db`: start de ingebouwde Neo4j 5.26 (Bolt op 127.0.0.1, auth aan) en blijf draaien.
 * Is NEO4J_URI gezet, dan wordt een externe server gebruikt en start hier niets.
 *
 * Omgeving: NEO4J_DATA_DIR (standaard .data/neo4j), NEO4J_PORT (standaard 7687),
 *           NEO4J_PASSWORD (standaard: wachtwoordbestand in de datamap), NEO4J_HEAP, NEO4J_PAGECACHE.
 */
import path from 'node:path';
import { startEmbeddedNeo4j } from '../lib/db/embedded';

async function main(): Promise<void> {
  if (process.env.NEO4J_URI) {
    console.log(
      `NEO4J_URI is gezet (${process.env.NEO4J_URI}): externe Neo4j-server geconfigureerd, er wordt niets gestart.`,
    );
    console.log('NEO4J_URI is set: an external Neo4j server is configured, nothing to start.');
    return;
  }
  const dataDir = path.resolve(process.env.NEO4J_DATA_DIR ?? path.join('.data', 'neo4j'));
  const port = Number(process.env.NEO4J_PORT ?? 7687);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new Error(`Ongeldige NEO4J_PORT: ${process.env.NEO4J_PORT}`);

  console.log(`Neo4j starten (data: ${dataDir}) ...`);
  const t0 = Date.now();
  const db = await startEmbeddedNeo4j({
    dataDir,
    port,
    password: process.env.NEO4J_PASSWORD || undefined,
    heap: process.env.NEO4J_HEAP || undefined,
    pageCache: process.env.NEO4J_PAGECACHE || undefined,
    log: (line) => {
      if (!line.startsWith('KOPPELVLAK_NEO4J_READY')) console.log(`  [neo4j] ${line}`);
    },
  });
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  console.log(`Neo4j ${db.version} draait / running (${secs} s, pid ${db.pid})`);
  console.log(`  NEO4J_URI=${db.uri}`);
  console.log(`  NEO4J_USER=${db.user}`);
  console.log(`  wachtwoord / password: ${db.passwordFile ?? 'uit NEO4J_PASSWORD / from NEO4J_PASSWORD'}`);
  console.log('Ctrl-C stopt de server / stops the server.');

  let stopping = false;
  const shutdown = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: Neo4j stoppen / stopping ...`);
    void db.stop().then(() => {
      console.log('Neo4j gestopt / stopped.');
      process.exit(0);
    });
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));

  const code = await db.exited;
  if (!stopping) {
    console.error(`Neo4j stopte onverwacht (exitcode ${code}) / stopped unexpectedly.`);
    process.exit(1);
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
