import { NextResponse } from 'next/server';
import { cancelImport, importProgress } from '@/lib/dal/importing';
import { assertSameOrigin, route } from '@/lib/http/respond';
import { requestContext } from '@/lib/http/request-context';

export const dynamic = 'force-dynamic';

const jobOf = (request: Request) => new URL(request.url).searchParams.get('job') ?? '';

/**
 * GET ?job=<id>: progress and outcome of the viewer's import, through whichever app process runs
 * it (the job lives in Neo4j); a job whose process stopped reads as failed.
 */
export const GET = route(async (request: Request) => {
  const { viewer } = await requestContext(request);
  return NextResponse.json(
    { progress: await importProgress(viewer, jobOf(request)) },
    { headers: { 'Cache-Control': 'no-store' } },
  );
});

/** DELETE ?job=<id>: cancels the viewer's running import (it rolls back; nothing is saved). */
export const DELETE = route(async (request: Request) => {
  assertSameOrigin(request);
  const { viewer } = await requestContext(request);
  return NextResponse.json({ progress: await cancelImport(viewer, jobOf(request)) });
});
