// Progress of running imports, kept in memory per job id so the browser can poll it while the
// upload request is still busy. Also remembers which files a user has dry-run (by hash), because
// an import may only be applied after its preview.

export interface Progress {
  phase: 'lezen' | 'controleren' | 'schrijven' | 'vastleggen' | 'klaar' | 'fout';
  done: number;
  total: number;
  userId: string | null;
  updatedAt: number;
}

const store = globalThis as typeof globalThis & {
  __kvImportProgress?: Map<string, Progress>;
  __kvImportPreviews?: Map<string, number>;
  __kvImportParsed?: Map<string, unknown>;
};
const jobs = (store.__kvImportProgress ??= new Map());
const previews = (store.__kvImportPreviews ??= new Map());
const HOUR = 3_600_000;

export function setProgress(
  jobId: string | undefined,
  userId: string | null,
  p: Omit<Progress, 'updatedAt' | 'userId'>,
) {
  if (!jobId) return;
  jobs.set(jobId, { ...p, userId, updatedAt: Date.now() });
  if (jobs.size > 500) {
    for (const [k, v] of jobs) if (Date.now() - v.updatedAt > HOUR) jobs.delete(k);
  }
}

/** A job's progress, only for the user who started it. */
export function getProgress(jobId: string, userId: string | null): Progress | null {
  const p = jobs.get(jobId);
  return p && p.userId === userId ? p : null;
}

export function rememberPreview(userId: string | null, fileHash: string) {
  previews.set(`${userId}:${fileHash}`, Date.now());
}

export function hasPreview(userId: string | null, fileHash: string): boolean {
  const at = previews.get(`${userId}:${fileHash}`);
  return at !== undefined && Date.now() - at < HOUR;
}

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
