import { runSavedScenario, runScenarioFromSearch } from '@/lib/dal/scenario';
import { requestContext } from '@/lib/http/request-context';
import { route } from '@/lib/http/respond';

export const dynamic = 'force-dynamic';

/**
 * A cascade scenario as the viewer may see it (runScenario's view): the same query as /scenario
 * (`?proces=…&regio=…&uren=…` or `?aanbieder=…&uren=…`), or `?id=sc-…` for a saved one.
 */
export const GET = route(async (request: Request) => {
  const { viewer } = await requestContext(request);
  const url = new URL(request.url);
  const id = url.searchParams.get('id');
  const params: Record<string, string[]> = {};
  for (const [k, v] of url.searchParams) (params[k] ??= []).push(v);
  const body = id
    ? await runSavedScenario(viewer, id)
    : { saved: null, view: await runScenarioFromSearch(viewer, params) };
  return Response.json(body, { headers: { 'Cache-Control': 'private, no-store' } });
});
