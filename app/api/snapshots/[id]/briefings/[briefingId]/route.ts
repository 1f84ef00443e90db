import { cancelBriefing, getBriefing } from '@/lib/dal/briefings';
import { NotFoundError } from '@/lib/errors';
import { assertSameOrigin, route } from '@/lib/http/respond';
import { requestContext } from '@/lib/http/request-context';

type Ctx = { params: Promise<{ id: string; briefingId: string }> };

/** Generation status and progress of one briefing (snapshot:read). */
export const GET = route(async (request: Request, ctx: Ctx) => {
  const { viewer } = await requestContext(request);
  const { id, briefingId } = await ctx.params;
  const b = await getBriefing(viewer, briefingId);
  if (b.snapshotId !== id) throw new NotFoundError();
  return Response.json(
    {
      id: b.id,
      status: b.status,
      progress: b.progress,
      pages: b.pages,
      bytes: b.bytes,
      ms: b.ms,
      error: b.status === 'mislukt' ? 'failed' : null,
    },
    { headers: { 'Cache-Control': 'no-store' } },
  );
});

/** Cancels the viewer's own briefing while it is being made (snapshot:create); 409 once it is done. */
export const DELETE = route(async (request: Request, ctx: Ctx) => {
  assertSameOrigin(request);
  const { viewer, ip } = await requestContext(request);
  const { id, briefingId } = await ctx.params;
  return Response.json(await cancelBriefing(viewer, briefingId, ip, id));
});
