// npm run bench [-- --sizes 1000,10000,100000] [--no-peers] [--pivots 256]
// Times every measure of lib/analysis on seeded synthetic graphs (5 edges per node, two chains,
// 25 regions, 8 sectors) and, where python3 can import networkx / python-igraph, the same measures
// on the same graphs (scripts/bench/peers.py). Prints markdown tables: timings with ratios, the
// error of the pivot approximations against the exact values, and analyzeNetwork on demo-size data.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeNetwork } from '../lib/analysis/analyze';
import { betweennessArrays } from '../lib/analysis/betweenness';
import { brokerage, constraint } from '../lib/analysis/brokerage';
import { degreeArrays } from '../lib/analysis/centrality';
import { closenessArray } from '../lib/analysis/closeness';
import { louvain } from '../lib/analysis/communities';
import { toCsr, type Csr } from '../lib/analysis/csr';
import { eiIndex, groupDensityMatrix } from '../lib/analysis/groups';
import { eigenvectorArray, pagerankArray } from '../lib/analysis/spectral';
import { singlePointsOfFailure } from '../lib/analysis/spof';
import { components, diameter } from '../lib/analysis/structure';
import { demoNetwork } from '../test/fixtures/demo-network';
import { syntheticGraph } from './bench/graph';
import { fmtMs, markdownTable, timingTable, type Timing } from './bench/report';

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(name);
const option = (name: string, fallback: string) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] ? argv[i + 1]! : fallback;
};
const SIZES = option('--sizes', '1000,10000,100000').split(',').map(Number);
const PIVOTS = Number(option('--pivots', '256'));
const EXACT_LIMIT = 10_000; // exact betweenness / closeness / diameter only up to this size
const DIAMETER_BUDGET = 256;

function time(fn: () => unknown, budgetMs = 1500): number {
  let best = Infinity;
  let spent = 0;
  for (let i = 0; i < 5 && (i === 0 || spent < budgetMs); i++) {
    const start = performance.now();
    fn();
    const ms = performance.now() - start;
    best = Math.min(best, ms);
    spent += ms;
  }
  return best;
}

function oursFor(
  n: number,
  graph: ReturnType<typeof syntheticGraph>['graph'],
  csr: Csr,
): Record<string, Timing> {
  const t: Record<string, Timing> = {};
  const put = (name: string, fn: () => unknown, note = '') => {
    t[name] = { ms: time(fn), note };
    process.stderr.write(`  ${name} ${fmtMs(t[name]!.ms)} ms\n`);
  };
  put('toCsr', () => toCsr(graph));
  put('components', () => components(csr));
  if (n <= EXACT_LIMIT) put('diameter', () => diameter(csr));
  put(
    'diameterApprox',
    () => diameter(csr, { maxSearches: DIAMETER_BUDGET }),
    `at most ${DIAMETER_BUDGET} BFS, proven interval`,
  );
  put('degree', () => degreeArrays(csr));
  if (n <= EXACT_LIMIT) put('betweenness', () => betweennessArrays(csr));
  put('betweennessApprox', () => betweennessArrays(csr, { sample: PIVOTS }), `${PIVOTS} seeded pivots`);
  if (n <= EXACT_LIMIT) put('closeness', () => closenessArray(csr));
  put('closenessApprox', () => closenessArray(csr, { sample: PIVOTS }), `${PIVOTS} seeded pivots`);
  put('eigenvector', () => eigenvectorArray(csr));
  put('pagerank', () => pagerankArray(csr));
  let q = 0;
  put('louvain', () => (q = louvain(graph, { seed: 1 }).modularity));
  t.louvain!.note = '';
  process.stderr.write(`  (louvain modularity ${q.toFixed(4)})\n`);
  put('constraint', () => constraint(csr));
  put('articulation', () => singlePointsOfFailure(csr));
  put('eiIndex', () => eiIndex(graph, { attribute: 'chain' }));
  put('densityMatrix', () => groupDensityMatrix(graph, { attribute: 'regionCode' }));
  put('brokerage', () => brokerage(graph, { attribute: 'chain' }));
  return t;
}

// What the peers run at each size. networkx is pure Python: at 10,000 nodes exact betweenness and
// closeness are timed on 100 sources and scaled to n (Brandes and closeness cost the same per
// source); its diameter (one BFS at a time) and anything heavy at 100,000 nodes are left out.
function peerPlan(n: number) {
  const all = [
    'components',
    'diameter',
    'degree',
    'betweenness',
    'betweennessApprox',
    'closeness',
    'eigenvector',
    'pagerank',
    'louvain',
    'constraint',
    'articulation',
  ];
  const exact = (names: string[]) => Object.fromEntries(names.map((m) => [m, 'exact']));
  if (n <= 1000)
    return {
      pivots: PIVOTS,
      networkx: exact(all),
      igraph: exact(all.filter((m) => m !== 'betweennessApprox')),
    };
  if (n <= EXACT_LIMIT) {
    return {
      pivots: PIVOTS,
      networkx: {
        ...exact(all.filter((m) => m !== 'diameter')),
        betweenness: `extrapolate:100:${n}`,
        closeness: `extrapolate:100:${n}`,
        betweennessApprox: `extrapolate:64:${PIVOTS}`,
      },
      igraph: exact(all.filter((m) => m !== 'betweennessApprox')),
    };
  }
  return {
    pivots: PIVOTS,
    networkx: {
      ...exact(['components', 'degree', 'pagerank', 'articulation']),
      betweennessApprox: `extrapolate:8:${PIVOTS}`,
    },
    igraph: exact([
      'components',
      'degree',
      'eigenvector',
      'pagerank',
      'louvain',
      'constraint',
      'articulation',
    ]),
  };
}

