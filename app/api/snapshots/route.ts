import { listBriefings, prepareBriefings } from '@/lib/dal/briefings';
import { listSnapshots, takeSnapshot } from '@/lib/dal/snapshots';
import { assertSameOrigin, readJson, route } from '@/lib/http/respond';
import { requestContext } from '@/lib/http/request-context';

/** Snapshots with their briefings (projectteam, regisseur, stuurgroep). */
export const GET = route(async (request: Request) => {
  const { viewer } = await requestContext(request);
  const [snapshots, briefings] = await Promise.all([listSnapshots(viewer), listBriefings(viewer)]);
  return Response.json(
    {
      snapshots: snapshots.map((s) => ({ ...s, briefings: briefings.filter((b) => b.snapshotId === s.id) })),
    },
    { headers: { 'Cache-Control': 'private, no-store' } },
  );
});

/** Takes a snapshot now (regisseur). Body: { note }. */
export const POST = route(async (request: Request) => {
  assertSameOrigin(request);
  const { viewer, ip } = await requestContext(request);
  const body = (await readJson(request, 10_000)) as { note?: unknown } | null;
  const snapshot = await takeSnapshot(viewer, body?.note ?? '', ip);
  // A briefing of it usually follows: lay out its network picture and start Chromium meanwhile.
  void prepareBriefings(viewer);
  return Response.json({ snapshot }, { status: 201 });
});
