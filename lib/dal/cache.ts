import type { Viewer } from '../auth/viewer';
import { can } from '../auth/permissions';
import type { NetworkData } from '../domain/network';
import { currentRevisions, forgetRevision, type Revisions } from '../db/revision';
import { runQuery } from '../db/run';
import { processShared } from '../runtime/shared';

// The one home of the dal's caches: what a cached value is keyed on and when it is stale.
//
// - Key: the cache's name, the viewer's visibility scope (a Scope only scopeOf or SHARED can make,
//   so no cache can be keyed without one), the locale, the as-of date and a variant (a layout
//   version, a content hash, the set of closed gaps) — one text built here, never by callers.
// - Stale: each cache names the change counters it depends on (lib/db/revision.ts: 'network',
//   'gapStates'); an entry computed at other counter values is recomputed. Counters move in the
//   transaction of every change, so another process's change shows within REVISION_CHECK_MS and
//   every process rebuilds the same values: nothing here is state a user depends on.
// - invalidateCaches(): this process committed something (or a test wants a cold start).
// - memo(): values derived from a cached object (keyed on its identity: they go with it).
//
// One store per process, shared by Next's separate bundles (lib/runtime/shared.ts).

declare const scopeBrand: unique symbol;
/** A visibility scope: viewers of one scope may be shown exactly the same data. */
export type Scope = string & { readonly [scopeBrand]: true };

/** For data without any part that depends on who asks (callers have checked the permission). */
export const SHARED = 'shared' as Scope;
/** Roles that see the whole network (and the aggregate-only roles, whose figures count it all). */
export const ALL = 'all' as Scope;

export type Dependency = keyof Revisions;
export type Locale = 'nl' | 'en';

export interface CacheKey {
  scope: Scope;
  locale?: Locale;
  asOf?: string;
  /** What else the value depends on that the change counters do not cover. */
  variant?: string;
}

/** The text a value is stored under: unambiguous whatever the parts contain. */
export function keyText(name: string, key: CacheKey): string {
  return JSON.stringify([name, key.scope, key.locale ?? null, key.asOf ?? null, key.variant ?? null]);
}

/** The counter values an entry is valid for. */
export function stampOf(dependsOn: readonly Dependency[], revisions: Revisions): string {
  return dependsOn.map((d) => `${d}=${revisions[d]}`).join(';');
}

export interface CacheOptions {
  /** The change counters whose move makes an entry stale ([] : only the key decides). */
  dependsOn: readonly Dependency[];
  /** Entries kept (the least recently used go first). */
  max: number;
}

export interface Cache<V> {
  /** The value under `key`, computed by `compute` when absent or stale; concurrent callers share one computation. */
  get(key: CacheKey, compute: () => Promise<V>): Promise<V>;
  /** Entries held now (tests, diagnostics). */
  size(): number;
}

interface Variants {
  texts: Map<string, unknown>;
  objects: WeakMap<object, unknown>;
}

interface Entry {
  stamp: string;
  epoch: number;
  value: Promise<unknown>;
}

export interface CacheStore {
  define<V>(name: string, options: CacheOptions): Cache<V>;
  memo<K extends object, V>(name: string, options?: MemoOptions): Memo<K, V>;
  /** Every entry is stale from now on (the next get recomputes). */
  invalidate(): void;
}

export interface MemoOptions {
  /** Text variants kept per object (the least recently used go first); default: all. */
  maxVariants?: number;
}

export interface Memo<K extends object, V> {
  /** `derive()` once per object and variant (a text, or a second object kept weakly). */
  get(of: K, variant: string | object, derive: () => V): V;
}

