import { NextResponse } from 'next/server';
import { saveLayout } from '@/lib/dal/explorer';
import { assertSameOrigin, readJson, route } from '@/lib/http/respond';
import { requestContext } from '@/lib/http/request-context';

/** Saves the node positions of one view (permission layout:write); audited. */
export const POST = route(async (request: Request) => {
  assertSameOrigin(request);
  const { viewer, ip } = await requestContext(request);
  const body = await readJson(request, 8_000_000);
  const saved = await saveLayout(viewer, body, ip);
  return NextResponse.json(saved);
});
