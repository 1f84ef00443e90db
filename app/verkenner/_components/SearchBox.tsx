'use client';
import { useId, useMemo, useState } from 'react';
import { suggest, type SearchEntry } from '@/lib/explorer/search';
import type { Messages } from '@/lib/i18n';

interface Props {
  index: SearchEntry[];
  m: Messages['explorer'];
  onPick: (entry: SearchEntry) => void;
}

/** A combobox (WAI-ARIA 1.2 pattern): type, arrow through suggestions, Enter to fly to the node. */
export function SearchBox({ index, m, onPick }: Props) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const results = useMemo(() => suggest(index, query, 8), [index, query]);
  const pick = (e: SearchEntry | undefined) => {
    if (!e) return;
    onPick(e);
    setQuery(e.label);
    setOpen(false);
  };
  return (
    <div className="kv-search">
      <label htmlFor={`${id}-input`}>{m.search}</label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        aria-expanded={open && results.length > 0}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={open && results[active] ? `${id}-opt-${active}` : undefined}
        placeholder={m.searchPlaceholder}
        value={query}
        autoComplete="off"
        data-testid="explorer-search"
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
            setActive((a) => Math.min(a + 1, results.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === 'Enter') {
            e.preventDefault();
            pick(results[active]);
          } else if (e.key === 'Escape') setOpen(false);
        }}
      />
      {open && query.trim() !== '' && (
        <ul id={`${id}-list`} role="listbox" className="kv-suggestions" aria-label={m.search}>
          {results.length === 0 && (
            <li role="option" aria-selected={false} aria-disabled="true">
              {m.noResults}
            </li>
          )}
          {results.map((r, i) => (
            <li
              key={r.key}
              id={`${id}-opt-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'kv-active' : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(r);
              }}
            >
              {r.label} <small>{m[`type_${r.type}`]}</small>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
