import { NextResponse } from 'next/server';
import { assertCan } from '@/lib/auth/permissions';
import { route } from '@/lib/http/respond';
import { getProgress } from '@/lib/import/progress';
import { requestContext } from '@/lib/http/request-context';

export const dynamic = 'force-dynamic';

/** GET ?job=<id>: progress of the viewer's running import (polled by the import page). */
export const GET = route(async (request: Request) => {
  const { viewer } = await requestContext(request);
  assertCan(viewer, 'import:data');
  const job = new URL(request.url).searchParams.get('job') ?? '';
  return NextResponse.json(
    { progress: getProgress(job, viewer.userId) },
    { headers: { 'Cache-Control': 'no-store' } },
  );
});
