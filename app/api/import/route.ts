import { NextResponse } from 'next/server';
import { z } from 'zod';
import { applyImport, maxUploadBytes, previewImport, tooLarge } from '@/lib/dal/importing';
import { inspectImport } from '@/lib/dal/import-mapping';
import { assertCan } from '@/lib/auth/permissions';
import { ValidationError } from '@/lib/errors';
import { assertSameOrigin, route } from '@/lib/http/respond';
import { importing } from '@/lib/i18n/messages/importing';
import { TABLE_KINDS, type TableKind } from '@/lib/import/columns';
import { requestContext } from '@/lib/http/request-context';
import { bilingual } from '@/lib/i18n/define';

export const dynamic = 'force-dynamic';
export const maxDuration = 120;

const mappingsSchema = z
  .array(
    z
      .object({
        kind: z.enum(TABLE_KINDS as [TableKind, ...TableKind[]]).nullable(),
        columns: z.array(z.string().max(60).nullable()).max(500),
      })
      .strict()
      .nullable(),
  )
  .max(50);
const decisionsSchema = z.record(z.string().max(300), z.string().max(120));

/** A JSON form field checked with its schema; an unreadable one is refused with a message. */
function jsonField<T>(form: FormData, name: string, schema: z.ZodType<T>): T | undefined {
  const v = form.get(name);
  if (v === null || v === '') return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(String(v));
  } catch {
    parsed = Symbol('unreadable');
  }
  const r = schema.safeParse(parsed);
  if (!r.success) throw new ValidationError(bilingual(importing, 'fieldInvalidNamed', { name }));
  return r.data;
}

// POST multipart: file, mode=inspect|dry-run|apply, entity (optional), mappings and decisions
// (JSON, from the mapping step), jobId (for /api/import/progress).
export const POST = route(async (request: Request) => {
  assertSameOrigin(request);
  const { viewer, ip, locale } = await requestContext(request);
  assertCan(viewer, 'import:data');
  // Refuse an oversized upload from its declared length, before reading or parsing anything.
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > maxUploadBytes() + 64 * 1024) throw tooLarge(declared);
  const form = await request.formData();
  const file = form.get('file');
  if (!(file instanceof File)) throw new ValidationError(bilingual(importing, 'fileMissing'));
  if (file.size > maxUploadBytes()) throw tooLarge(file.size);
  const entityRaw = String(form.get('entity') ?? '');
  const entity = (TABLE_KINDS as readonly string[]).includes(entityRaw) ? (entityRaw as TableKind) : null;
  const jobId = String(form.get('jobId') ?? '').slice(0, 64) || undefined;
  const mappings = jsonField(form, 'mappings', mappingsSchema);
  const decisions = jsonField(form, 'decisions', decisionsSchema);
  const base = { fileName: file.name.slice(0, 200), bytes: Buffer.from(await file.arrayBuffer()), locale };
  const mode = form.get('mode');
  if (mode === 'inspect')
    return NextResponse.json(await inspectImport(viewer, { ...base, ...(mappings ? { mappings } : {}) }));
  const input = {
    ...base,
    entity,
    jobId,
    ip,
    ...(mappings ? { mappings } : {}),
    ...(decisions ? { decisions } : {}),
  };
  const report = mode === 'apply' ? await applyImport(viewer, input) : await previewImport(viewer, input);
  return NextResponse.json(report);
});
