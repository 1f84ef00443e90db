import { createSurveyInvitation } from '@/lib/dal/survey';
import { assertSameOrigin, readJson, route } from '@/lib/http/respond';
import { requestContext } from '@/lib/http/request-context';

/** A single-use survey link for one task of the round (regisseur). Body: { taskId }. The token is shown once. */
export const POST = route(async (request: Request, ctx: { params: Promise<{ id: string }> }) => {
  assertSameOrigin(request);
  const { viewer, ip } = await requestContext(request);
  const { id } = await ctx.params;
  const body = await readJson(request, 2_000);
  const { token, expiresAt } = await createSurveyInvitation(viewer, body, ip, decodeURIComponent(id));
  return Response.json(
    { path: `/enquetes/link/${token}`, expiresAt },
    { status: 201, headers: { 'Cache-Control': 'no-store' } },
  );
});
