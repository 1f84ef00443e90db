'use client';
import dynamic from 'next/dynamic';
import { useEffect, useState } from 'react';
import { PAYLOAD_URL, type ExplorerPayload } from '@/lib/explorer/payload';
import { bilingual, fmt } from '@/lib/i18n/define';
import type { Messages } from '@/lib/i18n';
import { errors } from '@/lib/i18n/messages/errors';

// sigma needs WebGL and the DOM: load the explorer in the browser only.
const Explorer = dynamic(() => import('./Explorer'), {
  ssr: false,
  loading: () => (
    <p className="notice" role="status" data-testid="explorer-loading">
      Netwerkkaart laden… / <span lang="en">Loading the network map…</span>
    </p>
  ),
});

type Load =
  | { phase: 'loading'; done: number; total: number | null }
  | { phase: 'ready'; payload: ExplorerPayload }
  | { phase: 'failed'; code: string; nl: string; en: string; retryIn: number | null };

class LoadError extends Error {
  constructor(
    readonly code: string,
    readonly nl: string,
    readonly en: string,
    readonly retryAfter: number | null,
  ) {
    super(en);
  }
}

/**
 * Fetches the explorer payload (GET /api/graph: served from the server's cache, revalidated with
 * an ETag so a second visit transfers nothing when the network did not change) and shows the
 * download's progress. The page itself stays small: it does not carry megabytes of graph data
 * through React's server rendering on every visit.
 */
async function fetchPayload(
  signal: AbortSignal,
  onProgress: (done: number, total: number | null) => void,
): Promise<ExplorerPayload> {
  const res = await fetch(PAYLOAD_URL, { signal, headers: { accept: 'application/json' } });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as {
      error?: { code?: string; nl?: string; en?: string };
    } | null;
    const retry = Number(res.headers.get('retry-after'));
    throw new LoadError(
      body?.error?.code ?? String(res.status),
      body?.error?.nl ?? `Fout ${res.status}`,
      body?.error?.en ?? `Error ${res.status}`,
      res.status === 503 ? (Number.isFinite(retry) && retry > 0 ? retry : 5) : null,
    );
  }
  const total = Number(res.headers.get('x-payload-bytes')) || null;
  if (!res.body) return (await res.json()) as ExplorerPayload;
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let done = 0;
  for (;;) {
    const chunk = await reader.read();
    if (chunk.done) break;
    done += chunk.value.byteLength;
    parts.push(decoder.decode(chunk.value, { stream: true }));
    onProgress(done, total);
  }
  parts.push(decoder.decode());
  return JSON.parse(parts.join('')) as ExplorerPayload;
}

export function ExplorerLoader(props: {
  m: Messages['explorer'];
  ms: Messages['scenario'];
  locale: 'nl' | 'en';
}) {
  const { m } = props;
  const [load, setLoad] = useState<Load>({ phase: 'loading', done: 0, total: null });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const ac = new AbortController();
    let last = 0;
    setLoad({ phase: 'loading', done: 0, total: null });
    fetchPayload(ac.signal, (done, total) => {
      // Re-render at most ~10 times a second while megabytes arrive.
      const now = performance.now();
      if (now - last < 100) return;
      last = now;
      setLoad({ phase: 'loading', done, total });
    })
      .then((payload) => setLoad({ phase: 'ready', payload }))
      .catch((e: unknown) => {
        if (ac.signal.aborted) return;
        if (e instanceof LoadError)
          setLoad({ phase: 'failed', code: e.code, nl: e.nl, en: e.en, retryIn: e.retryAfter });
        else
          setLoad({
            phase: 'failed',
            code: 'network',
            ...bilingual(errors, 'noServerConnection'),
            retryIn: 5,
          });
      });
    return () => ac.abort();
  }, [attempt]);

  // A database outage (503) or a lost connection: try again by itself, with a countdown.
  const retryIn = load.phase === 'failed' ? load.retryIn : null;
  useEffect(() => {
    if (retryIn === null) return;
    const t = setTimeout(() => {
      if (retryIn <= 1) setAttempt((a) => a + 1);
      else setLoad((l) => (l.phase === 'failed' ? { ...l, retryIn: retryIn - 1 } : l));
    }, 1000);
    return () => clearTimeout(t);
  }, [retryIn]);

  if (load.phase === 'ready')
    return <Explorer payload={load.payload} m={m} ms={props.ms} locale={props.locale} />;
  if (load.phase === 'failed')
    return (
      <div className="alert" role="alert" data-testid={`error-${load.code}`}>
        <p>
          <strong>{props.locale === 'en' ? load.en : load.nl}</strong>
        </p>
        <p lang={props.locale === 'en' ? 'nl' : 'en'}>{props.locale === 'en' ? load.nl : load.en}</p>
        <p>
          {m.loadFailed} {load.retryIn !== null && fmt(m.retryIn, { s: load.retryIn })}{' '}
          <button type="button" className="secondary" onClick={() => setAttempt((a) => a + 1)}>
            {m.retry}
          </button>
        </p>
      </div>
    );
  const kb = (n: number) => Math.round(n / 1024);
  return (
    <div className="notice" role="status" data-testid="explorer-loading">
      <p>
        {load.total
          ? fmt(m.loadingData, { done: kb(load.done), total: kb(load.total) })
          : fmt(m.loadingDataUnknown, { done: kb(load.done) })}
      </p>
      <progress
        max={load.total ?? undefined}
        value={load.total ? load.done : undefined}
        aria-label={m.loading}
      />
    </div>
  );
}
