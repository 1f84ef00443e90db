import { NextResponse } from 'next/server';
import { createRecommendation } from '@/lib/dal/recommendations';
import { assertSameOrigin, readJson, route } from '@/lib/http/respond';
import { requestContext } from '@/lib/http/request-context';

/** Proposes a recommendation at stage idee: JSON {title, problem, proposal, owner?, coalitionIds?, reviewIds?}. */
export const POST = route(async (request: Request) => {
  assertSameOrigin(request);
  const { viewer, ip } = await requestContext(request);
  const body = await readJson(request, 40_000);
  return NextResponse.json(await createRecommendation(viewer, body, ip), { status: 201 });
});
