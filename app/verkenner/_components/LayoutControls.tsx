'use client';
import type Graph from 'graphology';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import { useEffect, useRef, useState } from 'react';
import type { View } from '@/lib/explorer/payload';
import { fmt } from '@/lib/i18n/define';
import type { Messages } from '@/lib/i18n';

interface Props {
  graph: Graph;
  view: View;
  canSave: boolean;
  m: Messages['explorer'];
}

/**
 * ForceAtlas2 in a web worker (the supervisor spawns a blob: worker, allowed by the CSP's
 * worker-src 'self' blob:), with an iteration counter and a stop button; stopping runs a
 * no-overlap pass so labels stay readable. A regisseur can save the result for everyone.
 */
export function LayoutControls({ graph, view, canSave, m }: Props) {
  const layout = useRef<FA2Layout | null>(null);
  const [running, setRunning] = useState(false);
  const [iterations, setIterations] = useState(0);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    let count = 0;
    const onUpdate = () => {
      if (!layout.current?.isRunning()) return;
      count++;
      if (count % 10 === 0) setIterations(count);
    };
    graph.on('eachNodeAttributesUpdated', onUpdate);
    return () => {
      graph.off('eachNodeAttributesUpdated', onUpdate);
      layout.current?.kill();
      layout.current = null;
      setRunning(false);
      setIterations(0);
    };
  }, [graph]);

  const start = () => {
    layout.current?.kill();
    const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 400 };
    layout.current = new FA2Layout(graph, { settings, getEdgeWeight: 'weight' });
    setIterations(0);
    setMessage(null);
    layout.current.start();
    setRunning(true);
  };
  const stop = () => {
    layout.current?.stop();
    layout.current?.kill();
    layout.current = null;
    noverlap.assign(graph, { maxIterations: 60, settings: { margin: 3, ratio: 1.2 } });
    setRunning(false);
  };
  const save = async () => {
    const ids: string[] = [];
    const xs: number[] = [];
    const ys: number[] = [];
    graph.forEachNode((k, a) => {
      ids.push(k);
      xs.push(a.x as number);
      ys.push(a.y as number);
    });
    const res = await fetch('/api/graph/layout', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ view, ids, xs, ys }),
    });
    const body = (await res.json().catch(() => ({}))) as { count?: number; error?: { message?: string } };
    setMessage(
      res.ok
        ? fmt(m.saved, { n: body.count ?? ids.length })
        : fmt(m.saveFailed, { error: body.error?.message ?? String(res.status) }),
    );
  };

  return (
    <div className="kv-layout" data-testid="layout-controls">
      {running ? (
        <button type="button" onClick={stop} data-testid="layout-stop">
          {m.stopLayout}
        </button>
      ) : (
        <button type="button" className="secondary" onClick={start} data-testid="layout-start">
          {m.runLayout}
        </button>
      )}
      <span role="status" aria-live="polite" data-testid="layout-iterations">
        {running || iterations > 0
          ? `${running ? m.layoutRunning + ': ' : ''}${fmt(m.iterations, { n: iterations })}`
          : ''}
      </span>
      {canSave && !running && (
        <button type="button" className="secondary" onClick={save} data-testid="layout-save">
          {m.saveLayout}
        </button>
      )}
      {message && <span role="status">{message}</span>}
    </div>
  );
}
