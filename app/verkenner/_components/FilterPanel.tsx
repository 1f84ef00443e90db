'use client';
import { AGREEMENT_STATUSES, CHAINS, PROCESS_CATEGORIES } from '@/lib/domain/enums';
import { EVIDENCE_TYPES, type ExplorerPayload } from '@/lib/explorer/payload';
import { filterChips, removeChip, type Filters } from '@/lib/explorer/state';
import { fmt } from '@/lib/i18n/define';
import type { Messages } from '@/lib/i18n';

type M = Messages['explorer'];
type ListKey = 'chain' | 'sector' | 'region' | 'coalition' | 'rel' | 'status' | 'cat';

export function optionsFor(
  p: ExplorerPayload,
  m: M,
): Record<ListKey, Array<{ value: string; label: string }>> {
  return {
    chain: CHAINS.map((c) => ({ value: c, label: m[`chain_${c}`] })),
    sector: p.sectors.ids.map((id, i) => ({ value: id, label: p.sectors.names[i]! })),
    region: p.regions.codes.map((c, i) => ({ value: c, label: `${p.regions.names[i]} (${c})` })),
    coalition: p.coalitions.ids.map((id, i) => ({ value: id, label: p.coalitions.names[i]! })),
    rel: EVIDENCE_TYPES.map((r) => ({ value: r, label: m[`rel_${r}`] })),
    status: AGREEMENT_STATUSES.map((s) => ({ value: s, label: m[`status_${s}`] })),
    cat: PROCESS_CATEGORIES.map((c) => ({ value: c, label: m[`cat_${c}`] })),
  };
}

const LISTS: Array<[ListKey, keyof M]> = [
  ['chain', 'f_chain'],
  ['sector', 'f_sector'],
  ['region', 'f_region'],
  ['coalition', 'f_coalition'],
  ['rel', 'f_rel'],
  ['status', 'f_status'],
  ['cat', 'f_cat'],
];

interface Props {
  payload: ExplorerPayload;
  filters: Filters;
  m: M;
  onChange: (f: Filters) => void;
}

export function FilterPanel({ payload, filters, m, onChange }: Props) {
  const options = optionsFor(payload, m);
  const toggle = (key: ListKey, value: string, on: boolean) => {
    const cur = filters[key] as string[];
    onChange({ ...filters, [key]: on ? [...cur, value] : cur.filter((v) => v !== value) });
  };
  return (
    <details className="kv-filters" data-testid="filter-panel">
      <summary>{m.filters}</summary>
      <div className="kv-filter-grid">
        {LISTS.map(([key, title]) => (
          <fieldset key={key}>
            <legend>{m[title]}</legend>
            <div className="kv-filter-list">
              {options[key].map((o) => (
                <label key={o.value}>
                  <input
                    type="checkbox"
                    checked={(filters[key] as string[]).includes(o.value)}
                    onChange={(e) => toggle(key, o.value, e.target.checked)}
                    data-testid={`filter-${key}-${o.value}`}
                  />
                  {o.label}
                </label>
              ))}
            </div>
          </fieldset>
        ))}
        <fieldset>
          <legend>{m.f_from}</legend>
          <input
            type="date"
            aria-label={m.f_from}
            value={filters.from ?? ''}
            onChange={(e) => onChange({ ...filters, from: e.target.value || null })}
          />
          <label className="kv-block">
            {m.f_to}
            <input
              type="date"
              value={filters.to ?? ''}
              onChange={(e) => onChange({ ...filters, to: e.target.value || null })}
            />
          </label>
        </fieldset>
      </div>
    </details>
  );
}

export function FilterChips({ payload, filters, m, onChange }: Props) {
  const chips = filterChips(filters);
  if (!chips.length) return null;
  const options = optionsFor(payload, m);
  const labelOf = (key: string, value: string) => {
    if (key === 'from') return `${m.f_from}: ${value}`;
    if (key === 'to') return `${m.f_to}: ${value}`;
    return options[key as ListKey].find((o) => o.value === value)?.label ?? value;
  };
  return (
    <ul className="kv-chips" aria-label={m.filters} data-testid="filter-chips">
      {chips.map((c) => {
        const label = labelOf(c.key, c.value);
        return (
          <li key={`${c.key}:${c.value}`} className="chip">
            {label}
            <button
              type="button"
              className="kv-chip-x"
              aria-label={fmt(m.removeFilter, { name: label })}
              onClick={() => onChange(removeChip(filters, c.key, c.value))}
            >
              ×
            </button>
          </li>
        );
      })}
      <li>
        <button
          type="button"
          className="secondary"
          onClick={() =>
            onChange({
              chain: [],
              sector: [],
              region: [],
              coalition: [],
              rel: [],
              status: [],
              cat: [],
              from: null,
              to: null,
            })
          }
        >
          {m.clearFilters}
        </button>
      </li>
    </ul>
  );
}
