'use client';
import type Graph from 'graphology';
import { useEffect, useRef, useState } from 'react';
import Sigma from 'sigma';
import { EdgeLineProgram } from 'sigma/rendering';
import type { FilteredView } from '@/lib/explorer/filters';
import type { Camera } from '@/lib/explorer/state';
import { installHitTesting } from './hitTesting';
import { installLabelLayout, LABEL_SETTINGS } from './labels';
import { drawMissing, drawReported, nearestSegment, type MissingSegment } from './overlay';
import type { ReportedSegment } from '@/lib/explorer/reported';

export interface MissingInfo {
  title: string;
  body: string;
  href: string | null;
}

interface Props {
  graph: Graph;
  visible: FilteredView;
  focus: string | null;
  depth: 1 | 2;
  /** A scenario on screen: node key → cascade-step colour; every other node is dimmed. */
  highlight: Map<string, string> | null;
  missing: MissingSegment[];
  /** Reported survey ties to draw under the missing links. */
  reported: ReportedSegment[];
  describeMissing: (seg: MissingSegment) => MissingInfo;
  initialCamera: Camera | null;
  /** ForceAtlas2 is moving the nodes: large graphs are drawn without edges meanwhile. */
  layoutRunning: boolean;
  onSelect: (key: string | null) => void;
  onCamera: (c: Camera) => void;
  onSigma: (s: Sigma | null) => void;
  label: string;
  noWebgl: string;
}

const DIM_NODE = '#d5d9df';
/** From this many edges, edges and labels are not drawn while the camera moves (smooth panning). */
const BIG = 5000;
const DIM_EDGE = '#eceff3';

/** Nodes within `depth` steps of `focus`, among the visible ones. */
export function neighbourhood(
  graph: Graph,
  focus: string | null,
  depth: number,
  visible: Set<string>,
): Set<string> | null {
  if (!focus || !graph.hasNode(focus)) return null;
  const near = new Set([focus]);
  let frontier = [focus];
  for (let d = 0; d < depth; d++) {
    const next: string[] = [];
    for (const k of frontier)
      graph.forEachNeighbor(k, (nb) => {
        if (!near.has(nb) && visible.has(nb)) {
          near.add(nb);
          next.push(nb);
        }
      });
    frontier = next;
  }
  return near;
}

