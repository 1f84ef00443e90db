import { UndirectedGraph } from 'graphology';
import { mulberry32, randomInt } from '../../lib/analysis/random';

export const REGIONS = 25;
export const SECTORS = [
  'energie',
  'drinkwater',
  'telecom',
  'waterbeheer',
  'financieel',
  'transport',
  'chemie',
  'nucleair',
];

export interface SyntheticGraph {
  graph: UndirectedGraph;
  /** Edges as pairs of node numbers (node key = String(number)), for the peer benchmark. */
  src: Int32Array;
  dst: Int32Array;
  m: number;
}

/**
 * A seeded benchmark graph: every node brings `edgesPerNode` ties to earlier nodes, half to a node of
 * its own region (so there are communities) and half by preferential attachment (so there are hubs).
 * Node attributes: chain (30% algemeen, 70% functioneel), regionCode VR01–VR25, sectorId.
 */
export function syntheticGraph(
  n: number,
  options: { edgesPerNode?: number; seed?: number } = {},
): SyntheticGraph {
  const per = options.edgesPerNode ?? 5;
  const rng = mulberry32(options.seed ?? 1);
  const region = new Int32Array(n);
  const members: number[][] = Array.from({ length: REGIONS }, () => []);
  const src = new Int32Array(n * per);
  const dst = new Int32Array(n * per);
  const ends = new Int32Array(2 * n * per);
  let m = 0;
  let endCount = 0;
  const chosen = new Int32Array(per);
  for (let i = 0; i < n; i++) {
    const r = randomInt(rng, REGIONS);
    region[i] = r;
    const k = Math.min(per, i);
    let got = 0;
    let attempts = 0;
    while (got < k && attempts < 50 * per) {
      attempts++;
      const local = members[r]!;
      const t =
        rng() < 0.5 && local.length > 0
          ? local[randomInt(rng, local.length)]!
          : endCount > 0 && rng() < 0.8
            ? ends[randomInt(rng, endCount)]!
            : randomInt(rng, i);
      let dup = false;
      for (let j = 0; j < got; j++) if (chosen[j] === t) dup = true;
      if (dup) continue;
      chosen[got++] = t;
      src[m] = i;
      dst[m] = t;
      m++;
      ends[endCount++] = i;
      ends[endCount++] = t;
    }
    members[r]!.push(i);
  }
  const graph = new UndirectedGraph();
  for (let i = 0; i < n; i++) {
    graph.addNode(String(i), {
      chain: rng() < 0.3 ? 'algemeen' : 'functioneel',
      regionCode: `VR${String(region[i]! + 1).padStart(2, '0')}`,
      sectorId: SECTORS[randomInt(rng, SECTORS.length)]!,
    });
  }
  for (let e = 0; e < m; e++) graph.addEdge(String(src[e]), String(dst[e]));
  return { graph, src, dst, m };
}
