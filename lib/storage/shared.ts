import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { env } from '../config/env';

// Files every app process must see (generated PDF briefings, kennisbank uploads) live under one
// folder named by configuration: KOPPELVLAK_SHARED_DIR, by default KOPPELVLAK_DATA_DIR. With
// several machines it is a shared volume (NFS, a container platform's shared disk). Files are
// written to a temporary name in the same folder and renamed, so no process ever reads a
// half-written file, whichever process wrote it and however it stopped.

export function sharedDir(): string {
  const e = env();
  return path.resolve(process.cwd(), e.KOPPELVLAK_SHARED_DIR || e.KOPPELVLAK_DATA_DIR);
}

/** Writes `content` to `file` atomically (temp file + rename in the same folder). */
export async function writeFileAtomic(file: string, content: string | Buffer): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(tmp, content);
    await rename(tmp, file);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}
