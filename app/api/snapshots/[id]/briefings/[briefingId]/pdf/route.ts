import { downloadBriefing } from '@/lib/dal/briefings';
import { NotFoundError } from '@/lib/errors';
import { route } from '@/lib/http/respond';
import { requestContext } from '@/lib/http/request-context';

type Ctx = { params: Promise<{ id: string; briefingId: string }> };

/** Downloads the PDF (projectteam, regisseur, stuurgroep); audited as an export. */
export const GET = route(async (request: Request, ctx: Ctx) => {
  const { viewer, ip } = await requestContext(request);
  const { id, briefingId } = await ctx.params;
  const { pdf, filename, briefing } = await downloadBriefing(viewer, briefingId, ip);
  if (briefing.snapshotId !== id) throw new NotFoundError();
  return new Response(new Uint8Array(pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
});
