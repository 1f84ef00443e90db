import { deleteScenario } from '@/lib/dal/scenario';
import { requestContext } from '@/lib/http/request-context';
import { assertSameOrigin, route } from '@/lib/http/respond';

/** Deletes a saved scenario (projectteam, regisseur); audited in lib/dal. */
export const DELETE = route(async (request: Request, ctx: { params: Promise<{ id: string }> }) => {
  assertSameOrigin(request);
  const { viewer, ip } = await requestContext(request);
  const { id } = await ctx.params;
  return Response.json(await deleteScenario(viewer, decodeURIComponent(id), ip));
});
