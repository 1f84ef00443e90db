import { z } from 'zod';
import { proposeOrganisation } from '@/lib/dal/survey';
import { assertSameOrigin, readJson, route } from '@/lib/http/respond';
import { requestContext } from '@/lib/http/request-context';

const body = z.looseObject({ token: z.string().max(200).nullable().optional() });

/** "Not in the list": proposes an organisation to the project team. Body: { name, note?, token? }. */
export const POST = route(async (request: Request, ctx: { params: Promise<{ taskId: string }> }) => {
  assertSameOrigin(request);
  const { viewer, ip } = await requestContext(request);
  const { taskId } = await ctx.params;
  const { token, ...rest } = body.parse(await readJson(request, 10_000));
  const result = await proposeOrganisation(
    { viewer, ip, token: token ?? null },
    decodeURIComponent(taskId),
    rest,
  );
  return Response.json(result, { status: 201 });
});
