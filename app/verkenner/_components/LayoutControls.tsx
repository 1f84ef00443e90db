'use client';
import type Graph from 'graphology';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { useEffect, useRef, useState } from 'react';
import { labelRoomIterations, spreadForLabels } from '@/lib/explorer/label-room';
import type { View } from '@/lib/explorer/payload';
import { fmt } from '@/lib/i18n/define';
import type { Messages } from '@/lib/i18n';

interface Props {
  graph: Graph;
  view: View;
  canSave: boolean;
  m: Messages['explorer'];
  /** Told when the layout starts and stops (the canvas leaves out edges of large graphs meanwhile). */
  onRunning?: (running: boolean) => void;
}

/** Positions are copied from the worker's graph to the shown one at most this often (ms). */
const SYNC_MS = 300;
/** …and the main thread spends at most about a fifth of its time showing them (1 / (1 + 4)). */
const SYNC_IDLE_FACTOR = 4;

/**
 * ForceAtlas2 in a web worker (the supervisor spawns a blob: worker, allowed by the CSP's
 * worker-src 'self' blob:), with an iteration counter and a stop button; stopping runs a
 * no-overlap pass that leaves room for labels. The worker moves a copy of the graph; the shown
 * graph takes the copy's positions a few times a second, so on tens of thousands of edges sigma
 * re-renders a few times a second instead of after every iteration and the page keeps answering.
 * The pause between two copies grows with what drawing one costs (measured over the frame that
 * shows it), so without a GPU, where a frame of a large graph takes long, the page still answers.
 * A regisseur can save the result for everyone.
 */
export function LayoutControls({ graph, view, canSave, m, onRunning }: Props) {
  const layout = useRef<FA2Layout | null>(null);
  const shadow = useRef<Graph | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const runningRef = useRef(onRunning);
  runningRef.current = onRunning;
  const [running, setRunning] = useState(false);
  const [iterations, setIterations] = useState(0);
  const [message, setMessage] = useState<string | null>(null);

  /** Copies the worker graph's positions into the shown graph (one sigma refresh). */
  const sync = () => {
    const from = shadow.current;
    if (!from) return;
    graph.updateEachNodeAttributes(
      (k, a) =>
        from.hasNode(k) ? { ...a, x: from.getNodeAttribute(k, 'x'), y: from.getNodeAttribute(k, 'y') } : a,
      { attributes: ['x', 'y'] },
    );
  };
  const halt = () => {
    clearTimeout(timer.current);
    timer.current = undefined;
    layout.current?.kill();
    layout.current = null;
  };
  /** Copy, wait until the frame that shows the copy is done, then pause in proportion. */
  const tick = () => {
    if (!layout.current) return;
    const t0 = performance.now();
    sync();
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        if (!layout.current) return;
        const cost = performance.now() - t0;
        timer.current = setTimeout(tick, Math.max(SYNC_MS, cost * SYNC_IDLE_FACTOR));
      }),
    );
  };

  useEffect(
    () => () => {
      halt();
      shadow.current = null;
      setRunning(false);
      setIterations(0);
      runningRef.current?.(false);
    },
    // halt only touches refs.
    [graph],
  );

  const start = () => {
    halt();
    const copy = graph.copy();
    shadow.current = copy;
    const settings = { ...forceAtlas2.inferSettings(copy), barnesHutOptimize: copy.order > 400 };
    layout.current = new FA2Layout(copy, { settings, getEdgeWeight: 'weight' });
    let count = 0;
    copy.on('eachNodeAttributesUpdated', () => {
      count++;
      if (count % 10 === 0) setIterations(count);
    });
    setIterations(0);
    setMessage(null);
    layout.current.start();
    timer.current = setTimeout(tick, SYNC_MS);
    setRunning(true);
    onRunning?.(true);
  };
  const stop = () => {
    layout.current?.stop();
    halt();
    sync();
    shadow.current = null;
    spreadForLabels(graph, labelRoomIterations(graph.order));
    setRunning(false);
    onRunning?.(false);
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
