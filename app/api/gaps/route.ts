import { NextResponse } from 'next/server';
import { getGapReport, parseGapFilters } from '@/lib/dal/gaps';
import { route } from '@/lib/http/respond';
import { requestContext } from '@/lib/http/request-context';

/** One page of the gap report as JSON; filters, sort and paging as in /gaps (projectteam, regisseur). */
export const GET = route(async (request: Request) => {
  const { viewer } = await requestContext(request);
  const report = await getGapReport(viewer, parseGapFilters(new URL(request.url).searchParams));
  return NextResponse.json(report, { headers: { 'Cache-Control': 'private, no-store' } });
});
