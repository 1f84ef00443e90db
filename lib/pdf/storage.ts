import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { sharedDir, writeFileAtomic } from '../storage/shared';
import type { BriefingData } from './model';

// Briefings are kept as files under the shared folder (lib/storage/shared.ts) in briefings/: <id>.pdf and <id>.json (what
// the PDF shows, for the print preview). Ids are UUIDs made here, never taken from a request path
// without this check, so a path can never leave the folder.

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function briefingsDir(): string {
  return path.join(sharedDir(), 'briefings');
}

export function isBriefingId(id: string): boolean {
  return ID.test(id);
}

function fileOf(id: string, ext: 'pdf' | 'json'): string {
  if (!isBriefingId(id)) throw new Error(`storage: not a briefing id: ${id.slice(0, 40)}`);
  return path.join(briefingsDir(), `${id}.${ext}`);
}

/** Writes the data and the PDF; returns the file name (relative to the briefings folder). */
export async function saveBriefing(id: string, data: BriefingData, pdf: Buffer): Promise<string> {
  await writeFileAtomic(fileOf(id, 'json'), JSON.stringify(data));
  await writeFileAtomic(fileOf(id, 'pdf'), pdf);
  return `${id}.pdf`;
}

export async function readBriefingPdfFile(id: string): Promise<Buffer> {
  return readFile(fileOf(id, 'pdf'));
}

export async function readBriefingDataFile(id: string): Promise<BriefingData> {
  return JSON.parse(await readFile(fileOf(id, 'json'), 'utf8')) as BriefingData;
}

/** Counts the pages of a PDF written by Chromium (page objects are plain dictionaries there). */
export function countPdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}
