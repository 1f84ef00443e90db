import { describe, expect, it } from 'vitest';
import {
  ALL,
  createCacheStore,
  keyText,
  memberScopeKey,
  restrictToScope,
  SHARED,
  stampOf,
  type Scope,
} from '../../../lib/dal/cache';
import type { Revisions } from '../../../lib/db/revision';
import { emptyNetwork } from '../../../lib/domain/network';
import type { Agreement, Koppelvlak } from '../../../lib/domain/model';

// The key and invalidation rules of lib/dal/cache.ts, against a fake pair of change counters.

function fakeCounters() {
  const now: Revisions = { network: 1, gapStates: 1 };
  let forgotten = 0;
  const store = createCacheStore(
    async () => ({ ...now }),
    () => forgotten++,
  );
  return { now, store, forgotten: () => forgotten };
}

/** A compute function that counts its calls and returns `value-<n>`. */
function counter() {
  let n = 0;
  const compute = () => Promise.resolve(`value-${++n}`);
  return { compute, calls: () => n };
}

describe('keyText', () => {
  it('separates every part, whatever the parts contain', () => {
    const a = keyText('x', { scope: 'member:a|b' as Scope, locale: 'nl' });
    const b = keyText('x', { scope: 'member:a' as Scope, locale: 'nl', variant: 'b' });
    expect(a).not.toBe(b);
    expect(keyText('x', { scope: ALL })).not.toBe(keyText('y', { scope: ALL }));
    expect(keyText('x', { scope: ALL, locale: 'nl' })).not.toBe(keyText('x', { scope: ALL, locale: 'en' }));
    expect(keyText('x', { scope: ALL, asOf: '2026-01-01' })).not.toBe(keyText('x', { scope: ALL }));
  });
});

describe('stampOf', () => {
  it('names only the counters a cache depends on', () => {
    expect(stampOf(['network'], { network: 3, gapStates: 9 })).toBe('network=3');
    expect(stampOf([], { network: 3, gapStates: 9 })).toBe('');
    expect(stampOf(['network', 'gapStates'], { network: 3, gapStates: 9 })).toBe('network=3;gapStates=9');
  });
});

