import { scaleSequential } from 'd3-scale';
import { interpolateCividis } from 'd3-scale-chromatic';

const scale = scaleSequential(interpolateCividis).domain([0, 1]);

/** Cividis colour for coverage 0–1 (colour-blind safe, perceptually uniform). */
export function coverageColourHex(v: number): string {
  return scale(Math.max(0, Math.min(1, v)));
}
