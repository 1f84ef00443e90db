import { clientIp } from '@/lib/auth/request';
import { downloadBriefing } from '@/lib/dal/briefings';
import { NotFoundError } from '@/lib/errors';
import { route } from '@/lib/http/respond';
import { viewerOf } from '../../../../_lib/viewer';

type Ctx = { params: Promise<{ id: string; briefingId: string }> };

/** Downloads the PDF (projectteam, regisseur, stuurgroep); audited as an export. */
export const GET = route(async (request: Request, ctx: Ctx) => {
  const { id, briefingId } = await ctx.params;
  const { pdf, filename, briefing } = await downloadBriefing(
    await viewerOf(request),
    briefingId,
    clientIp(request),
  );
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
