import { recordAudit } from '@/lib/audit/record';
import { getViewer } from '@/lib/auth/session';
import { getGapReportRows, parseGapFilters } from '@/lib/dal/gaps';
import { assertCan } from '@/lib/dal/guard';
import { ValidationError } from '@/lib/errors';
import { assertSameOrigin, route } from '@/lib/http/respond';
import { getLocale } from '@/lib/i18n';
import { gapReportCsv, gapReportXlsx } from '@/lib/report/gap-export';

/** The filtered gap report as CSV or XLSX (projectteam, regisseur); every export is audited. */
export const GET = route(async (request: Request) => {
  assertSameOrigin(request);
  const url = new URL(request.url);
  const format = url.searchParams.get('format') ?? 'csv';
  if (format !== 'csv' && format !== 'xlsx')
    throw new ValidationError({ nl: 'format: verwacht csv of xlsx.', en: 'format: expected csv or xlsx.' });
  const viewer = await getViewer();
  assertCan(viewer, 'export:data');
  url.searchParams.delete('format');
  const filters = parseGapFilters(url.searchParams);
  const rows = await getGapReportRows(viewer, filters);
  const lang = await getLocale();
  const ip = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim() ?? null;
  await recordAudit(viewer, {
    action: `export.${format}`,
    entityType: 'GapReport',
    entityId: null,
    after: { filters, rows: rows.length },
    ip,
  });
  const stamp = new Date().toISOString().slice(0, 10);
  const headers = {
    'Cache-Control': 'private, no-store',
    'Content-Disposition': `attachment; filename="hiatenrapport-${stamp}.${format}"`,
  };
  if (format === 'csv')
    return new Response(gapReportCsv(rows, lang), {
      headers: { ...headers, 'Content-Type': 'text/csv; charset=utf-8' },
    });
  const buf = await gapReportXlsx(rows, lang);
  return new Response(new Uint8Array(buf), {
    headers: {
      ...headers,
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    },
  });
});
