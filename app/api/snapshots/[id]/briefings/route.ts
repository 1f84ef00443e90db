import { createBriefing, listBriefings } from '@/lib/dal/briefings';
import { assertSameOrigin, readJson, route } from '@/lib/http/respond';
import { requestContext } from '@/lib/http/request-context';

type Ctx = { params: Promise<{ id: string }> };

export const GET = route(async (request: Request, ctx: Ctx) => {
  const { viewer } = await requestContext(request);
  const { id } = await ctx.params;
  const briefings = await listBriefings(viewer, id);
  return Response.json({ briefings }, { headers: { 'Cache-Control': 'private, no-store' } });
});

/** Starts a PDF briefing (regisseur): 202 with its id; poll the status URL for progress. */
export const POST = route(async (request: Request, ctx: Ctx) => {
  const { viewer, ip } = await requestContext(request);
  assertSameOrigin(request);
  const { id } = await ctx.params;
  const body = await readJson(request, 10_000);
  const { id: briefingId } = await createBriefing(viewer, id, body, ip);
  const base = `/api/snapshots/${encodeURIComponent(id)}/briefings/${briefingId}`;
  return Response.json({ id: briefingId, status: base, pdf: `${base}/pdf` }, { status: 202 });
});
