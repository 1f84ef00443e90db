/** What a route handler answered: its JSON body, or the message of its bilingual error. */
export type Sent<T> = { ok: true; data: T } | { ok: false; status: number | null; message: string };

/**
 * Sends JSON to one of the app's route handlers from a client form. A refused request gives the
 * route's own message ("nl / en"); a dropped connection gives no status and says so.
 */
export async function sendJson<T = unknown>(url: string, body: unknown, method = 'POST'): Promise<Sent<T>> {
  const res = await fetch(url, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  }).catch(() => null);
  const data = (await res?.json().catch(() => null)) as (T & { error?: { message?: string } }) | null;
  if (res?.ok) return { ok: true, data: data as T };
  return {
    ok: false,
    status: res?.status ?? null,
    message: data?.error?.message ?? String(res?.status ?? 'netwerk / network'),
  };
}
