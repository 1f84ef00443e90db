import { NextResponse } from 'next/server';
import { setGapStatus } from '@/lib/dal/gaps';
import { assertSameOrigin, readJson, route } from '@/lib/http/respond';
import { requestContext } from '@/lib/http/request-context';

/** Changes a gap's status (projectteam, regisseur): JSON {status, expectedVersion, owner?, due?, note?, reason?}. */
export const POST = route(async (request: Request, ctx: { params: Promise<{ id: string }> }) => {
  assertSameOrigin(request);
  const { viewer, ip } = await requestContext(request);
  const { id } = await ctx.params;
  const body = await readJson(request, 20_000);
  const input = typeof body === 'object' && body !== null ? { ...body, gapId: decodeURIComponent(id) } : body;
  const result = await setGapStatus(viewer, input, ip);
  return NextResponse.json(result);
});
