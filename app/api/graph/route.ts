import { NextResponse } from 'next/server';
import { getExplorerPayloadJson } from '@/lib/dal/explorer';
import { route } from '@/lib/http/respond';
import { requestContext } from '@/lib/http/request-context';

export const dynamic = 'force-dynamic';

/**
 * The explorer payload for the signed-in viewer (compact parallel arrays). Private to the browser
 * and always revalidated: when the network, the gap states, the layouts and the viewer's
 * visibility are unchanged the answer is a 304 without a body.
 */
export const GET = route(async (request: Request) => {
  const { viewer, locale } = await requestContext(request);
  const { json, bytes, etag } = await getExplorerPayloadJson(viewer, { locale });
  const headers = {
    'Cache-Control': 'private, no-cache',
    ETag: etag,
    Vary: 'Cookie',
  };
  const match = request.headers.get('if-none-match');
  if (match && match.split(',').some((t) => t.trim().replace(/^W\//, '') === etag))
    return new NextResponse(null, { status: 304, headers });
  return new NextResponse(json, {
    headers: { ...headers, 'Content-Type': 'application/json', 'X-Payload-Bytes': String(bytes) },
  });
});
