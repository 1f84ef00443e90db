import { NextResponse } from 'next/server';
import { getViewer } from '@/lib/auth/session';
import { getExplorerPayloadJson } from '@/lib/dal/explorer';
import { route } from '@/lib/http/respond';
import { getLocale } from '@/lib/i18n';

export const dynamic = 'force-dynamic';

/** The explorer payload for the signed-in viewer (compact parallel arrays). */
export const GET = route(async () => {
  const viewer = await getViewer();
  const json = await getExplorerPayloadJson(viewer, { locale: await getLocale() });
  return new NextResponse(json, {
    headers: { 'Content-Type': 'application/json', 'Cache-Control': 'private, no-store' },
  });
});
