import { NextResponse } from 'next/server';
import { applyImport, maxUploadBytes, previewImport, tooLarge } from '@/lib/dal/importing';
import { assertCan } from '@/lib/auth/permissions';
import { ValidationError } from '@/lib/errors';
import { assertSameOrigin, route } from '@/lib/http/respond';
import { ENTITIES, type Entity } from '@/lib/import/columns';
import { requestContext } from '@/lib/http/request-context';

export const dynamic = 'force-dynamic';
export const maxDuration = 120;

// POST multipart: file, mode=dry-run|apply, entity (optional), jobId (for /api/import/progress).
export const POST = route(async (request: Request) => {
  assertSameOrigin(request);
  const { viewer, ip } = await requestContext(request);
  assertCan(viewer, 'import:data');
  // Refuse an oversized upload from its declared length, before reading or parsing anything.
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > maxUploadBytes() + 64 * 1024) throw tooLarge(declared);
  const form = await request.formData();
  const file = form.get('file');
  if (!(file instanceof File))
    throw new ValidationError({ nl: 'Kies een bestand (veld "file").', en: 'Choose a file (field "file").' });
  if (file.size > maxUploadBytes()) throw tooLarge(file.size);
  const entityRaw = String(form.get('entity') ?? '');
  const entity = (ENTITIES as readonly string[]).includes(entityRaw) ? (entityRaw as Entity) : null;
  const jobId = String(form.get('jobId') ?? '').slice(0, 64) || undefined;
  const input = {
    fileName: file.name.slice(0, 200),
    bytes: Buffer.from(await file.arrayBuffer()),
    entity,
    jobId,
    ip,
  };
  const report =
    form.get('mode') === 'apply' ? await applyImport(viewer, input) : await previewImport(viewer, input);
  return NextResponse.json(report);
});
