import { exportExplorerGraph } from '@/lib/dal/explorer';
import { assertCan } from '@/lib/auth/permissions';
import { ValidationError } from '@/lib/errors';
import { parseState } from '@/lib/explorer/state';
import { route } from '@/lib/http/respond';
import { requestContext } from '@/lib/http/request-context';
import { bilingual } from '@/lib/i18n/define';
import { errors } from '@/lib/i18n/messages/errors';

export const dynamic = 'force-dynamic';

const TYPES = { gexf: 'application/gexf+xml', graphml: 'application/graphml+xml' } as const;

/** The filtered view as GEXF or GraphML: `?format=gexf|graphml` plus the explorer's URL state. */
export const GET = route(async (request: Request) => {
  const { viewer, ip } = await requestContext(request);
  assertCan(viewer, 'export:data'); // refuse before saying anything about the request
  const url = new URL(request.url);
  const format = url.searchParams.get('format');
  if (format !== 'gexf' && format !== 'graphml')
    throw new ValidationError(bilingual(errors, 'graphExportFormat'));
  const state = parseState(url.searchParams);
  const text = await exportExplorerGraph(viewer, state, format, ip);
  return new Response(text, {
    headers: {
      'Content-Type': `${TYPES[format]}; charset=utf-8`,
      'Content-Disposition': `attachment; filename="koppelvlak-${state.view}.${format}"`,
      'Cache-Control': 'private, no-store',
    },
  });
});
