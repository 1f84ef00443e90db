'use client';
import dynamic from 'next/dynamic';
import type { ExplorerPayload } from '@/lib/explorer/payload';
import type { Messages } from '@/lib/i18n';

// sigma needs WebGL and the DOM: load the explorer in the browser only.
const Explorer = dynamic(() => import('./Explorer'), {
  ssr: false,
  loading: () => (
    <p className="notice" role="status" data-testid="explorer-loading">
      Netwerkkaart laden… / <span lang="en">Loading the network map…</span>
    </p>
  ),
});

export function ExplorerLoader(props: {
  payload: ExplorerPayload;
  m: Messages['explorer'];
  locale: 'nl' | 'en';
}) {
  return <Explorer {...props} />;
}
