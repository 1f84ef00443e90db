/** Sends JSON to one of the scenario routes; the error message in the page's language, or null. */
export async function sendJson(
  url: string,
  method: 'POST' | 'DELETE',
  body: unknown,
  lang: 'nl' | 'en',
): Promise<{ ok: true; data: Record<string, unknown> } | { ok: false; text: string; details: unknown }> {
  const res = await fetch(url, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  }).catch(() => null);
  const json = (await res?.json().catch(() => null)) as
    (Record<string, unknown> & { error?: { nl: string; en: string; details?: unknown } }) | null;
  if (res?.ok) return { ok: true, data: json ?? {} };
  return {
    ok: false,
    text: json?.error ? json.error[lang] : String(res?.status ?? '–'),
    details: json?.error?.details,
  };
}
