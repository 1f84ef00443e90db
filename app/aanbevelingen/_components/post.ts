/** POSTs JSON to one of the recommendation routes; the error message in the page's language, or null. */
export async function postJson(
  url: string,
  body: unknown,
  lang: 'nl' | 'en',
): Promise<{ ok: true; data: Record<string, unknown> } | { ok: false; text: string }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const json = (await res.json().catch(() => null)) as
    (Record<string, unknown> & { error?: { nl: string; en: string } }) | null;
  if (res.ok) return { ok: true, data: json ?? {} };
  return { ok: false, text: json?.error ? json.error[lang] : String(res.status) };
}
