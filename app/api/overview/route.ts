import { NextResponse } from 'next/server';
import { getOverview } from '@/lib/dal/overview';
import { route } from '@/lib/http/respond';
import { requestContext } from '@/lib/http/request-context';

/** The overview's figures as JSON (aggregate numbers only; the map paths are left out). */
export const GET = route(async (request: Request) => {
  const { viewer } = await requestContext(request);
  const { map, ...data } = await getOverview(viewer);
  return NextResponse.json(
    { ...data, regionMeasures: map.measures },
    { headers: { 'Cache-Control': 'private, no-store' } },
  );
});
