import { assertCan } from '@/lib/auth/permissions';
import { templateCsv } from '@/lib/export/tables';
import { contactListXlsx, templateXlsx } from '@/lib/export/xlsx';
import { NotFoundError } from '@/lib/errors';
import { route } from '@/lib/http/respond';
import { TABLE_KINDS, type TableKind } from '@/lib/import/columns';
import { requestContext } from '@/lib/http/request-context';

export const dynamic = 'force-dynamic';

/**
 * GET ?entity=<table> → CSV template (entity=contactlijst: a filled example); ?format=xlsx → one
 * workbook with a sheet per table, or with entity=contactlijst the filled contact list. Generated on request.
 */
export const GET = route(async (request: Request) => {
  const { viewer } = await requestContext(request);
  assertCan(viewer, 'export:data');
  const q = new URL(request.url).searchParams;
  const contactList = q.get('entity') === 'contactlijst';
  if (q.get('format') === 'xlsx') {
    const buf = contactList ? await contactListXlsx() : await templateXlsx();
    return new Response(new Uint8Array(buf), {
      headers: {
        'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'Content-Disposition': `attachment; filename="${contactList ? 'sjabloon-contactlijst' : 'koppelvlak-sjabloon'}.xlsx"`,
      },
    });
  }
  const entity = q.get('entity') ?? '';
  if (!(TABLE_KINDS as readonly string[]).includes(entity)) throw new NotFoundError();
  return new Response('\uFEFF' + templateCsv(entity as TableKind), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="sjabloon-${entity}.csv"`,
    },
  });
});
