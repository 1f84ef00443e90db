import { headers } from 'next/headers';

// The client address used for rate limits and the audit trail. The last x-forwarded-for entry is
// the one added by the nearest proxy (Next's own server adds it too), so a client cannot choose it
// by sending the header itself.
export function ipFromHeaders(h: Headers): string {
  const fwd = h.get('x-forwarded-for');
  const last = fwd
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .pop();
  return (last ?? h.get('x-real-ip') ?? 'unknown').slice(0, 64);
}

export function clientIp(request: Request): string {
  return ipFromHeaders(request.headers);
}

export async function currentIp(): Promise<string> {
  return ipFromHeaders(await headers());
}
