import { getViewer } from '@/lib/auth/session';
import { readDocumentFile } from '@/lib/dal/documents';
import { route } from '@/lib/http/respond';

export const dynamic = 'force-dynamic';

/** Downloads an uploaded kennisbank file (members only); never rendered inline. */
export const GET = route(async (_request: Request, ctx: { params: Promise<{ id: string }> }) => {
  const { id } = await ctx.params;
  const f = await readDocumentFile(await getViewer(), decodeURIComponent(id));
  return new Response(new Uint8Array(f.bytes), {
    headers: {
      'Content-Type': f.contentType,
      'Content-Disposition': `attachment; filename="${f.fileName.replace(/"/g, '')}"`,
      'X-Content-Type-Options': 'nosniff',
    },
  });
});
