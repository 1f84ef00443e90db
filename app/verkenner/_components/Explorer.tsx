'use client';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type Sigma from 'sigma';
import { applyFilters, filterIndex } from '@/lib/explorer/filters';
import { contactRanking, missingSegments, type MissingSegment } from '@/lib/explorer/missing';
import { reportedSegments } from '@/lib/explorer/reported';
import { mapFocus } from '@/lib/explorer/model';
import type { ExplorerPayload, View } from '@/lib/explorer/payload';
import { scenarioHighlight } from '@/lib/explorer/scenario';
import { searchIndex, type SearchEntry } from '@/lib/explorer/search';
import type { ScenarioView } from '@/lib/dal/scenario';
import { scenarioRefFromParam, scenarioToSearch } from '@/lib/domain/scenario';
import {
  parseState,
  serializeState,
  type Camera,
  type ExplorerState,
  type Filters,
} from '@/lib/explorer/state';
import { fmt } from '@/lib/i18n/define';
import type { Messages } from '@/lib/i18n';
import { Controls } from './Controls';
import { DetailPanel } from './DetailPanel';
import { ExportMenu } from './ExportMenu';
import { FilterChips, FilterPanel } from './FilterPanel';
import { GraphCanvas, type MissingInfo } from './GraphCanvas';
import { GraphTable } from './GraphTable';
import { LayoutControls } from './LayoutControls';
import { Legend } from './Legend';
import { SearchBox } from './SearchBox';
import { useAppearance, useViewGraph } from './useViewGraph';

interface Props {
  payload: ExplorerPayload;
  m: Messages['explorer'];
  ms: Messages['scenario'];
  locale: 'nl' | 'en';
}

type ScenarioLoad =
  { status: 'loading' } | { status: 'ready'; view: ScenarioView } | { status: 'failed'; text: string };

/** GET /api/scenario for the `scenario=` parameter (a saved id or a scenario query). */
function useScenario(param: string | null, locale: 'nl' | 'en'): ScenarioLoad | null {
  const [load, setLoad] = useState<ScenarioLoad | null>(null);
  useEffect(() => {
    const ref = scenarioRefFromParam(param);
    if (!ref) {
      setLoad(param ? { status: 'failed', text: param.slice(0, 80) } : null);
      return;
    }
    const ac = new AbortController();
    setLoad({ status: 'loading' });
    const url =
      'savedId' in ref ? `/api/scenario?id=${encodeURIComponent(ref.savedId)}` : `/api/scenario?${ref.query}`;
    fetch(url, { signal: ac.signal, headers: { accept: 'application/json' } })
      .then(async (res) => {
        const body = (await res.json().catch(() => null)) as {
          view?: ScenarioView;
          error?: { nl: string; en: string };
        } | null;
        if (res.ok && body?.view) setLoad({ status: 'ready', view: body.view });
        else setLoad({ status: 'failed', text: body?.error?.[locale] ?? String(res.status) });
      })
      .catch(() => {
        if (!ac.signal.aborted) setLoad({ status: 'failed', text: '–' });
      });
    return () => ac.abort();
  }, [param, locale]);
  return load;
}

