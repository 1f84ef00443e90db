import { exportGraphml, exportZip } from '@/lib/dal/exporting';
import { route } from '@/lib/http/respond';
import { requestContext } from '@/lib/http/request-context';

export const dynamic = 'force-dynamic';

/** GET ?format=zip (default: ZIP of CSV files) or ?format=graphml. Audited in lib/dal. */
export const GET = route(async (request: Request) => {
  const { viewer, ip } = await requestContext(request);
  if (new URL(request.url).searchParams.get('format') === 'graphml') {
    const g = await exportGraphml(viewer, ip);
    return new Response(g.data, {
      headers: {
        'Content-Type': 'application/graphml+xml; charset=utf-8',
        'Content-Disposition': `attachment; filename="${g.fileName}"`,
      },
    });
  }
  const z = await exportZip(viewer, ip);
  return new Response(new Uint8Array(z.data), {
    headers: {
      'Content-Type': 'application/zip',
      'Content-Disposition': `attachment; filename="${z.fileName}"`,
    },
  });
});
