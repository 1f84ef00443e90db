import { decideOrganisationProposal } from '@/lib/dal/survey';
import { assertSameOrigin, readJson, route } from '@/lib/http/respond';
import { requestContext } from '@/lib/http/request-context';

/**
 * Settles an organisation proposed in a survey (project team): body { status: 'toegevoegd',
 * organisationId } or { status: 'afgewezen', reason }.
 */
export const POST = route(async (request: Request, ctx: { params: Promise<{ id: string }> }) => {
  assertSameOrigin(request);
  const { viewer, ip } = await requestContext(request);
  const { id } = await ctx.params;
  const body = await readJson(request, 4_000);
  return Response.json(await decideOrganisationProposal(viewer, decodeURIComponent(id), body, ip));
});
