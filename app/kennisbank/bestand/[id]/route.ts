import { readDocumentFile } from '@/lib/dal/documents';
import { route } from '@/lib/http/respond';
import { requestContext } from '@/lib/http/request-context';

export const dynamic = 'force-dynamic';

/** Downloads an uploaded kennisbank file (members only); never rendered inline. */
export const GET = route(async (request: Request, ctx: { params: Promise<{ id: string }> }) => {
  const { viewer } = await requestContext(request);
  const { id } = await ctx.params;
  const f = await readDocumentFile(viewer, decodeURIComponent(id));
  return new Response(new Uint8Array(f.bytes), {
    headers: {
      'Content-Type': f.contentType,
      'Content-Disposition': `attachment; filename="${f.fileName.replace(/"/g, '')}"`,
      'X-Content-Type-Options': 'nosniff',
    },
  });
});
