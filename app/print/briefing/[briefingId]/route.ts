import { getBriefingData } from '@/lib/dal/briefings';
import { route } from '@/lib/http/respond';
import { briefingHtml } from '@/lib/pdf/html';
import { requestContext } from '@/lib/http/request-context';

type Ctx = { params: Promise<{ briefingId: string }> };

/**
 * The print page of a briefing: exactly the HTML that was printed to PDF, for a viewer with
 * snapshot:read (lib/dal checks it; 401/403 otherwise). The PDF renderer does not come through
 * here: it loads the same HTML in-process (page.setContent, network off), so there is no
 * render token or other way past the session check.
 */
export const GET = route(async (request: Request, ctx: Ctx) => {
  const { viewer } = await requestContext(request);
  const { briefingId } = await ctx.params;
  const data = await getBriefingData(viewer, briefingId);
  return new Response(briefingHtml(data), {
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'private, no-store',
      'X-Robots-Tag': 'noindex',
    },
  });
});
