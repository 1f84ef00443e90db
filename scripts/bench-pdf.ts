/**
 * bench:pdf — how long a PDF briefing of the demo data takes, phase by phase (figures only, no
 * assertions). It goes through the real path (lib/dal/briefings.createBriefing: Neo4j, the
 * analysis, Chromium, the files) and prints, per run, the phases the job recorded:
 *   request  createBriefing up to the job: snapshot read, briefing + audit event written (the
 *            analysis and Chromium are started at its beginning and run meanwhile)
 *   analysis / previous / layouts  what was still left to wait for of the loads, which run in
 *            parallel (load = all of them)
 *   build    BriefingData from snapshot + analysis (network picture positions included)
 *   html     the self-contained HTML document
 *   browser  waiting for the shared Chromium (a cold start when it was not running)
 *   page     new context + page;  load  setContent until load;  print  page.pdf()
 *   store    writing PDF + JSON and marking the briefing ready in Neo4j
 *   total    createBriefing called → PDF stored (the audit transaction included)
 * Scenarios: cold (Chromium closed, analysis cache and layout memo empty: the first briefing
 * after a server start; in round 1 the code is also cold), page-viewed (same, but the snapshots
 * page was opened first: prepareBriefings warmed Chromium, the analysis and the layout; its time
 * is the 'prepare' column, spent while the user fills in the form), data-changed (Chromium warm,
 * analysis cache empty), warm (everything warm; the usual case). Two rounds of all.
 *
 *   npm run bench:pdf [-- --runs 2]
 * Uses NEO4J_URI/NEO4J_PASSWORD when set (an already seeded database); otherwise it starts an
 * embedded Neo4j in a temporary folder (NEO4J_PORT, default a free port), migrates and seeds the
 * demo data, and stops it at the end. Files go to a temporary KOPPELVLAK_DATA_DIR, removed after.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'koppelvlak-bench-pdf-'));
process.env.KOPPELVLAK_DATA_DIR = dataDir;

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const load = () =>
  os
    .loadavg()
    .map((v) => v.toFixed(2))
    .join(' ');
const PHASES = [
  'request',
  'analysis',
  'previous',
  'layouts',
  'load',
  'build',
  'html',
  'browserMs',
  'pageMs',
  'loadMs',
  'printMs',
  'store',
];
const LABEL: Record<string, string> = {
  browserMs: 'browser',
  pageMs: 'page',
  loadMs: 'setContent',
  printMs: 'page.pdf',
};

/** Starts an embedded Neo4j with the demo data (when NEO4J_URI is not set); returns how to stop it. */
async function ownDatabase(): Promise<() => Promise<void>> {
  if (process.env.NEO4J_URI) return async () => undefined;
  const { startEmbeddedNeo4j } = await import('../lib/db/embedded');
  const neoDir = mkdtempSync(path.join(os.tmpdir(), 'koppelvlak-bench-pdf-neo4j-'));
  console.log('Neo4j starten / starting (embedded) …');
  const db = await startEmbeddedNeo4j({
    dataDir: neoDir,
    port: Number(process.env.NEO4J_PORT ?? 0),
    password: 'bench-password-123',
    heap: '1g',
    timeoutMs: 300_000,
  }).catch((e: unknown) => {
    rmSync(neoDir, { recursive: true, force: true });
    throw e;
  });
  Object.assign(process.env, { NEO4J_URI: db.uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: db.password });
  return async () => {
    await db.stop();
    rmSync(neoDir, { recursive: true, force: true });
  };
}

async function bench(runs: number, seed: boolean) {
  if (seed) {
    const { migrate } = await import('../lib/db/migrate');
    const { seedDatabase } = await import('../lib/seed');
    await migrate();
    await seedDatabase({ scale: 1 });
  }
  const { createTestSession } = await import('../test/helpers/session');
  const { viewerFromToken } = await import('../lib/auth/session');
  const { invalidateAnalysisCache } = await import('../lib/dal/analysis');
  const { createBriefing, getBriefing, prepareBriefings } = await import('../lib/dal/briefings');
  const { clearLayoutMemo } = await import('../lib/pdf/layout');
  const { listSnapshots, seedDemoSnapshots, takeSnapshot } = await import('../lib/dal/snapshots');
  const { jobProgress } = await import('../lib/pdf/jobs');
  const { closePdfBrowser } = await import('../lib/pdf/render');
  const viewer = await viewerFromToken((await createTestSession('regisseur')).token);
  if (!viewer) throw new Error('no viewer for the bench session');
  if ((await listSnapshots(viewer)).length === 0) await seedDemoSnapshots();
  const snap = await takeSnapshot(viewer, 'bench:pdf');
  const scenarios = ['cold', 'page-viewed', 'data-changed', ...Array.from({ length: runs }, () => 'warm')];
  const rows: Array<Record<string, string | number>> = [];
  for (const [round, name] of [0, 1].flatMap((r) => scenarios.map((s) => [r, s] as const))) {
    if (name === 'cold' || name === 'page-viewed') {
      await closePdfBrowser();
      clearLayoutMemo();
    }
    if (name !== 'warm') invalidateAnalysisCache();
    let prepare: number | string = '';
    if (name === 'page-viewed') {
      const tp = performance.now();
      await prepareBriefings(viewer);
      prepare = Math.round(performance.now() - tp);
    }
    const before = load();
    const t0 = performance.now();
    const { id, done } = await createBriefing(viewer, snap.id, { audience: 'veiligheidsberaad' });
    const status = await done;
    const total = Math.round(performance.now() - t0);
    const p = jobProgress(id);
    const b = await getBriefing(viewer, id);
    if (status !== 'klaar') throw new Error(`briefing failed: ${p?.error ?? b.error ?? '?'}`);
    const row: Record<string, string | number> = { round: round + 1, scenario: name, prepare };
    for (const k of PHASES) row[LABEL[k] ?? k] = p?.phases[k] ?? '';
    Object.assign(row, {
      total,
      pages: b.pages ?? 0,
      kB: Math.round((b.bytes ?? 0) / 1024),
      load1_5_15: before,
    });
    rows.push(row);
    console.log(JSON.stringify(row));
  }
  console.log(`\nPDF briefing, demo data (ms per phase; load average before each run)`);
  console.table(rows);
  console.log(`uptime: ${execFileSync('uptime', { encoding: 'utf8' }).trim()}`);
}

async function main() {
  const runs = Number(arg('runs', '2'));
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs expects a whole number ≥ 1');
  const seed = !process.env.NEO4J_URI;
  const stopDatabase = await ownDatabase();
  try {
    await bench(runs, seed);
  } finally {
    // Whatever happened: no Chromium, driver or Neo4j left behind.
    await import('../lib/pdf/render').then((m) => m.closePdfBrowser()).catch(() => undefined);
    await import('../lib/db/driver').then((m) => m.closeDriver()).catch(() => undefined);
    await stopDatabase();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});