describe('createCacheStore', () => {
  it('keeps one value per scope, locale and as-of date, never handing one scope another scope’s value', async () => {
    const { store } = fakeCounters();
    const cache = store.define<string>('page', { dependsOn: ['network'], max: 10 });
    const member = memberScopeKey([]);
    expect(await cache.get({ scope: ALL, locale: 'nl' }, async () => 'all-nl')).toBe('all-nl');
    expect(await cache.get({ scope: member, locale: 'nl' }, async () => 'member-nl')).toBe('member-nl');
    expect(await cache.get({ scope: ALL, locale: 'en' }, async () => 'all-en')).toBe('all-en');
    expect(await cache.get({ scope: member, locale: 'nl' }, async () => 'recomputed')).toBe('member-nl');
    expect(await cache.get({ scope: ALL, locale: 'nl' }, async () => 'recomputed')).toBe('all-nl');
    expect(cache.size()).toBe(3);
  });

  it('recomputes when a counter it depends on moves, and only then', async () => {
    const { now, store } = fakeCounters();
    const net = store.define<string>('net', { dependsOn: ['network'], max: 10 });
    const gaps = store.define<string>('gaps', { dependsOn: ['gapStates'], max: 10 });
    const n = counter();
    const g = counter();
    await net.get({ scope: ALL }, n.compute);
    await gaps.get({ scope: SHARED }, g.compute);
    now.gapStates++;
    expect(await net.get({ scope: ALL }, n.compute)).toBe('value-1');
    expect(await gaps.get({ scope: SHARED }, g.compute)).toBe('value-2');
    now.network++;
    expect(await net.get({ scope: ALL }, n.compute)).toBe('value-2');
    expect(await gaps.get({ scope: SHARED }, g.compute)).toBe('value-2');
    expect([n.calls(), g.calls()]).toEqual([2, 2]);
  });

  it('a cache that depends on no counter keeps its value until invalidated', async () => {
    const { now, store, forgotten } = fakeCounters();
    const cache = store.define<string>('fixed', { dependsOn: [], max: 10 });
    const c = counter();
    await cache.get({ scope: SHARED, variant: 'v1' }, c.compute);
    now.network += 5;
    expect(await cache.get({ scope: SHARED, variant: 'v1' }, c.compute)).toBe('value-1');
    store.invalidate();
    expect(forgotten()).toBe(1);
    expect(await cache.get({ scope: SHARED, variant: 'v1' }, c.compute)).toBe('value-2');
  });

  it('shares one computation between concurrent callers and forgets a failed one', async () => {
    const { store } = fakeCounters();
    const cache = store.define<string>('shared', { dependsOn: ['network'], max: 10 });
    let calls = 0;
    const slow = () => new Promise<string>((r) => setTimeout(() => r(`v${++calls}`), 10));
    const [a, b] = await Promise.all([cache.get({ scope: ALL }, slow), cache.get({ scope: ALL }, slow)]);
    expect([a, b, calls]).toEqual(['v1', 'v1', 1]);

    const failing = store.define<string>('failing', { dependsOn: [], max: 10 });
    await expect(failing.get({ scope: ALL }, () => Promise.reject(new Error('down')))).rejects.toThrow(
      'down',
    );
    await new Promise((r) => setTimeout(r, 0));
    expect(await failing.get({ scope: ALL }, async () => 'back')).toBe('back');
  });

  it('drops the least recently used entry beyond max', async () => {
    const { store } = fakeCounters();
    const cache = store.define<string>('small', { dependsOn: [], max: 2 });
    const c = counter();
    await cache.get({ scope: SHARED, variant: 'a' }, c.compute); // value-1
    await cache.get({ scope: SHARED, variant: 'b' }, c.compute); // value-2
    await cache.get({ scope: SHARED, variant: 'a' }, c.compute); // hit: a is now the newest
    await cache.get({ scope: SHARED, variant: 'c' }, c.compute); // value-3, drops b
    expect(await cache.get({ scope: SHARED, variant: 'a' }, c.compute)).toBe('value-1');
    expect(await cache.get({ scope: SHARED, variant: 'b' }, c.compute)).toBe('value-4');
  });

  it('memo: derives once per object and variant, text or object', () => {
    const { store } = fakeCounters();
    const memo = store.memo<object, number>('derived', { maxVariants: 2 });
    const of = {};
    const other = {};
    let n = 0;
    expect(memo.get(of, 'x', () => ++n)).toBe(1);
    expect(memo.get(of, 'x', () => ++n)).toBe(1);
    expect(memo.get(other, 'x', () => ++n)).toBe(2);
    expect(memo.get(of, other, () => ++n)).toBe(3);
    expect(memo.get(of, other, () => ++n)).toBe(3);
    memo.get(of, 'y', () => ++n); // 4
    memo.get(of, 'z', () => ++n); // 5: drops x (two text variants kept)
    expect(memo.get(of, 'x', () => ++n)).toBe(6);
  });

  it('one store per name: two definitions of the same cache share entries (as two bundles do)', async () => {
    const { store } = fakeCounters();
    await store.define<string>('twice', { dependsOn: [], max: 5 }).get({ scope: ALL }, async () => 'first');
    expect(
      await store
        .define<string>('twice', { dependsOn: [], max: 5 })
        .get({ scope: ALL }, async () => 'second'),
    ).toBe('first');
  });
});

describe('visibility scopes', () => {
  it('members share a scope exactly when they may see the same confidential koppelvlakken', () => {
    expect(memberScopeKey([])).toBe('member:none');
    expect(memberScopeKey(['k2', 'k1'])).toBe(memberScopeKey(['k1', 'k2']));
    expect(memberScopeKey(['k1'])).not.toBe(memberScopeKey(['k1', 'k2']));
    expect(memberScopeKey(['k1'])).not.toBe(ALL);
  });

  it('restrictToScope keeps only the scope’s confidential koppelvlakken', () => {
    const k = (id: string, confidential: boolean) => ({ id, confidential }) as Koppelvlak;
    const network = {
      ...emptyNetwork('2026-01-01'),
      koppelvlakken: [k('open', false), k('mine', true), k('theirs', true)],
    };
    const cut = restrictToScope(network, {
      key: memberScopeKey(['mine']),
      confidentialIds: new Set(['mine']),
    });
    expect(cut.koppelvlakken.map((x) => x.id)).toEqual(['open', 'mine']);
    expect(restrictToScope(network, { key: ALL, confidentialIds: null })).toBe(network);
  });

  it('restrictToScope drops references to koppelvlakken outside the scope', () => {
    const network = {
      ...emptyNetwork('2026-01-01'),
      koppelvlakken: [{ id: 'mine', confidential: true } as Koppelvlak],
      agreements: [{ id: 'a', koppelvlakIds: ['mine', 'theirs'] } as Agreement],
    };
    const cut = restrictToScope(network, {
      key: memberScopeKey(['mine']),
      confidentialIds: new Set(['mine']),
    });
    expect(cut.agreements[0]!.koppelvlakIds).toEqual(['mine']);
  });
});
