import { listScenarios, saveScenario } from '@/lib/dal/scenario';
import { requestContext } from '@/lib/http/request-context';
import { assertSameOrigin, readJson, route } from '@/lib/http/respond';

/** Saved scenarios, newest first (scenario:read; the stuurgroep without who saved them). */
export const GET = route(async (request: Request) => {
  const { viewer } = await requestContext(request);
  return Response.json(
    { scenarios: await listScenarios(viewer) },
    { headers: { 'Cache-Control': 'private, no-store' } },
  );
});

/** Saves a scenario by name: JSON {name, scenario: {failure, maxHours}} (projectteam, regisseur). */
export const POST = route(async (request: Request) => {
  assertSameOrigin(request);
  const { viewer, ip } = await requestContext(request);
  const body = await readJson(request, 20_000);
  return Response.json(await saveScenario(viewer, body, ip), { status: 201 });
});
