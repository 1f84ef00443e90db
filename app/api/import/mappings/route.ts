import { NextResponse } from 'next/server';
import { saveImportMapping, saveMappingInput } from '@/lib/dal/import-mapping';
import { assertCan } from '@/lib/auth/permissions';
import { ValidationError } from '@/lib/errors';
import { assertSameOrigin, route } from '@/lib/http/respond';
import { importing } from '@/lib/i18n/messages/importing';
import { requestContext } from '@/lib/http/request-context';

export const dynamic = 'force-dynamic';

// POST JSON {name, kind, header, columns}: saves the column mapping of the mapping step under a
// name, so a spreadsheet with the same headers maps itself next time.
export const POST = route(async (request: Request) => {
  assertSameOrigin(request);
  const { viewer, ip } = await requestContext(request);
  assertCan(viewer, 'import:data');
  const body: unknown = await request.json().catch(() => undefined);
  const input = saveMappingInput.safeParse(body);
  if (!input.success)
    throw new ValidationError({ nl: importing.nl.mappingInvalid, en: importing.en.mappingInvalid });
  return NextResponse.json(await saveImportMapping(viewer, input.data, ip));
});
