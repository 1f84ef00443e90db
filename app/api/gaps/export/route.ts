import { exportGapReport } from '@/lib/dal/gap-export';
import { parseGapFilters } from '@/lib/dal/gaps';
import { ValidationError } from '@/lib/errors';
import { requestContext } from '@/lib/http/request-context';
import { assertSameOrigin, route } from '@/lib/http/respond';
import { bilingual } from '@/lib/i18n/define';
import { errors } from '@/lib/i18n/messages/errors';

/** The filtered gap report as CSV or XLSX (projectteam, regisseur); checked and audited in lib/dal. */
export const GET = route(async (request: Request) => {
  assertSameOrigin(request);
  const url = new URL(request.url);
  const format = url.searchParams.get('format') ?? 'csv';
  if (format !== 'csv' && format !== 'xlsx') throw new ValidationError(bilingual(errors, 'gapExportFormat'));
  const { viewer, ip, locale } = await requestContext(request);
  url.searchParams.delete('format');
  const file = await exportGapReport(viewer, parseGapFilters(url.searchParams), format, locale, ip);
  return new Response(typeof file.data === 'string' ? file.data : new Uint8Array(file.data), {
    headers: {
      'Cache-Control': 'private, no-store',
      'Content-Disposition': `attachment; filename="${file.fileName}"`,
      'Content-Type': file.contentType,
    },
  });
});
