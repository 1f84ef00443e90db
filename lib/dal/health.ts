import { pingDatabase } from '../db/run';

/** Public: is the database answering (for /api/health)? No data is read, so no role is checked. */
export async function databaseHealth() {
  return pingDatabase();
}
