// `npm run db:seed [-- --scale N] [--reset]`: write the demo data (real organisations and regions,
// fictitious people, coalitions, agreements and contacts). Idempotent.
import { closeDriver } from '../lib/db/driver';
import { migrate } from '../lib/db/migrate';
import { runQuery } from '../lib/db/run';
import { seedDatabase } from '../lib/seed';
import { seedDemoSnapshots } from '../lib/dal/snapshots';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main() {
  const scale = Number(arg('--scale') ?? '1');
  if (!Number.isInteger(scale) || scale < 1)
    throw new Error(
      `--scale verwacht een geheel getal ≥ 1 / expects a whole number ≥ 1, kreeg/got ${arg('--scale')}`,
    );
  const t0 = Date.now();
  await migrate();
  let last = '';
  const { counts } = await seedDatabase({
    scale,
    reset: process.argv.includes('--reset'),
    onProgress: (step, done, total) => {
      const line = `  ${step}: ${done}/${total}`;
      if (line !== last) process.stdout.write(`${line}\r`);
      last = line;
    },
  });
  if (!process.argv.includes('--no-snapshots')) await seedDemoSnapshots();
  const size = (await runQuery('get-graph-size', {}))[0];
  console.log(
    `\nDemodata geschreven / demo data written (scale ${scale}) in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );
  console.log(
    Object.entries(counts)
      .map(([k, v]) => `  ${k}: ${v}`)
      .join('\n'),
  );
  console.log(`Database: ${size?.nodes} nodes, ${size?.relationships} relationships`);
}

main()
  .then(() => closeDriver())
  .catch(async (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    await closeDriver();
    process.exit(1);
  });
