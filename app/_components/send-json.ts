/** What a route handler answered: its JSON body, or its bilingual error as one message. */
export type Sent<T> =
  { ok: true; data: T } | { ok: false; status: number | null; message: string; details: unknown };

/**
 * Sends JSON to one of the app's route handlers from a client form. A refused request gives the
 * route's own message: in the page's language when `lang` is given, else "nl / en"; a dropped
 * connection gives no status and says so. `details` carries the route's row-level problems.
 */
export async function sendJson<T = Record<string, unknown>>(
  url: string,
  body: unknown,
  options: { method?: 'POST' | 'DELETE'; lang?: 'nl' | 'en' } = {},
): Promise<Sent<T>> {
  const res = await fetch(url, {
    method: options.method ?? 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  }).catch(() => null);
  const data = (await res?.json().catch(() => null)) as
    (T & { error?: { message?: string; nl?: string; en?: string; details?: unknown } }) | null;
  if (res?.ok) return { ok: true, data: (data ?? {}) as T };
  const error = data?.error;
  return {
    ok: false,
    status: res?.status ?? null,
    message:
      (options.lang ? error?.[options.lang] : undefined) ??
      error?.message ??
      String(res?.status ?? 'netwerk / network'),
    details: error?.details,
  };
}
