// The client address used for rate limits and the audit trail. The last x-forwarded-for entry is
// the one added by the nearest proxy (Next's own server adds it too), so a client cannot choose it
// by sending the header itself. Route handlers and server actions get it through
// lib/http/request-context.ts.
export function ipFromHeaders(h: Headers): string {
  const fwd = h.get('x-forwarded-for');
  const last = fwd
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .pop();
  return (last ?? h.get('x-real-ip') ?? 'unknown').slice(0, 64);
}
