// The explorer's state as it lives in the URL: view, filters, focus, appearance and camera. A shared
// link reproduces the same picture (the server still decides what the viewer may see).
import {
  AGREEMENT_STATUSES,
  CHAINS,
  PROCESS_CATEGORIES,
  type AgreementStatus,
  type Chain,
  type ProcessCategory,
} from '../domain/enums';
import { EVIDENCE_TYPES, VIEWS, type EvidenceKind, type View } from './payload';

export const COLOR_BY = [
  'keten',
  'sector',
  'regio',
  'community',
  'coalitie',
  'vertrouwen',
  'waarde',
] as const;
export type ColorBy = (typeof COLOR_BY)[number];
export const SIZE_BY = ['degree', 'betweenness', 'ei', 'dekking', 'vertrouwen', 'waarde'] as const;
export type SizeBy = (typeof SIZE_BY)[number];

export interface Filters {
  chain: Chain[];
  sector: string[];
  region: string[];
  coalition: string[];
  rel: EvidenceKind[];
  status: AgreementStatus[];
  cat: ProcessCategory[];
  from: string | null;
  to: string | null;
}

export interface Camera {
  x: number;
  y: number;
  ratio: number;
}

export interface ExplorerState {
  view: View;
  filters: Filters;
  focus: string | null;
  depth: 1 | 2;
  missing: boolean;
  /** Draw the ties reported in the latest closed survey round (confirmed solid, unconfirmed dotted). */
  reported: boolean;
  color: ColorBy;
  size: SizeBy;
  camera: Camera | null;
  /** A cascade scenario to highlight: a saved scenario's id or its query string (lib/domain/scenario.ts). */
  scenario: string | null;
}

export const EMPTY_FILTERS: Filters = {
  chain: [],
  sector: [],
  region: [],
  coalition: [],
  rel: [],
  status: [],
  cat: [],
  from: null,
  to: null,
};

export const DEFAULT_STATE: ExplorerState = {
  view: 'organisaties',
  filters: EMPTY_FILTERS,
  focus: null,
  depth: 1,
  missing: false,
  reported: false,
  color: 'keten',
  size: 'degree',
  camera: null,
  scenario: null,
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[\w.:@-]{1,120}$/u;

function list<T extends string>(raw: string | null, allowed?: readonly T[]): T[] {
  if (!raw) return [];
  const out: T[] = [];
  for (const part of raw.split(',')) {
    const v = part.trim();
    if (!v || out.includes(v as T)) continue;
    if (allowed ? (allowed as readonly string[]).includes(v) : ID.test(v)) out.push(v as T);
  }
  return out.slice(0, 100);
}
const one = <T extends string>(raw: string | null, allowed: readonly T[], fallback: T): T =>
  raw !== null && (allowed as readonly string[]).includes(raw) ? (raw as T) : fallback;

/** Reads the state from URL search params; unknown or malformed values fall back to defaults. */
export function parseState(params: URLSearchParams): ExplorerState {
  const date = (k: string) => {
    const v = params.get(k);
    return v && DATE.test(v) ? v : null;
  };
  let camera: Camera | null = null;
  const cam = params.get('cam')?.split(',').map(Number);
  if (cam && cam.length === 3 && cam.every(Number.isFinite) && cam[2]! > 0)
    camera = { x: cam[0]!, y: cam[1]!, ratio: cam[2]! };
  const focus = params.get('focus');
  return {
    view: one(params.get('v'), VIEWS, 'organisaties'),
    filters: {
      chain: list(params.get('chain'), CHAINS),
      sector: list(params.get('sector')),
      region: list(params.get('region')),
      coalition: list(params.get('coal')),
      rel: list(params.get('rel'), EVIDENCE_TYPES),
      status: list(params.get('status'), AGREEMENT_STATUSES),
      cat: list(params.get('cat'), PROCESS_CATEGORIES),
      from: date('from'),
      to: date('to'),
    },
    focus: focus && ID.test(focus) ? focus : null,
    depth: params.get('depth') === '2' ? 2 : 1,
    missing: params.get('gaps') === '1',
    reported: params.get('enq') === '1',
    color: one(params.get('color'), COLOR_BY, 'keten'),
    size: one(params.get('size'), SIZE_BY, 'degree'),
    camera,
    scenario: scenarioParam(params.get('scenario')),
  };
}

/** The scenario reference as given (checked by lib/domain/scenario.ts when it is fetched); bounded in length. */
function scenarioParam(raw: string | null): string | null {
  const v = raw?.trim() ?? '';
  return v === '' || v.length > 2000 ? null : v;
}

const r = (x: number) => String(Math.round(x * 10000) / 10000);

/** Writes the state as search params; defaults are left out so links stay short. */
export function serializeState(s: ExplorerState): URLSearchParams {
  const p = new URLSearchParams();
  if (s.view !== 'organisaties') p.set('v', s.view);
  const f = s.filters;
  const lists: Array<[string, string[]]> = [
    ['chain', f.chain],
    ['sector', f.sector],
    ['region', f.region],
    ['coal', f.coalition],
    ['rel', f.rel],
    ['status', f.status],
    ['cat', f.cat],
  ];
  for (const [k, v] of lists) if (v.length) p.set(k, v.join(','));
  if (f.from) p.set('from', f.from);
  if (f.to) p.set('to', f.to);
  if (s.focus) p.set('focus', s.focus);
  if (s.depth === 2) p.set('depth', '2');
  if (s.missing) p.set('gaps', '1');
  if (s.reported) p.set('enq', '1');
  if (s.color !== 'keten') p.set('color', s.color);
  if (s.size !== 'degree') p.set('size', s.size);
  if (s.scenario) p.set('scenario', s.scenario);
  if (s.camera) p.set('cam', [s.camera.x, s.camera.y, s.camera.ratio].map(r).join(','));
  return p;
}

export type ChipKey = Exclude<keyof Filters, 'from' | 'to'> | 'from' | 'to';

/** The active filters as removable chips: one per value. */
export function filterChips(f: Filters): Array<{ key: ChipKey; value: string }> {
  const chips: Array<{ key: ChipKey; value: string }> = [];
  for (const key of ['chain', 'sector', 'region', 'coalition', 'rel', 'status', 'cat'] as const)
    for (const value of f[key]) chips.push({ key, value });
  if (f.from) chips.push({ key: 'from', value: f.from });
  if (f.to) chips.push({ key: 'to', value: f.to });
  return chips;
}

export function removeChip(f: Filters, key: ChipKey, value: string): Filters {
  if (key === 'from' || key === 'to') return { ...f, [key]: null };
  return { ...f, [key]: (f[key] as string[]).filter((v) => v !== value) };
}
