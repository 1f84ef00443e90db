import { describe, expect, it } from 'vitest';
import { regionShapes, thin } from '../../../lib/report/map';

describe('region map paths', () => {
  it('drops points closer than the threshold but keeps each ring closed and its last point', () => {
    expect(thin('M0,0L1,0L2,0L3,0L3,3L0,3Z')).toBe('M0,0L2,0L3,3L0,3Z');
    expect(thin('M0,0L10,0L10,10ZM20,20L21,20L20,21Z')).toBe('M0,0L10,0L10,10Z');
  });

  it('gives all 25 safety regions a path inside the box, lighter than the raw projection', () => {
    const { width, height, shapes } = regionShapes();
    expect(shapes).toHaveLength(25);
    for (const s of shapes) {
      expect(s.d).toMatch(/^M\d+,\d+L/);
      for (const [x, y] of s.d.match(/\d+,\d+/g)!.map((p) => p.split(',').map(Number) as [number, number])) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(width);
        expect(y).toBeGreaterThanOrEqual(0);
        expect(y).toBeLessThanOrEqual(height);
      }
    }
    expect(shapes.reduce((a, s) => a + s.d.length, 0)).toBeLessThan(30_000);
  });
});
