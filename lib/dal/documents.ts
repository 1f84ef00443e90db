import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Viewer } from '../auth/viewer';
import { sharedDir, writeFileAtomic } from '../storage/shared';
import { runQuery } from '../db/run';
import type { DocumentItem } from '../domain/model';
import { NotFoundError, ValidationError } from '../errors';
import { listZip } from '../import/zip';
import { saveEntity } from './editing';
import { assertCan } from '../auth/permissions';
import { maxUploadBytes, tooLarge } from './importing';
import { bilingual } from '../i18n/define';
import { records } from '../i18n/messages/records';

// The kennisbank: documents (model covenants, guides, menu cards) as an uploaded file under
// KOPPELVLAK_DATA_DIR/kennisbank or as a link.

export async function listDocuments(viewer: Viewer): Promise<DocumentItem[]> {
  assertCan(viewer, 'network:read');
  return runQuery('get-documents', {});
}

/** How many agreements follow a model document that is current (an overview figure). */
export async function countAgreementsFollowingCurrentModel(
  viewer: Viewer,
): Promise<{ following: number; total: number }> {
  assertCan(viewer, 'aggregate:read');
  const [agreements, docs] = await Promise.all([
    runQuery('get-agreements', {}),
    runQuery('get-documents', {}),
  ]);
  const current = new Set(docs.filter((d) => d.current).map((d) => d.id));
  return {
    following: agreements.filter((a) => a.modelDocumentId !== null && current.has(a.modelDocumentId)).length,
    total: agreements.length,
  };
}

export const FILE_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  odt: 'application/vnd.oasis.opendocument.text',
  txt: 'text/plain; charset=utf-8',
} as const;
export type FileType = keyof typeof FILE_TYPES;

/** The type by content (magic bytes), never by the name alone; null when it is none of ours. */
export function sniffType(bytes: Buffer): FileType | null {
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (bytes.length > 4 && bytes.readUInt32LE(0) === 0x04034b50) {
    let names: string[];
    try {
      names = listZip(bytes).map((e) => e.name);
    } catch {
      return null;
    }
    if (names.includes('word/document.xml')) return 'docx';
    if (names.includes('xl/workbook.xml')) return 'xlsx';
    // ODF: the first entry is "mimetype", stored uncompressed.
    if (
      names[0] === 'mimetype' &&
      bytes.subarray(38, 38 + 39).toString('latin1') === 'application/vnd.oasis.opendocument.text'
    )
      return 'odt';
    return null;
  }
  if (bytes.includes(0)) return null;
  const text = bytes.toString('utf8');
  return text.includes('\uFFFD') ? null : 'txt';
}

/** Kennisbank files, in the folder every app process sees (lib/storage/shared.ts). */
function kbDir(): string {
  return path.join(sharedDir(), 'kennisbank');
}

export interface DocumentInput {
  title: string;
  type: string;
  version: string;
  date: string;
  current: boolean;
  url: string | null;
  file: { name: string; bytes: Buffer } | null;
  /** The client address for the audit record. */
  ip?: string | null;
}

export async function addDocument(viewer: Viewer, input: DocumentInput): Promise<string> {
  assertCan(viewer, 'network:write');
  let fileName: string | null = null;
  if (input.file && input.file.bytes.length > 0) {
    if (input.file.bytes.length > maxUploadBytes()) throw tooLarge(input.file.bytes.length);
    const type = sniffType(input.file.bytes);
    const ext = input.file.name.toLowerCase().split('.').pop() ?? '';
    if (!type || type !== ext)
      throw new ValidationError(
        bilingual(records, 'documentType', (l) => ({ type: type ?? records[l].unknownType, ext })),
        {
          fields: {
            file: bilingual(records, 'documentTypeField'),
          },
        },
      );
    const safe = input.file.name.replace(/[^a-zA-Z0-9._-]+/g, '_').slice(-80);
    fileName = `${Date.now().toString(36)}-${randomBytes(3).toString('hex')}-${safe}`;
    await writeFileAtomic(path.join(kbDir(), fileName), input.file.bytes);
  } else if (!input.url) {
    throw new ValidationError(bilingual(records, 'fileOrLink'), {
      fields: { url: bilingual(records, 'fileOrLinkField') },
    });
  }
  const saved = await saveEntity(viewer, {
    entity: 'document',
    id: null,
    expectedVersion: null,
    ip: input.ip ?? null,
    values: {
      title: input.title,
      type: input.type,
      version: input.version,
      date: input.date,
      current: input.current,
      url: fileName ? null : input.url,
      fileName,
    },
  });
  return saved.id;
}

export async function readDocumentFile(
  viewer: Viewer,
  id: string,
): Promise<{ fileName: string; bytes: Buffer; contentType: string }> {
  assertCan(viewer, 'network:read');
  const doc = (await runQuery('get-documents', {})).find((d) => d.id === id);
  if (!doc?.fileName || doc.fileName.includes('/') || doc.fileName.includes('..')) throw new NotFoundError();
  let bytes: Buffer;
  try {
    bytes = readFileSync(path.join(kbDir(), doc.fileName));
  } catch {
    throw new NotFoundError();
  }
  const type = sniffType(bytes);
  return { fileName: doc.fileName, bytes, contentType: type ? FILE_TYPES[type] : 'application/octet-stream' };
}