function runPeers(
  n: number,
  src: Int32Array,
  dst: Int32Array,
  m: number,
): Record<string, Record<string, Timing>> | null {
  if (flag('--no-peers')) return null;
  const dir = mkdtempSync(join(tmpdir(), 'koppelvlak-bench-'));
  try {
    const lines: string[] = new Array(m);
    for (let e = 0; e < m; e++) lines[e] = `${src[e]}\t${dst[e]}`;
    writeFileSync(join(dir, 'edges.tsv'), `${lines.join('\n')}\n`);
    writeFileSync(join(dir, 'plan.json'), JSON.stringify(peerPlan(n)));
    const script = fileURLToPath(new URL('./bench/peers.py', import.meta.url));
    process.stderr.write(`  python peers (networkx, igraph) on ${n} nodes…\n`);
    const r = spawnSync('python3', [script, join(dir, 'edges.tsv'), String(n), join(dir, 'plan.json')], {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
      timeout: 30 * 60_000,
    });
    if (r.status !== 0) {
      process.stderr.write(
        `  peers unavailable: ${(r.stderr || r.error?.message || '').trim().split('\n').pop()}\n`,
      );
      return null;
    }
    const out = JSON.parse(r.stdout) as {
      versions: Record<string, string>;
      networkx: Record<string, Timing>;
      igraph: Record<string, Timing>;
    };
    versions = out.versions;
    return { networkx: out.networkx, igraph: out.igraph };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

let versions: Record<string, string> = {};

function approximationErrors(csr: Csr): string[][] {
  const exactB = betweennessArrays(csr).normalized;
  const approxB = betweennessArrays(csr, { sample: PIVOTS }).normalized;
  const order = Array.from(exactB.keys()).sort((a, b) => exactB[b]! - exactB[a]!);
  const top = order.slice(0, 100);
  const relTop = top.reduce((s, v) => s + Math.abs(approxB[v]! - exactB[v]!) / exactB[v]!, 0) / top.length;
  const approxOrder = Array.from(approxB.keys()).sort((a, b) => approxB[b]! - approxB[a]!);
  const top10 = new Set(order.slice(0, 10));
  const overlap = approxOrder.slice(0, 10).filter((v) => top10.has(v)).length;
  const exactC = closenessArray(csr);
  const approxC = closenessArray(csr, { sample: PIVOTS });
  let relSum = 0;
  let relMax = 0;
  let count = 0;
  for (let v = 0; v < csr.n; v++) {
    if (exactC[v] === 0) continue;
    const rel = Math.abs(approxC[v]! - exactC[v]!) / exactC[v]!;
    relSum += rel;
    relMax = Math.max(relMax, rel);
    count++;
  }
  const dExact = diameter(csr);
  const dSweep = diameter(csr, { method: 'sweep', sweeps: 4 });
  const dBudget = diameter(csr, { maxSearches: DIAMETER_BUDGET });
  return [
    [
      'betweenness',
      `${PIVOTS} seeded pivots, × n/k`,
      `mean relative error on the top 100 nodes ${(relTop * 100).toFixed(1)}%; top-10 overlap ${overlap}/10`,
    ],
    [
      'closeness',
      `${PIVOTS} seeded pivots (Eppstein–Wang)`,
      `mean relative error ${(100 * (relSum / count)).toFixed(2)}%, max ${(100 * relMax).toFixed(2)}%`,
    ],
    [
      'diameter',
      `bounding eccentricities stopped after ${DIAMETER_BUDGET} BFS`,
      `interval [${dBudget.diameter}, ${dBudget.upperBound}] around the exact ${dExact.diameter} (${dExact.searches} BFS); 4 double sweeps give ${dSweep.diameter}`,
    ],
  ];
}

const rows: Parameters<typeof timingTable>[0] = [];
let errors: string[][] = [];
for (const n of SIZES) {
  process.stderr.write(`graph of ${n} nodes…\n`);
  const { graph, src, dst, m } = syntheticGraph(n, { edgesPerNode: 5, seed: 1 });
  const csr = toCsr(graph);
  const ours = oursFor(n, graph, csr);
  const peers = runPeers(n, src, dst, m);
  for (const [measure, timing] of Object.entries(ours))
    rows.push({
      measure,
      n,
      ours: timing,
      networkx: peers?.networkx?.[measure],
      igraph: peers?.igraph?.[measure],
    });
  if (n === EXACT_LIMIT) errors = approximationErrors(csr);
}

const demo = demoNetwork();
analyzeNetwork(demo);
const demoMs = time(() => analyzeNetwork(demo), 3000);

const out: string[] = [];
out.push(
  `## lib/analysis benchmark (node ${process.version}${Object.entries(versions)
    .map(([k, v]) => `, ${k} ${v}`)
    .join('')})`,
  '',
);
out.push(
  'Synthetic graphs, seed 1, 5 ties per node (m ≈ 5n), half within one of 25 regions, half by preferential attachment. Best of up to 5 runs. Ratios > 1: we are faster.',
  '',
);
out.push(timingTable(rows), '');
if (errors.length > 0)
  out.push(
    `### Approximations, measured against the exact values on ${EXACT_LIMIT.toLocaleString('en')} nodes`,
    '',
    markdownTable(['measure', 'method', 'error'], errors),
    '',
  );
out.push(
  `### analyzeNetwork on demo-size data (${demo.organisations.length} organisations, ${demo.people.length} people, ${demo.contacts.length} contacts): ${fmtMs(demoMs)} ms (budget 1000 ms)`,
);
console.log(out.join('\n'));
