import { readFileSync } from 'node:fs';
import path from 'node:path';
import { databaseName, getDriver } from './driver';
import { mapNeo4jError } from './errors';

/** The statements of cypher/schema.cypher (comments dropped, split on `;`). */
export function schemaStatements(): string[] {
  const text = readFileSync(path.join(process.cwd(), 'cypher', 'schema.cypher'), 'utf8');
  return text
    .split('\n')
    .filter((l) => !l.trim().startsWith('//'))
    .join('\n')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Applies constraints and indexes; every statement is IF NOT EXISTS, so running it again is a no-op. */
export async function migrate(): Promise<{ statements: number }> {
  const statements = schemaStatements();
  try {
    for (const s of statements) {
      await getDriver().executeQuery(s, {}, { database: databaseName() });
    }
    await getDriver().executeQuery('CALL db.awaitIndexes(60)', {}, { database: databaseName() });
  } catch (e) {
    throw mapNeo4jError(e);
  }
  return { statements: statements.length };
}
