import { NextResponse } from 'next/server';
import { databaseHealth } from '@/lib/dal/health';
import { DatabaseUnavailableError } from '@/lib/errors';

export const dynamic = 'force-dynamic';

/** Public: app and database status. 200 when Neo4j answers, 503 with a readable message when not. */
export async function GET() {
  const db = await databaseHealth();
  if (!db.up) {
    const e = new DatabaseUnavailableError();
    return NextResponse.json(
      {
        status: 'degraded',
        app: 'up',
        database: { up: false, ms: db.ms },
        message: e.message,
        nl: e.text.nl,
        en: e.text.en,
      },
      { status: 503, headers: { 'Retry-After': '5', 'Cache-Control': 'no-store' } },
    );
  }
  return NextResponse.json(
    { status: 'ok', app: 'up', database: { up: true, version: db.version, edition: db.edition, ms: db.ms } },
    { headers: { 'Cache-Control': 'no-store' } },
  );
}
