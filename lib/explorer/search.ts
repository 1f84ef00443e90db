// Search with suggestions over organisations, people and coalitions; accents and case ignored.
import type { NodeType } from './model';
import type { ExplorerPayload } from './payload';

/** 'Fryslân' → 'fryslan': decomposes accents, drops the marks, lower-cases, squeezes spaces. */
export function normalizeSearch(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export interface SearchEntry {
  key: string;
  label: string;
  type: NodeType;
  norm: string;
}

export function searchIndex(p: ExplorerPayload): SearchEntry[] {
  const entries: SearchEntry[] = [];
  const add = (ids: string[], names: string[], type: NodeType) =>
    ids.forEach((key, i) => entries.push({ key, label: names[i]!, type, norm: normalizeSearch(names[i]!) }));
  add(p.orgs.ids, p.orgs.names, 'organisatie');
  add(p.people.ids, p.people.names, 'persoon');
  add(p.coalitions.ids, p.coalitions.names, 'coalitie');
  return entries;
}

/** Best matches first: whole-name prefix, then word prefix, then anywhere; ties alphabetically. */
export function suggest(index: SearchEntry[], query: string, limit = 8): SearchEntry[] {
  const q = normalizeSearch(query);
  if (!q) return [];
  const scored: Array<[number, SearchEntry]> = [];
  for (const e of index) {
    const at = e.norm.indexOf(q);
    if (at < 0) continue;
    const rank = at === 0 ? 0 : e.norm[at - 1] === ' ' || e.norm[at - 1] === '-' ? 1 : 2;
    scored.push([rank, e]);
  }
  // Plain code-unit comparison: the names are normalised already, and localeCompare costs tens of
  // milliseconds when a short query matches thousands of people.
  const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  scored.sort((a, b) => a[0] - b[0] || cmp(a[1].norm, b[1].norm) || cmp(a[1].key, b[1].key));
  return scored.slice(0, limit).map(([, e]) => e);
}
