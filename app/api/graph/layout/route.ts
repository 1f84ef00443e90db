import { NextResponse } from 'next/server';
import { getViewer } from '@/lib/auth/session';
import { saveLayout } from '@/lib/dal/explorer';
import { assertSameOrigin, readJson, route } from '@/lib/http/respond';

/** Saves the node positions of one view (permission layout:write); audited. */
export const POST = route(async (request: Request) => {
  assertSameOrigin(request);
  const viewer = await getViewer();
  const body = await readJson(request, 8_000_000);
  const saved = await saveLayout(viewer, body);
  return NextResponse.json(saved);
});
