// `npx tsx scripts/bench-import.ts [--rows 50000] [--entity personen|contacten] [--batch N] [--keep]
// [--twice] [--tx-memory] [--neo4j-pid PID]`: builds a
// CSV of N rows against the organisations in the database, runs the dry run and the import (one
// transaction) through lib/dal as the regisseur, prints the time of every phase (read, parse, load,
// resolve, compare, each UNWIND batch, audit, commit) and (--tx-memory) the peak transaction memory,
// then removes the rows again
// unless --keep. Uses NEO4J_URI/NEO4J_PASSWORD like the app. A benchmark prints; it asserts nothing.
import { closeDriver, databaseName, getDriver } from '../lib/db/driver';
import { runQuery } from '../lib/db/run';
import { applyImport, previewImport } from '../lib/dal/importing';
import { getJob } from '../lib/dal/jobs';
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

/**
 * Largest transaction memory Neo4j reports while the import runs (SHOW TRANSACTIONS, every 500 ms):
 * estimated heap of the transaction state plus its off-heap (direct) bytes.
 */
function watchTxMemory(): { stop: () => number } {
  let peak = 0;
  const poll = async () => {
    try {
      const r = await getDriver().executeQuery(
        'SHOW TRANSACTIONS YIELD estimatedUsedHeapMemory AS heap, allocatedDirectBytes AS direct, currentQuery AS q ' +
          "WHERE NOT q STARTS WITH 'SHOW' RETURN max(coalesce(heap, 0) + coalesce(direct, 0)) AS bytes",
        {},
        { database: databaseName() },
      );
      peak = Math.max(peak, Number(r.records[0]?.get('bytes') ?? 0));
    } catch {
      // SHOW TRANSACTIONS may be unavailable; the figure is then 0
    }
  };
  // Only with --tx-memory: the sampling itself costs the server seconds of CPU at this size.
  const timer = setInterval(() => void poll(), process.argv.includes('--tx-memory') ? 500 : 3_600_000);
  timer.unref(); // a failed import must not keep the script alive
  return { stop: () => (clearInterval(timer), peak) };
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
  const batchSize = arg('--batch') ? Number(arg('--batch')) : undefined;
  const onTiming = (phase: string, ms: number) =>
    console.log(`  ${phase.padEnd(34)} ${String(ms).padStart(6)} ms`);
  const input = { fileName: `${entity}.csv`, bytes, jobId, batchSize, onTiming };
  // --twice: import the same file again (the idempotent path: every row unchanged, nothing written).
  for (const round of process.argv.includes('--twice') ? [1, 2] : [1]) {
    const cpu0 = process.cpuUsage();
    const jvm0 = cpuSeconds(neo4jPid);
    const timer = setInterval(() => {
      void getJob(viewer, jobId).then((p) => {
        if (p) process.stdout.write(`  ${p.phase} ${p.done}/${p.total}\r`);
      });
    }, 1000);
    timer.unref();
    let t = Date.now();
    console.log(`round ${round}, dry run phases:`);
    const preview = await previewImport(viewer, input);
    const dryMs = Date.now() - t;
    console.log(
      `dry run: ${dryMs} ms, problems ${preview.problems.length}, counts ${JSON.stringify(preview.counts)}`,
    );
    t = Date.now();
    console.log(`round ${round}, import phases:`);
    const txWatch = watchTxMemory();
    const applied = await applyImport(viewer, input);
    const applyMs = Date.now() - t;
    const peak = txWatch.stop();
    const peakTx = process.argv.includes('--tx-memory') ? (peak / 1048576).toFixed(0) : '-';
    clearInterval(timer);
    console.log(
      `import (read + check + one write transaction): ${applyMs} ms, counts ${JSON.stringify(applied.counts)}`,
    );
    const cpu = process.cpuUsage(cpu0);
    const jvm1 = cpuSeconds(neo4jPid);
    const load = loadavg()[0]!.toFixed(1);
    console.log(
      `CPU: node ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s` +
        (jvm0 !== null && jvm1 !== null ? `, neo4j ${(jvm1 - jvm0).toFixed(1)} s` : '') +
        `; load average ${load} on ${cpus().length} cores`,
    );
    if (peakTx !== '-')
      console.log(`peak transaction memory (SHOW TRANSACTIONS, sampled every 0.5 s): ${peakTx} MB`);
    console.log(
      `RESULT round=${round} rows=${n} entity=${entity} dryRunMs=${dryMs} importMs=${applyMs} ` +
        `totalMs=${dryMs + applyMs} peakTxMB=${peakTx} load=${load}`,
    );
  }
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
