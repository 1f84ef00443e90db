import { NextResponse } from 'next/server';
import { updateRecommendation } from '@/lib/dal/recommendations';
import { assertSameOrigin, readJson, route } from '@/lib/http/respond';
import { requestContext } from '@/lib/http/request-context';

/** Edits a recommendation's text and origin: JSON {expectedVersion, title, problem, proposal, owner?, coalitionIds?, reviewIds?}. */
export const POST = route(async (request: Request, ctx: { params: Promise<{ id: string }> }) => {
  assertSameOrigin(request);
  const { viewer, ip } = await requestContext(request);
  const { id } = await ctx.params;
  const body = await readJson(request, 40_000);
  const input = typeof body === 'object' && body !== null ? { ...body, id: decodeURIComponent(id) } : body;
  return NextResponse.json(await updateRecommendation(viewer, input, ip));
});
