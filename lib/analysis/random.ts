/**
 * A small seeded PRNG (mulberry32): 32-bit state, period 2^32, good enough for Louvain's visiting
 * order, pivot sampling and synthetic benchmark graphs. Not for cryptography.
 */
export type Rng = () => number;

export function mulberry32(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Integer in [0, max). */
export function randomInt(rng: Rng, max: number): number {
  return Math.floor(rng() * max);
}

/** k distinct integers from [0, n), in random order (partial Fisher–Yates on a typed array). */
export function sampleIndices(rng: Rng, n: number, k: number): Int32Array {
  const take = Math.min(k, n);
  const pool = new Int32Array(n);
  for (let i = 0; i < n; i++) pool[i] = i;
  for (let i = 0; i < take; i++) {
    const j = i + randomInt(rng, n - i);
    const tmp = pool[i]!;
    pool[i] = pool[j]!;
    pool[j] = tmp;
  }
  return pool.slice(0, take);
}
