import { closeSurveyRound } from '@/lib/dal/survey';
import { assertSameOrigin, readJson, route } from '@/lib/http/respond';
import { requestContext } from '@/lib/http/request-context';

/** Closes a survey round (regisseur). Body: { expectedVersion }. */
export const POST = route(async (request: Request, ctx: { params: Promise<{ id: string }> }) => {
  assertSameOrigin(request);
  const { viewer, ip } = await requestContext(request);
  const { id } = await ctx.params;
  const body = await readJson(request, 2_000);
  return Response.json(await closeSurveyRound(viewer, decodeURIComponent(id), body, ip));
});
