import { openSurveyRound } from '@/lib/dal/survey';
import { assertSameOrigin, readJson, route } from '@/lib/http/respond';
import { requestContext } from '@/lib/http/request-context';

/** Opens a survey round (regisseur). Body: { title, periodFrom, periodTo, opensAt, closesAt, audience: { kind, ref } }. */
export const POST = route(async (request: Request) => {
  assertSameOrigin(request);
  const { viewer, ip } = await requestContext(request);
  const body = await readJson(request, 20_000);
  const round = await openSurveyRound(viewer, body, ip);
  return Response.json({ round }, { status: 201 });
});
