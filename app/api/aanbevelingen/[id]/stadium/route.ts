import { NextResponse } from 'next/server';
import { moveRecommendationStage } from '@/lib/dal/recommendations';
import { assertSameOrigin, readJson, route } from '@/lib/http/respond';
import { requestContext } from '@/lib/http/request-context';

/** Moves a recommendation to its next stage (projectteam, regisseur): JSON {to, expectedVersion, date, bodyIds?, answer?, agreementId?, documentId?, reference?, note?}. */
export const POST = route(async (request: Request, ctx: { params: Promise<{ id: string }> }) => {
  assertSameOrigin(request);
  const { viewer, ip } = await requestContext(request);
  const { id } = await ctx.params;
  const body = await readJson(request, 20_000);
  const input = typeof body === 'object' && body !== null ? { ...body, id: decodeURIComponent(id) } : body;
  return NextResponse.json(await moveRecommendationStage(viewer, input, ip));
});
