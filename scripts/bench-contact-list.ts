// `npx tsx scripts/bench-contact-list.ts [--rows 5000] [--apply]`: builds a contact list of N rows
// (the organisations in the database, spelled the way people write them: upper case, "B.V.",
// accents left out; a new fictitious person per row at .invalid; regions by code and name; a
// covenant status and d-m-yyyy dates), runs the dry run through lib/dal as the regisseur and prints
// the time of every phase; --apply also imports it (one transaction), runs the dry run a second
// time (idempotence: nothing to create or update) and then removes the people and agreements it
// made. Uses NEO4J_URI/NEO4J_PASSWORD like the app. A benchmark prints; it asserts nothing.
import { closeDriver, databaseName, getDriver } from '../lib/db/driver';
import { runQuery } from '../lib/db/run';
import { applyImport, previewImport } from '../lib/dal/importing';
import type { Viewer } from '../lib/auth/viewer';

const viewer: Viewer = {
  userId: 'bench-regisseur',
  role: 'regisseur',
  name: 'Benchmark',
  personId: null,
  organisationIds: [],
  coalitionIds: [],
  sessionId: null,
};
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const FILE = 'bench-contactlijst.csv';

async function main() {
  const n = Number(arg('--rows') ?? '5000');
  const orgs = (await runQuery('get-organisations', {})).filter((o) => o.kind !== 'overig');
  const regions = await runQuery('get-regions', {});
  if (orgs.length === 0) throw new Error('Seed the database first (npm run db:seed).');
  const spell = (name: string, i: number) =>
    i % 3 === 0
      ? name.toUpperCase()
      : i % 3 === 1
        ? name.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
        : name;
  const lines = [
    "Organisatie;Keten;Veiligheidsregio('s);Contactpersoon;E-mail;Functie;Convenant;Getekend op;Evaluatie voor",
  ];
  for (let i = 0; i < n; i++) {
    const o = orgs[i % orgs.length]!;
    const r = regions[i % regions.length]!;
    const where = i % 2 === 0 ? r.code : r.name;
    // A safety region's own row has no second party for a covenant: left empty there.
    const status = o.kind === 'veiligheidsregio' ? '' : ['getekend', 'in voorbereiding', 'nee', ''][i % 4];
    lines.push(
      `${spell(o.name, i)};${o.chain === 'functioneel' ? 'Functioneel' : 'Algemeen'};"${where}";Bench Persoon ${i} (fictief);bench.${i}@bench.invalid;Adviseur;${status};${status === 'getekend' ? '1-3-2025' : ''};1-3-2027`,
    );
  }
  const bytes = Buffer.from('\uFEFF' + lines.join('\r\n') + '\r\n');
  const timings: [string, number][] = [];
  const onTiming = (phase: string, ms: number) => timings.push([phase, ms]);
  let t = Date.now();
  const dry = await previewImport(viewer, { fileName: FILE, bytes, onTiming });
  console.log(
    `[bench-contact-list] ${n} rows, ${(bytes.length / 1024).toFixed(0)} KiB: dry run ${Date.now() - t} ms`,
  );
  for (const [p, ms] of timings) console.log(`  ${p}: ${ms} ms`);
  console.log(
    '  counts',
    JSON.stringify(dry.counts),
    'problems',
    dry.problems.length,
    'near matches',
    dry.confirmations.length,
  );
  for (const p of dry.problems.slice(0, 5)) console.log('  problem', p.row, p.column, p.got, p.expected);
  if (!process.argv.includes('--apply') || dry.problems.length > 0) return;
  timings.length = 0;
  t = Date.now();
  await applyImport(viewer, { fileName: FILE, bytes, onTiming });
  console.log(`[bench-contact-list] apply ${Date.now() - t} ms`);
  for (const [p, ms] of timings) console.log(`  ${p}: ${ms} ms`);
  t = Date.now();
  const again = await previewImport(viewer, { fileName: FILE, bytes });
  console.log(
    `[bench-contact-list] second dry run ${Date.now() - t} ms, counts ${JSON.stringify(again.counts)}`,
  );
  await getDriver().executeQuery(
    `MATCH (n) WHERE (n:Person AND n.email ENDS WITH '@bench.invalid') OR (n:Agreement AND n.source = $s) DETACH DELETE n`,
    { s: `import ${FILE}` },
    { database: databaseName() },
  );
  console.log('[bench-contact-list] removed the people and agreements it made');
}

main()
  .catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  })
  .finally(() => closeDriver());
