// `npx tsx scripts/bench-import.ts [--rows 50000] [--entity personen|contacten] [--keep]`: builds a
// CSV of N rows against the organisations in the database, runs the dry run and the import (one
// transaction) through lib/dal as the regisseur, prints the timings, then removes the rows again
// unless --keep. Uses NEO4J_URI/NEO4J_PASSWORD like the app. A benchmark prints; it asserts nothing.
import { closeDriver, databaseName, getDriver } from '../lib/db/driver';
import { runQuery } from '../lib/db/run';
import { applyImport, previewImport } from '../lib/dal/importing';
import { getProgress } from '../lib/import/progress';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import type { Viewer } from '../lib/auth/viewer';

/** CPU seconds (user + system) a process has used so far, from /proc (Linux); null when unknown. */
function cpuSeconds(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(f[11]) + Number(f[12])) / 100; // utime + stime in clock ticks (USER_HZ = 100)
  } catch {
    return null;
  }
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const viewer: Viewer = {
  userId: 'bench-regisseur',
  role: 'regisseur',
  name: 'Benchmark',
  personId: null,
  organisationIds: [],
  coalitionIds: [],
  sessionId: null,
};

async function main() {
  const n = Number(arg('--rows') ?? '50000');
  const entity = arg('--entity') === 'contacten' ? 'contacten' : 'personen';
  const orgs = (await runQuery('get-organisations', {})).map((o) => o.id);
  if (orgs.length < 2) throw new Error('Seed the database first (npm run db:seed).');
  const lines =
    entity === 'personen'
      ? ['id;naam;functie;niveau;organisatie;e-mail']
      : ['id;organisatie a;organisatie b;datum;soort;sterkte;notitie'];
  for (let i = 0; i < n; i++) {
    const a = orgs[i % orgs.length]!;
    const b = orgs[(i * 7 + 3) % orgs.length]!;
    lines.push(
      entity === 'personen'
        ? `bench-${i};Benchpersoon ${i} (fictief);Adviseur;tactisch;${a};bench${i}@voorbeeld.invalid`
        : `bench-${i};${a};${b};2026-0${1 + (i % 9)}-1${i % 10};overleg;${1 + (i % 3)};benchmark`,
    );
  }
  const bytes = Buffer.from('\uFEFF' + lines.join('\r\n') + '\r\n');
  console.log(`file: ${entity}.csv, ${n} rows, ${(bytes.length / 1048576).toFixed(1)} MB`);
  const jobId = 'bench';
  // On a shared machine wall-clock time says little: also report the CPU time spent by this
  // process and (with --neo4j-pid) by the Neo4j JVM, and the load average.
  const neo4jPid = arg('--neo4j-pid') ? Number(arg('--neo4j-pid')) : undefined;
  const cpu0 = process.cpuUsage();
  const jvm0 = cpuSeconds(neo4jPid);
  const timer = setInterval(() => {
    const p = getProgress(jobId, viewer.userId);
    if (p) process.stdout.write(`  ${p.phase} ${p.done}/${p.total}\r`);
  }, 1000);
  let t = Date.now();
  const preview = await previewImport(viewer, { fileName: `${entity}.csv`, bytes, jobId });
  const dryMs = Date.now() - t;
  console.log(
    `dry run: ${dryMs} ms, problems ${preview.problems.length}, counts ${JSON.stringify(preview.counts)}`,
  );
  t = Date.now();
  const applied = await applyImport(viewer, { fileName: `${entity}.csv`, bytes, jobId });
  const applyMs = Date.now() - t;
  clearInterval(timer);
  console.log(
    `import (read + check + one write transaction): ${applyMs} ms, counts ${JSON.stringify(applied.counts)}`,
  );
  const cpu = process.cpuUsage(cpu0);
  const jvm1 = cpuSeconds(neo4jPid);
  console.log(
    `CPU: node ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s` +
      (jvm0 !== null && jvm1 !== null ? `, neo4j ${(jvm1 - jvm0).toFixed(1)} s` : '') +
      `; load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`,
  );
  console.log(
    `RESULT rows=${n} entity=${entity} dryRunMs=${dryMs} importMs=${applyMs} totalMs=${dryMs + applyMs}`,
  );
  if (!process.argv.includes('--keep')) {
    const label = entity === 'personen' ? 'Person' : 'Contact';
    const session = getDriver().session({ database: databaseName() });
    await session.run(
      `MATCH (n:${label}) WHERE n.id STARTS WITH 'bench-' CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS`,
    );
    await session.close();
    console.log('benchmark rows removed');
  }
}

main()
  .catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 1;
  })
  .finally(() => closeDriver());
