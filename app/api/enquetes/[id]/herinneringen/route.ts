import { reminderCsv } from '@/lib/dal/survey';
import { route } from '@/lib/http/respond';
import { requestContext } from '@/lib/http/request-context';

/** The reminder list of a round as CSV: who was asked and has not submitted (regisseur). */
export const GET = route(async (request: Request, ctx: { params: Promise<{ id: string }> }) => {
  const { viewer, ip, locale } = await requestContext(request);
  const { id } = await ctx.params;
  const roundId = decodeURIComponent(id);
  const { csv } = await reminderCsv(viewer, roundId, locale, ip);
  const file = `herinneringen-${roundId.replace(/[^A-Za-z0-9-]/g, '_')}.csv`;
  return new Response(`\uFEFF${csv}`, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${file}"`,
      'Cache-Control': 'private, no-store',
    },
  });
});
