import { NextResponse } from 'next/server';
import { getViewer } from '@/lib/auth/session';
import { getGapReport, parseGapFilters } from '@/lib/dal/gaps';
import { route } from '@/lib/http/respond';

/** One page of the gap report as JSON; filters, sort and paging as in /gaps (projectteam, regisseur). */
export const GET = route(async (request: Request) => {
  const viewer = await getViewer();
  const report = await getGapReport(viewer, parseGapFilters(new URL(request.url).searchParams));
  return NextResponse.json(report, { headers: { 'Cache-Control': 'private, no-store' } });
});