export default function Explorer({ payload: p, m, ms, locale }: Props) {
  const [state, setState] = useState<ExplorerState>(() =>
    parseState(new URLSearchParams(window.location.search)),
  );
  const sigmaRef = useRef<Sigma | null>(null);
  const [layoutRunning, setLayoutRunning] = useState(false);

  // The URL always holds the state, so the address bar is a shareable link.
  useEffect(() => {
    const qs = serializeState(state).toString();
    const next = `${window.location.pathname}${qs ? `?${qs}` : ''}`;
    if (next !== `${window.location.pathname}${window.location.search}`)
      window.history.replaceState(null, '', next);
  }, [state]);

  const { graph, model } = useViewGraph(p, state.view);
  const ix = useMemo(() => filterIndex(p, state.filters), [p, state.filters]);
  const visible = useMemo(() => applyFilters(ix, model), [ix, model]);
  const legend = useAppearance(p, model, graph, state.color, state.size, {
    none: m.none,
    other: m.other,
    coalition: m.coalitionNode,
    chain: (c) => m[`chain_${c as 'algemeen'}`] ?? c,
  });
  const ranking = useMemo(() => contactRanking(p), [p]);
  const scenario = useScenario(state.scenario, locale);
  const scenarioView = scenario?.status === 'ready' ? scenario.view : null;
  const highlight = useMemo(
    () =>
      scenarioView
        ? scenarioHighlight(
            p,
            model.nodes,
            {
              organisations: scenarioView.organisations,
              links: scenarioView.level === 'full' ? scenarioView.links : [],
            },
            {
              step: (n) => fmt(ms.exLegendStep, { n }),
              responder: ms.exLegendResponder,
              outside: ms.exLegendOutside,
            },
          )
        : null,
    [p, model, scenarioView, ms],
  );
  // A scenario draws its own missing links (and only those); otherwise the "missing links" toggle decides.
  const segs = useMemo<MissingSegment[]>(
    () =>
      highlight
        ? missingSegments(p, state.view, highlight.missing, visible.nodes, ranking)
        : state.missing
          ? missingSegments(p, state.view, visible.missing, visible.nodes, ranking)
          : [],
    [highlight, state.missing, state.view, visible, p, ranking],
  );
  const reported = useMemo(
    () => (state.reported ? reportedSegments(p, state.view, visible.nodes) : []),
    [state.reported, state.view, visible, p],
  );
  const search = useMemo(() => searchIndex(p), [p]);
  const focus = state.focus && graph.hasNode(state.focus) ? state.focus : null;

  const patch = useCallback((x: Partial<ExplorerState>) => setState((s) => ({ ...s, ...x })), []);
  const setFocus = useCallback((key: string | null) => setState((s) => ({ ...s, focus: key })), []);
  const onView = (v: View) =>
    setState((s) => ({ ...s, view: v, focus: mapFocus(p, s.focus, v), camera: null }));
  const onFilters = (filters: Filters) => patch({ filters });
  const onCamera = useCallback((camera: Camera) => patch({ camera }), [patch]);
  const onPick = (e: SearchEntry) => {
    const inView = model.nodes.some((n) => n.key === e.key);
    setFocus(inView ? e.key : mapFocus(p, e.key, state.view));
  };
  const describeMissing = useCallback(
    ({ index: i, contacts }: MissingSegment): MissingInfo => {
      const g = p.missing.gap[i] ?? -1;
      const orgA = p.orgs.names[p.missing.a[i]!] ?? '';
      const orgB = p.orgs.names[p.missing.b[i]!] ?? '';
      const title = `${m.missingTitle}: ${orgA} – ${orgB}`;
      const who = contacts
        ? `${fmt(m.missingContacts, { a: p.people.names[contacts[0]] ?? '', orgA, b: p.people.names[contacts[1]] ?? '', orgB })}. `
        : '';
      if (g < 0) return { title, body: who, href: null };
      const body = `${who}${m[`gap_${p.gaps.type[g]!}`]}, ${fmt(m.priority, { p: p.gaps.priority[g]!, level: p.gaps.level[g]! })}. ${p.gaps.text[g] ?? ''}`;
      return { title, body, href: p.can.gapsRead ? `/gaps?gap=${encodeURIComponent(p.gaps.ids[g]!)}` : null };
    },
    [p, m, locale],
  );
  const onSigma = useCallback((s: Sigma | null) => {
    sigmaRef.current = s;
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !(e.target instanceof HTMLInputElement)) setFocus(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [setFocus]);

  const colorWhat = highlight ? ms.colStep : m[`color_${state.color}`];
  const sizeWhat =
    state.view === 'organisaties' || state.size === 'degree'
      ? m[`size_${state.size}`]
      : `${m[`size_${state.size}`]} (${m.view_organisaties})`;
  return (
    <div className="kv-explorer" data-testid="explorer">
      {scenario ? (
        <section
          className="notice"
          aria-live="polite"
          data-testid="explorer-scenario"
          data-status={scenario.status}
        >
          {scenario.status === 'loading' ? <p role="status">{ms.exLoading}</p> : null}
          {scenario.status === 'failed' ? (
            <p role="alert">{fmt(ms.exFailed, { message: scenario.text })}</p>
          ) : null}
          {scenario.status === 'ready' ? (
            <>
              <h2>{fmt(ms.exTitle, { what: scenario.view.failureLabel })}</h2>
              <p>{fmt(ms.exSummary, { orgs: highlight?.organisations ?? 0, missing: segs.length })}</p>
              <p>
                <a href={`/scenario?${scenarioToSearch(scenario.view.input)}`}>{ms.exBack}</a>
              </p>
            </>
          ) : null}
          <button type="button" className="linklike" onClick={() => patch({ scenario: null })}>
            {ms.exClose}
          </button>
        </section>
      ) : null}
      <Controls state={state} m={m} onView={onView} onChange={patch} />
      <div className="kv-row">
        <SearchBox index={search} m={m} onPick={onPick} />
        <FilterPanel payload={p} filters={state.filters} m={m} onChange={onFilters} />
      </div>
      <FilterChips payload={p} filters={state.filters} m={m} onChange={onFilters} />
      <p className="kv-counts" role="status" aria-live="polite" data-testid="explorer-counts">
        {fmt(m.counts, { nodes: visible.nodes.size, edges: visible.edges.size })}
        {segs.length > 0 && ` · ${fmt(m.countsMissing, { missing: segs.length })}`}
        {focus && (
          <>
            {' '}
            <button type="button" className="linklike" onClick={() => setFocus(null)}>
              {m.clearFocus}
            </button>
          </>
        )}
      </p>
      <div className={`kv-main${focus ? ' kv-with-detail' : ''}`}>
        <div className="kv-stage">
          <GraphCanvas
            graph={graph}
            visible={visible}
            focus={focus}
            depth={state.depth}
            highlight={highlight?.colors ?? null}
            missing={segs}
            reported={reported}
            describeMissing={describeMissing}
            initialCamera={state.camera}
            layoutRunning={layoutRunning}
            onSelect={setFocus}
            onCamera={onCamera}
            onSigma={onSigma}
            label={fmt(m.mapLabel, { view: m[`view_${state.view}`] })}
            noWebgl={m.noWebgl}
          />
          <Legend
            items={highlight ? highlight.legend : legend}
            colorWhat={colorWhat}
            sizeWhat={sizeWhat}
            showMissing={segs.length > 0}
            showReported={reported.length > 0}
            missingText={state.view === 'mensen' ? m.legendMissingPeople : m.legendMissing}
            m={m}
          />
        </div>
        {focus && <DetailPanel p={p} focus={focus} m={m} onFocus={setFocus} onClose={() => setFocus(null)} />}
      </div>
      <div className="kv-row">
        <LayoutControls
          graph={graph}
          view={state.view}
          canSave={p.can.layoutWrite}
          m={m}
          onRunning={setLayoutRunning}
        />
        <ExportMenu
          sigma={() => sigmaRef.current}
          segs={segs}
          legend={legend}
          title={`${m.title} — ${m[`view_${state.view}`]}`}
          state={state}
          canExportData={p.can.exportData}
          m={m}
        />
      </div>
      <GraphTable
        p={p}
        model={model}
        graph={graph}
        visible={visible}
        missing={segs}
        locale={locale}
        m={m}
        onFocus={setFocus}
      />
    </div>
  );
}
