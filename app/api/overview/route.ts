import { NextResponse } from 'next/server';
import { getViewer } from '@/lib/auth/session';
import { getOverview } from '@/lib/dal/overview';
import { route } from '@/lib/http/respond';

/** The overview's figures as JSON (aggregate numbers only; the map paths are left out). */
export const GET = route(async () => {
  const viewer = await getViewer();
  const { map, ...data } = await getOverview(viewer);
  return NextResponse.json(
    { ...data, regionMeasures: map.measures },
    { headers: { 'Cache-Control': 'private, no-store' } },
  );
});
