import { NextResponse } from 'next/server';
import { getViewer } from '@/lib/auth/session';
import { getExplorerPayload } from '@/lib/dal/explorer';
import { route } from '@/lib/http/respond';
import { getLocale } from '@/lib/i18n';

export const dynamic = 'force-dynamic';

/** The explorer payload for the signed-in viewer (compact parallel arrays). */
export const GET = route(async () => {
  const viewer = await getViewer();
  const payload = await getExplorerPayload(viewer, { locale: await getLocale() });
  return NextResponse.json(payload, { headers: { 'Cache-Control': 'private, no-store' } });
});
