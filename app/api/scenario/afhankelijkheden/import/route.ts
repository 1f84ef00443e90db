import { assertCan } from '@/lib/auth/permissions';
import { importDependencies } from '@/lib/dal/dependencies';
import { PayloadTooLargeError } from '@/lib/errors';
import { requestContext } from '@/lib/http/request-context';
import { assertSameOrigin, route } from '@/lib/http/respond';
import { bilingual } from '@/lib/i18n/define';
import { errors } from '@/lib/i18n/messages/errors';

const MAX_BYTES = 2_000_000;

/**
 * Replaces the dependencies with a CSV file (regisseur), all or nothing: multipart with `file`, or
 * the CSV itself as the body. 400 with every problem by row in `error.details`.
 */
export const POST = route(async (request: Request) => {
  assertSameOrigin(request);
  const { viewer, ip } = await requestContext(request);
  assertCan(viewer, 'dependency:write');
  const tooLarge = () =>
    new PayloadTooLargeError(bilingual(errors, 'requestTooLarge', { maxBytes: MAX_BYTES }));
  if (Number(request.headers.get('content-length') ?? '0') > MAX_BYTES + 64 * 1024) throw tooLarge();
  let text: string;
  if ((request.headers.get('content-type') ?? '').startsWith('multipart/form-data')) {
    const file = (await request.formData()).get('file');
    text = file instanceof File ? await file.text() : '';
  } else text = await request.text();
  if (text.length > MAX_BYTES) throw tooLarge();
  return Response.json(await importDependencies(viewer, text, ip));
});