/** A cache store reading the counters from `revisions` (the app's: Neo4j; unit tests: a fake). */
export function createCacheStore(revisions: () => Promise<Revisions>, onInvalidate = () => {}): CacheStore {
  const maps = new Map<string, Map<string, Entry>>();
  const memos = new Map<string, WeakMap<object, Variants>>();
  let epoch = 0;
  return {
    define<V>(name: string, { dependsOn, max }: CacheOptions): Cache<V> {
      let map = maps.get(name);
      if (!map) maps.set(name, (map = new Map()));
      const entries = map;
      return {
        size: () => entries.size,
        async get(key, compute) {
          const stamp = dependsOn.length ? stampOf(dependsOn, await revisions()) : '';
          const text = keyText(name, key);
          const hit = entries.get(text);
          if (hit && hit.stamp === stamp && hit.epoch === epoch) {
            entries.delete(text); // most recently used last
            entries.set(text, hit);
            return hit.value as Promise<V>;
          }
          const value = compute();
          entries.delete(text);
          entries.set(text, { stamp, epoch, value });
          while (entries.size > max) entries.delete(entries.keys().next().value as string);
          value.catch(() => {
            if (entries.get(text)?.value === value) entries.delete(text);
          });
          return value;
        },
      };
    },
    memo<K extends object, V>(name: string, { maxVariants = Infinity }: MemoOptions = {}): Memo<K, V> {
      let weak = memos.get(name);
      if (!weak) memos.set(name, (weak = new WeakMap()));
      const byObject = weak;
      return {
        get(of, variant, derive) {
          let held = byObject.get(of);
          if (!held) byObject.set(of, (held = { texts: new Map(), objects: new WeakMap() }));
          if (typeof variant === 'string') {
            const texts = held.texts;
            const value = texts.has(variant) ? texts.get(variant) : derive();
            texts.delete(variant);
            texts.set(variant, value);
            while (texts.size > maxVariants) texts.delete(texts.keys().next().value as string);
            return value as V;
          }
          if (!held.objects.has(variant)) held.objects.set(variant, derive());
          return held.objects.get(variant) as V;
        },
      };
    },
    invalidate() {
      epoch++;
      onInvalidate();
    },
  };
}

const store = processShared('caches', () => createCacheStore(currentRevisions, forgetRevision));

/** A named cache of this process (the same one from every bundle). */
export function defineCache<V>(name: string, options: CacheOptions): Cache<V> {
  return store.define<V>(name, options);
}

/** Values derived from a cached object, kept as long as that object is. */
export function defineMemo<K extends object, V>(name: string, options?: MemoOptions): Memo<K, V> {
  return store.memo<K, V>(name, options);
}

/** This process committed a change (or a test wants cold caches): every cached value is recomputed. */
export function invalidateCaches(): void {
  store.invalidate();
}

// ---- visibility scopes ----

/** A scope with what it may contain: the confidential koppelvlakken its viewers may see. */
export interface VisibilityScope {
  key: Scope;
  /** null: all of them (regisseur, projectteam; aggregate roles count them, never show them). */
  confidentialIds: ReadonlySet<string> | null;
}

/** Members' scopes per organisation set, recomputed when the network changes. */
const memberScopes = defineCache<VisibilityScope>('member-scopes', { dependsOn: ['network'], max: 5_000 });

/** The scope key of a member who may see `ids` (the confidential koppelvlakken they are party to). */
export function memberScopeKey(ids: readonly string[]): Scope {
  return (ids.length ? `member:${[...ids].sort().join(',')}` : 'member:none') as Scope;
}

/**
 * The visibility scope of a viewer. Roles that see everything share ALL, and so do the aggregate
 * roles (their results are reduced to numbers before they leave the dal). Members see the network
 * minus the confidential koppelvlakken their organisations are not party to, so members whose
 * organisations are party to the same confidential koppelvlakken (usually: none) share one scope:
 * its key is that set of koppelvlak ids, never the organisations themselves.
 */
export async function scopeOf(viewer: Viewer): Promise<VisibilityScope> {
  if (!can(viewer, 'network:read') || can(viewer, 'confidential:read'))
    return { key: ALL, confidentialIds: null };
  const orgs = [...viewer.organisationIds].sort();
  return memberScopes.get({ scope: SHARED, variant: orgs.join(',') }, async () => {
    const ids = orgs.length
      ? (await runQuery('get-confidential-koppelvlak-ids', { orgIds: orgs })).map((r) => r.id)
      : [];
    return { key: memberScopeKey(ids), confidentialIds: new Set(ids) };
  });
}

/**
 * The network cut to what a scope may contain: its confidential koppelvlakken and no reference to
 * others (an agreement covering one keeps only the koppelvlakken the scope sees). The loader
 * already filters per viewer; this also makes a cached entry hold exactly its scope's koppelvlakken
 * when one was added between reading the scope and loading the network (it shows once the counter
 * moves).
 */
export function restrictToScope(network: NetworkData, scope: VisibilityScope): NetworkData {
  const allowed = scope.confidentialIds;
  if (!allowed) return network;
  const koppelvlakken = network.koppelvlakken.filter((k) => !k.confidential || allowed.has(k.id));
  const visible = new Set(koppelvlakken.map((k) => k.id));
  const agreements = network.agreements.map((a) =>
    a.koppelvlakIds.every((id) => visible.has(id))
      ? a
      : { ...a, koppelvlakIds: a.koppelvlakIds.filter((id) => visible.has(id)) },
  );
  return { ...network, koppelvlakken, agreements };
}