export function GraphCanvas(props: Props) {
  const { graph, visible, focus, depth, highlight, missing, reported, layoutRunning } = props;
  const container = useRef<HTMLDivElement>(null);
  const sigmaRef = useRef<Sigma | null>(null);
  const overlay = useRef<HTMLCanvasElement | null>(null);
  const missingRef = useRef(missing);
  const hoverMissingRef = useRef<number | null>(null);
  const paintRef = useRef<() => void>(() => undefined);
  const cb = useRef(props);
  cb.current = props;
  missingRef.current = missing;
  const reportedRef = useRef(reported);
  reportedRef.current = reported;
  const [tip, setTip] = useState<{ x: number; y: number; info: MissingInfo } | null>(null);
  const [drawn, setDrawn] = useState(0);
  const [ready, setReady] = useState(false);
  const [failed, setFailed] = useState(false);
  // A shared link carries its own camera: do not fly away from it on the first render.
  const keepCamera = useRef(props.initialCamera !== null);

  // Create sigma once; later graphs are swapped in with setGraph.
  useEffect(() => {
    if (!container.current) return;
    let sigma: Sigma;
    try {
      sigma = new Sigma(graph, container.current, {
        ...LABEL_SETTINGS,
        labelFont: 'Helvetica, Arial, sans-serif',
        labelColor: { color: '#1a1a1a' },
        zIndex: true,
        minCameraRatio: 0.02,
        maxCameraRatio: 6,
        defaultEdgeColor: '#b9c0c9',
        edgeProgramClasses: { thin: EdgeLineProgram },
        hideEdgesOnMove: graph.size > BIG,
        hideLabelsOnMove: graph.size > BIG,
      });
    } catch {
      setFailed(true);
      return;
    }
    sigmaRef.current = sigma;
    installLabelLayout(sigma);
    installHitTesting(sigma);
    const canvas = sigma.createCanvas('missing', { afterLayer: 'edges' }) as HTMLCanvasElement;
    canvas.setAttribute('aria-hidden', 'true');
    overlay.current = canvas;
    let first = true;
    let lastDrawn = -1;
    let hadTip = false;
    // The overlay is our own 2D canvas: a hovered dashed link repaints only this layer, never the
    // WebGL layers (a full sigma render of tens of thousands of edges would make hover lag).
    const paint = () => {
      const { width, height } = sigma.getDimensions();
      const ratio = window.devicePixelRatio || 1;
      if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
        canvas.width = Math.round(width * ratio);
        canvas.height = Math.round(height * ratio);
        canvas.style.width = `${width}px`;
        canvas.style.height = `${height}px`;
      }
      const ctx = canvas.getContext('2d');
      if (!ctx) return;
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      ctx.clearRect(0, 0, width, height);
      const r = drawReported(ctx, sigma, reportedRef.current);
      if (canvas.dataset.reportedEdges !== String(r)) canvas.dataset.reportedEdges = String(r);
      const n = drawMissing(ctx, sigma, missingRef.current, hoverMissingRef.current);
      if (n !== lastDrawn) {
        lastDrawn = n;
        setDrawn(n);
      }
    };
    paintRef.current = paint;
    sigma.on('afterRender', () => {
      paint();
      if (first) {
        first = false;
        performance.mark('explorer:interactive');
        setReady(true);
      }
    });
    sigma.on('clickNode', ({ node }) => cb.current.onSelect(node));
    // The hovered node, as an attribute (no React render per pointer move): tests read it.
    const box = container.current;
    sigma.on('enterNode', ({ node }) => box.setAttribute('data-hover', node));
    sigma.on('leaveNode', () => box.setAttribute('data-hover', ''));
    // Hover is drawn by sigma itself (label + halo on the hover layer): no reducer refresh, so it
    // stays fast on large graphs.
    sigma.on('clickStage', ({ event }) => {
      const seg = nearestSegment(sigma, missingRef.current, event);
      const href = seg ? cb.current.describeMissing(seg).href : null;
      if (href) window.location.assign(href);
    });
    sigma.on('moveBody', ({ event }) => {
      const seg = nearestSegment(sigma, missingRef.current, event);
      const idx = seg ? seg.index : null;
      if (idx !== hoverMissingRef.current) {
        hoverMissingRef.current = idx;
        requestAnimationFrame(paint);
      }
      if (seg || hadTip)
        setTip(seg ? { x: event.x, y: event.y, info: cb.current.describeMissing(seg) } : null);
      hadTip = seg !== null;
    });
    const camera = sigma.getCamera();
    if (cb.current.initialCamera) camera.setState(cb.current.initialCamera);
    let timer: ReturnType<typeof setTimeout> | undefined;
    camera.on('updated', (s) => {
      clearTimeout(timer);
      timer = setTimeout(() => cb.current.onCamera({ x: s.x, y: s.y, ratio: s.ratio }), 250);
    });
    cb.current.onSigma(sigma);
    return () => {
      clearTimeout(timer);
      cb.current.onSigma(null);
      sigma.kill();
      sigmaRef.current = null;
    };
    // Created once on purpose: later graphs go through setGraph, callbacks through cb.current.
  }, []);

  useEffect(() => {
    const sigma = sigmaRef.current;
    if (!sigma || sigma.getGraph() === graph) return;
    sigma.setSetting('hideEdgesOnMove', graph.size > BIG);
    sigma.setSetting('hideLabelsOnMove', graph.size > BIG);
    sigma.setGraph(graph);
    sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
  }, [graph]);

  // Highlighting: the one place where reducers are installed.
  useEffect(() => {
    const sigma = sigmaRef.current;
    if (!sigma) return;
    const near = neighbourhood(graph, focus, depth, visible.nodes);
    sigma.setSetting('nodeReducer', (key, data) => {
      if (!visible.nodes.has(key)) return { ...data, hidden: true };
      const scenario = highlight?.get(key);
      if (key === focus)
        return {
          ...data,
          ...(scenario ? { color: scenario } : {}),
          highlighted: true,
          forceLabel: true,
          zIndex: 2,
        };
      if (near && !near.has(key)) return { ...data, color: DIM_NODE, label: null, zIndex: 0 };
      if (highlight && !scenario) return { ...data, color: DIM_NODE, label: null, zIndex: 0 };
      if (scenario) return { ...data, color: scenario, size: data.size * 1.25, zIndex: 1 };
      if (near) return { ...data, zIndex: 1 }; // sigma's label grid keeps neighbour labels from overlapping
      return data;
    });
    // Large graphs: 1-pixel GL lines instead of quads; far cheaper to draw, without a GPU too.
    const type = graph.size > BIG ? 'thin' : undefined;
    // While the layout moves tens of thousands of edges, only the nodes are drawn (as when panning).
    const hideAll = layoutRunning && graph.size > BIG;
    sigma.setSetting('edgeReducer', (key, data) => {
      if (hideAll || !visible.edges.has(key)) return { ...data, hidden: true };
      const [s, t] = graph.extremities(key);
      if (near && !(near.has(s) && near.has(t))) return { ...data, type, color: DIM_EDGE, zIndex: 0 };
      if (near) return { ...data, type, color: '#6b7685', zIndex: 1 };
      return type ? { ...data, type } : data;
    });
  }, [graph, visible, focus, depth, highlight, layoutRunning]);

  // Repaint the overlay when the set of missing links changes.
  useEffect(() => {
    paintRef.current();
  }, [missing, reported]);

  // Fly to the focused node.
  useEffect(() => {
    const sigma = sigmaRef.current;
    if (!sigma || !focus || !graph.hasNode(focus)) return;
    if (keepCamera.current) {
      keepCamera.current = false;
      return;
    }
    // Fly after sigma has processed the current graph: its display data then holds framed
    // coordinates (right after a reducer change or a view switch they are raw, or framed for the
    // previous graph, which sent the camera to the wrong place).
    let cancelled = false;
    const fly = () => {
      const d = cancelled ? undefined : sigma.getNodeDisplayData(focus);
      if (!d) return;
      const camera = sigma.getCamera();
      void camera.animate({ x: d.x, y: d.y, ratio: Math.min(camera.ratio, 0.6) }, { duration: 450 });
    };
    sigma.once('afterRender', fly);
    sigma.scheduleRefresh();
    return () => {
      cancelled = true;
      sigma.off('afterRender', fly);
    };
  }, [focus, graph]);

  if (failed) return <p className="notice">{props.noWebgl}</p>;
  return (
    <div className="kv-graph-wrap">
      <div
        ref={container}
        className="kv-graph"
        role="img"
        aria-label={props.label}
        data-testid="explorer-graph"
        data-ready={ready ? '1' : '0'}
        data-missing-edges={drawn}
        data-visible-nodes={visible.nodes.size}
        data-visible-edges={visible.edges.size}
        data-focus={focus ?? ''}
        data-scenario-nodes={
          highlight ? [...highlight.keys()].filter((k) => visible.nodes.has(k)).length : ''
        }
      />
      {tip && (
        <div className="kv-tip" role="tooltip" style={{ left: tip.x + 12, top: tip.y + 12 }}>
          <strong>{tip.info.title}</strong>
          <div>{tip.info.body}</div>
        </div>
      )}
    </div>
  );
}
