import { SESSION_COOKIE, viewerFromToken } from '@/lib/auth/session';
import type { Viewer } from '@/lib/auth/viewer';

/**
 * The viewer of a route request, from its own Cookie header (the same check as getViewer(): the
 * session is looked up in Neo4j on every call). Reading the request rather than next/headers lets
 * integration tests call these handlers directly.
 */
export async function viewerOf(request: Request): Promise<Viewer> {
  const cookie = request.headers.get('cookie') ?? '';
  const token = cookie
    .split(';')
    .map((p) => p.trim())
    .find((p) => p.startsWith(`${SESSION_COOKIE}=`))
    ?.slice(SESSION_COOKIE.length + 1);
  return viewerFromToken(token ? decodeURIComponent(token) : undefined);
}
