import { NextResponse } from 'next/server';
import { getMatrixCell } from '@/lib/dal/overview';
import { route } from '@/lib/http/respond';
import { requestContext } from '@/lib/http/request-context';

/** The organisation pairs behind one cell of the region × sector matrix (network:read roles). */
export const GET = route(async (request: Request) => {
  const url = new URL(request.url);
  const { viewer } = await requestContext(request);
  const pairs = await getMatrixCell(
    viewer,
    url.searchParams.get('region') ?? '',
    url.searchParams.get('sector') ?? '',
  );
  return NextResponse.json({ pairs }, { headers: { 'Cache-Control': 'private, no-store' } });
});
