import { exportDependencies } from '@/lib/dal/dependencies';
import { requestContext } from '@/lib/http/request-context';
import { route } from '@/lib/http/respond';

export const dynamic = 'force-dynamic';

/** The dependencies as CSV (columns of data/nl/vital_process_dependencies.csv); audited in lib/dal. */
export const GET = route(async (request: Request) => {
  const { viewer, ip } = await requestContext(request);
  const csv = await exportDependencies(viewer, ip);
  return new Response(csv, {
    headers: {
      'Cache-Control': 'private, no-store',
      'Content-Disposition': 'attachment; filename="vital_process_dependencies.csv"',
      'Content-Type': 'text/csv; charset=utf-8',
    },
  });
});
