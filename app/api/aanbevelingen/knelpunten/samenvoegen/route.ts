import { NextResponse } from 'next/server';
import { mergeBlockerGroups } from '@/lib/dal/blockers';
import { assertSameOrigin, readJson, route } from '@/lib/http/respond';
import { requestContext } from '@/lib/http/request-context';

/** Merges two groups of recurring blockers (projectteam, regisseur): JSON {a, b} with an item of each group. */
export const POST = route(async (request: Request) => {
  assertSameOrigin(request);
  const { viewer, ip } = await requestContext(request);
  const body = await readJson(request, 2_000);
  return NextResponse.json(await mergeBlockerGroups(viewer, body, ip));
});
