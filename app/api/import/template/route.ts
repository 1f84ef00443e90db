import { assertCan } from '@/lib/auth/permissions';
import { templateCsv } from '@/lib/export/tables';
import { templateXlsx } from '@/lib/export/xlsx';
import { NotFoundError } from '@/lib/errors';
import { route } from '@/lib/http/respond';
import { ENTITIES, type Entity } from '@/lib/import/columns';
import { requestContext } from '@/lib/http/request-context';

export const dynamic = 'force-dynamic';

/** GET ?entity=<table> → CSV template; ?format=xlsx → one workbook with a sheet per table. Generated on request. */
export const GET = route(async (request: Request) => {
  const { viewer } = await requestContext(request);
  assertCan(viewer, 'export:data');
  const q = new URL(request.url).searchParams;
  if (q.get('format') === 'xlsx') {
    const buf = await templateXlsx();
    return new Response(new Uint8Array(buf), {
      headers: {
        'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'Content-Disposition': 'attachment; filename="koppelvlak-sjabloon.xlsx"',
      },
    });
  }
  const entity = q.get('entity') ?? '';
  if (!(ENTITIES as readonly string[]).includes(entity)) throw new NotFoundError();
  return new Response('\uFEFF' + templateCsv(entity as Entity), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="sjabloon-${entity}.csv"`,
    },
  });
});
