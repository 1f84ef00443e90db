import { surveyTaskRequest } from '@/lib/domain/survey';
import { saveSurveyDraft, submitSurvey } from '@/lib/dal/survey';
import { assertSameOrigin, readJson, route } from '@/lib/http/respond';
import { requestContext } from '@/lib/http/request-context';

type Ctx = { params: Promise<{ taskId: string }> };

async function parse(request: Request, ctx: Ctx) {
  assertSameOrigin(request);
  const { viewer, ip } = await requestContext(request);
  const { taskId } = await ctx.params;
  const { expectedVersion, token, ...rest } = surveyTaskRequest.parse(await readJson(request, 500_000));
  return {
    access: { viewer, ip, token: token ?? null },
    taskId: decodeURIComponent(taskId),
    expectedVersion,
    rest,
  };
}

/** Saves the draft of one's own task (every step). Body: { expectedVersion, draft, token? }. */
export const PUT = route(async (request: Request, ctx: Ctx) => {
  const { access, taskId, expectedVersion, rest } = await parse(request, ctx);
  return Response.json(await saveSurveyDraft(access, taskId, expectedVersion, rest.draft));
});

/** Submits one's own task. Body: { expectedVersion, answers, reflections, token? }. */
export const POST = route(async (request: Request, ctx: Ctx) => {
  const { access, taskId, expectedVersion, rest } = await parse(request, ctx);
  return Response.json(await submitSurvey(access, taskId, expectedVersion, rest));
});
