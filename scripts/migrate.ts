// `npm run db:migrate`: apply cypher/schema.cypher (constraints and indexes) idempotently.
import { closeDriver } from '../lib/db/driver';
import { migrate } from '../lib/db/migrate';

const t0 = Date.now();
migrate()
  .then(async (r) => {
    console.log(`Schema bijgewerkt / schema applied: ${r.statements} statements in ${Date.now() - t0} ms`);
    await closeDriver();
  })
  .catch(async (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    await closeDriver();
    process.exit(1);
  });
