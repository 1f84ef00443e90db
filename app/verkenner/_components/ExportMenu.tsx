'use client';
import { useState } from 'react';
import type Sigma from 'sigma';
import type { LegendItem } from '@/lib/explorer/appearance';
import { serializeState, type ExplorerState } from '@/lib/explorer/state';
import type { Messages } from '@/lib/i18n';
import { download, renderPng, renderSvg } from './exportImage';
import type { MissingSegment } from './overlay';

interface Props {
  sigma: () => Sigma | null;
  segs: MissingSegment[];
  legend: LegendItem[];
  title: string;
  state: ExplorerState;
  canExportData: boolean;
  m: Messages['explorer'];
}

export function ExportMenu({ sigma, segs, legend, title, state, canExportData, m }: Props) {
  const [width, setWidth] = useState(2400);
  const [busy, setBusy] = useState(false);
  const name = `koppelvlak-${state.view}`;
  const png = async () => {
    const s = sigma();
    if (!s) return;
    setBusy(true);
    try {
      download(await renderPng(s, Math.max(200, Math.min(8000, width)), segs), `${name}.png`);
    } finally {
      setBusy(false);
    }
  };
  const svg = () => {
    const s = sigma();
    if (!s) return;
    download(new Blob([renderSvg(s, segs, title, legend)], { type: 'image/svg+xml' }), `${name}.svg`);
  };
  const dataHref = (format: 'gexf' | 'graphml') => {
    const q = serializeState({ ...state, camera: null, focus: null });
    q.set('format', format);
    return `/api/graph/export?${q.toString()}`;
  };
  return (
    <div className="kv-export" role="group" aria-label={m.exportTitle}>
      <span className="kv-export-title">{m.exportTitle}</span>
      <label>
        {m.pngWidth}
        <input
          type="number"
          min={200}
          max={8000}
          step={100}
          value={width}
          onChange={(e) => setWidth(Number(e.target.value) || 2400)}
        />
      </label>
      <button type="button" className="secondary" onClick={png} disabled={busy} data-testid="export-png">
        {m.exportPng}
      </button>
      <button type="button" className="secondary" onClick={svg} data-testid="export-svg">
        {m.exportSvg}
      </button>
      {canExportData && (
        <>
          <a className="button secondary" href={dataHref('gexf')} data-testid="export-gexf" download>
            {m.exportGexf}
          </a>
          <a className="button secondary" href={dataHref('graphml')} data-testid="export-graphml" download>
            {m.exportGraphml}
          </a>
        </>
      )}
      {busy && <span role="status">{m.exporting}</span>}
    </div>
  );
}
