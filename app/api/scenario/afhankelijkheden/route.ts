import { deleteDependency, saveDependency } from '@/lib/dal/dependencies';
import { requestContext } from '@/lib/http/request-context';
import { assertSameOrigin, readJson, route } from '@/lib/http/respond';

/**
 * Creates (expectedVersion 0) or updates one dependency between vital processes (regisseur):
 * JSON {fromId, toId, kind, hours, basis, source, expectedVersion}. 409 when the version is stale.
 */
export const POST = route(async (request: Request) => {
  assertSameOrigin(request);
  const { viewer, ip } = await requestContext(request);
  const body = await readJson(request, 10_000);
  return Response.json(await saveDependency(viewer, body, ip));
});

/** Deletes one dependency (regisseur): JSON {fromId, toId, expectedVersion}. */
export const DELETE = route(async (request: Request) => {
  assertSameOrigin(request);
  const { viewer, ip } = await requestContext(request);
  const body = await readJson(request, 10_000);
  return Response.json(await deleteDependency(viewer, body, ip));
});
