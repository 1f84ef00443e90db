import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildHitIndex, pickNode, type HitPoint } from '../../../lib/explorer/hit-index';

const pts = (xs: Array<[number, number]>): HitPoint[] =>
  xs.map(([x, y], i) => ({ key: `n${i}`, x, y, z: 0 }));

describe('hit index', () => {
  it('finds exactly the points within reach (same as checking them all)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.double({ min: -50, max: 50, noNaN: true }),
            fc.double({ min: -50, max: 50, noNaN: true }),
          ),
          {
            maxLength: 300,
          },
        ),
        fc.double({ min: -60, max: 60, noNaN: true }),
        fc.double({ min: -60, max: 60, noNaN: true }),
        fc.double({ min: 0, max: 20, noNaN: true }),
        (xy, x, y, reach) => {
          const points = pts(xy);
          const got = buildHitIndex(points)
            .near(x, y, reach)
            .map((p) => p.key)
            .sort();
          const want = points
            .filter((p) => (p.x - x) ** 2 + (p.y - y) ** 2 <= reach * reach)
            .map((p) => p.key)
            .sort();
          expect(got).toEqual(want);
        },
      ),
    );
  });

  it('handles no points and points on one spot', () => {
    expect(buildHitIndex([]).near(0, 0, 10)).toEqual([]);
    const same = pts([
      [1, 1],
      [1, 1],
    ]);
    expect(buildHitIndex(same).near(1, 1, 0)).toHaveLength(2);
  });

  it('picks the node drawn on top, then the nearest centre, and nothing outside the discs', () => {
    const a = { key: 'a', x: 0, y: 0, z: 0 };
    const b = { key: 'b', x: 3, y: 0, z: 1 };
    const c = { key: 'c', x: 1, y: 0, z: 0 };
    const screen = (p: HitPoint) => ({ x: p.x * 10, y: p.y * 10, radius: 25 });
    expect(pickNode([a, b, c], { x: 15, y: 0 }, screen)).toBe('b'); // on top although farther
    expect(pickNode([a, c], { x: 8, y: 0 }, screen)).toBe('c'); // nearest centre
    expect(pickNode([a, c], { x: 100, y: 0 }, screen)).toBeNull();
  });
});
