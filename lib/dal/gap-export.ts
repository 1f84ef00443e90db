import { recordAudit } from '../audit/record';
import type { Viewer } from '../auth/viewer';
import type { Locale } from '../i18n';
import { gapReportCsv, gapReportXlsx } from '../report/gap-export';
import type { GapFilters } from '../report/gap-report';
import { getGapReportRows } from './gaps';
import { assertCan } from '../auth/permissions';

export type GapExportFormat = 'csv' | 'xlsx';

const CONTENT_TYPES: Record<GapExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The filtered gap report as a file (export:data); the export is audited with its filters. */
export async function exportGapReport(
  viewer: Viewer,
  filters: GapFilters,
  format: GapExportFormat,
  locale: Locale,
  ip: string | null = null,
): Promise<{ fileName: string; contentType: string; data: string | Buffer }> {
  assertCan(viewer, 'export:data');
  const rows = await getGapReportRows(viewer, filters);
  await recordAudit(viewer, {
    action: `export.${format}`,
    entityType: 'GapReport',
    entityId: null,
    after: { filters, rows: rows.length },
    ip,
  });
  const stamp = new Date().toISOString().slice(0, 10);
  return {
    fileName: `hiatenrapport-${stamp}.${format}`,
    contentType: CONTENT_TYPES[format],
    data: format === 'csv' ? gapReportCsv(rows, locale) : await gapReportXlsx(rows, locale),
  };
}
