'use client';
import { VIEWS, type View } from '@/lib/explorer/payload';
import { COLOR_BY, SIZE_BY, type ExplorerState } from '@/lib/explorer/state';
import type { Messages } from '@/lib/i18n';

interface Props {
  state: ExplorerState;
  m: Messages['explorer'];
  onView: (v: View) => void;
  onChange: (patch: Partial<ExplorerState>) => void;
}

export function Controls({ state, m, onView, onChange }: Props) {
  return (
    <div className="kv-controls">
      <fieldset className="kv-views">
        <legend>{m.view}</legend>
        {VIEWS.map((v) => (
          <label key={v} className={state.view === v ? 'kv-on' : undefined}>
            <input
              type="radio"
              name="kv-view"
              value={v}
              checked={state.view === v}
              onChange={() => onView(v)}
            />
            {m[`view_${v}`]}
          </label>
        ))}
      </fieldset>
      <label>
        {m.colorBy}
        <select
          value={state.color}
          onChange={(e) => onChange({ color: e.target.value as ExplorerState['color'] })}
          data-testid="color-by"
        >
          {COLOR_BY.map((c) => (
            <option key={c} value={c}>
              {m[`color_${c}`]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {m.sizeBy}
        <select
          value={state.size}
          onChange={(e) => onChange({ size: e.target.value as ExplorerState['size'] })}
          data-testid="size-by"
        >
          {SIZE_BY.map((s) => (
            <option key={s} value={s}>
              {m[`size_${s}`]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {m.depth}
        <select value={state.depth} onChange={(e) => onChange({ depth: e.target.value === '2' ? 2 : 1 })}>
          <option value="1">{m.depth1}</option>
          <option value="2">{m.depth2}</option>
        </select>
      </label>
      <label className="kv-check">
        <input
          type="checkbox"
          checked={state.missing}
          onChange={(e) => onChange({ missing: e.target.checked })}
          data-testid="toggle-missing"
        />
        {m.missingToggle}
      </label>
      <label className="kv-check">
        <input
          type="checkbox"
          checked={state.reported}
          onChange={(e) => onChange({ reported: e.target.checked })}
          data-testid="toggle-reported"
        />
        {m.reportedToggle}
      </label>
    </div>
  );
}
