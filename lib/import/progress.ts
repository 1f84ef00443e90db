// What the last dry runs found (a few, in this process), so applying the same file skips reading
// and checking it again. A pure cache: applying through another process (or after a restart)
// reads and checks the file again. Progress, outcome and "was dry-run" live on the import's job
// in Neo4j (lib/dal/jobs.ts), where every process sees them.

const store = globalThis as typeof globalThis & { __kvImportParsed?: Map<string, unknown> };
const parsedCache = (store.__kvImportParsed ??= new Map());

/** Keeps what the last dry runs found (a few), so applying the same file skips reading and checking it again. */
export function cacheParsed<T>(userId: string | null, fileHash: string, value: T) {
  parsedCache.set(`${userId}:${fileHash}`, value);
  while (parsedCache.size > 3) parsedCache.delete(parsedCache.keys().next().value as string);
}

export function takeParsed<T>(userId: string | null, fileHash: string): T | undefined {
  const key = `${userId}:${fileHash}`;
  const v = parsedCache.get(key) as T | undefined;
  parsedCache.delete(key);
  return v;
}
