// npm run analyze -- <file> [--nodes <file>] [--group <attribute>] [--weighted] [--json] [--seed <n>]
// Reads a graph (CSV edge list, GEXF, GraphML or graphology JSON) and prints network measures, the
// measures of every node, communities with modularity and, with --group, cross-group densities,
// E-I index and brokerage roles. Exit code 2 for a malformed file or bad arguments.
import { readFileSync } from 'node:fs';
import { AnalysisInputError, GraphFileError } from '../lib/analysis/errors';
import { brokerage } from '../lib/analysis/brokerage';
import { nodeMetrics } from '../lib/analysis/centrality';
import { louvain } from '../lib/analysis/communities';
import { eiIndex, groupDensityMatrix } from '../lib/analysis/groups';
import { parseGraph } from '../lib/analysis/io';
import { networkMeasures } from '../lib/analysis/structure';

const USAGE =
  'usage: npm run analyze -- <file> [--nodes <file>] [--group <attribute>] [--weighted] [--json] [--seed <n>]';

class UsageError extends Error {}

interface Args {
  file: string;
  nodes: string | null;
  group: string | null;
  weighted: boolean;
  json: boolean;
  seed: number;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { file: '', nodes: null, group: null, weighted: false, json: false, seed: 42 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === '--nodes') args.nodes = value();
    else if (a === '--group') args.group = value();
    else if (a === '--weighted') args.weighted = true;
    else if (a === '--json') args.json = true;
    else if (a === '--seed') {
      args.seed = Number(value());
      if (!Number.isInteger(args.seed)) throw new UsageError('--seed needs a whole number');
    } else if (a === '--help' || a === '-h') throw new UsageError('');
    else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
    else if (args.file === '') args.file = a;
    else throw new UsageError(`one graph file expected, got also ${a}`);
  }
  if (args.file === '') throw new UsageError('no graph file given');
  return args;
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new GraphFileError(
      file,
      null,
      'a readable file',
      (error as NodeJS.ErrnoException).code ?? String(error),
    );
  }
}

function run(args: Args) {
  const graph = parseGraph(readText(args.file), {
    file: args.file,
    ...(args.nodes ? { nodesText: readText(args.nodes), nodesFile: args.nodes } : {}),
  });
  const weighted = args.weighted ? 'weight' : false;
  const measures = networkMeasures(graph);
  const { metrics, converged } = nodeMetrics(graph, { weighted });
  const communities = graph.size > 0 ? louvain(graph, { seed: args.seed, weighted }) : null;
  const nodeTable: Record<string, Record<string, number | null>> = {};
  for (const [id, m] of Object.entries(metrics)) {
    nodeTable[id] = {
      degree: m.degree,
      degreeCentrality: m.degreeCentrality,
      betweenness: m.betweenness,
      closeness: m.closeness,
      eigenvector: m.eigenvector,
      pagerank: m.pagerank,
      community: communities?.communities[id] ?? 0,
    };
  }
  let groups = null;
  if (args.group) {
    const matrix = groupDensityMatrix(graph, { attribute: args.group });
    const ei = eiIndex(graph, { attribute: args.group });
    let roles: ReturnType<typeof brokerage>['roles'] | null = null;
    let brokerageNote: string | null = null;
    try {
      roles = brokerage(graph, { attribute: args.group }).roles;
    } catch (error) {
      if (!(error instanceof AnalysisInputError)) throw error;
      brokerageNote = error.message;
    }
    groups = {
      attribute: args.group,
      groups: matrix.groups,
      sizes: matrix.sizes,
      ties: matrix.ties,
      possible: matrix.possible,
      density: matrix.density,
      eiIndex: { overall: ei.overall, byGroup: ei.byGroup },
      brokerage: roles,
      ...(brokerageNote ? { brokerageNote } : {}),
    };
  }
  return {
    file: args.file,
    directed: measures.directed,
    nodes: measures.nodes,
    edges: measures.edges,
    density: measures.density,
    averageDegree: measures.averageDegree,
    components: measures.components,
    componentSizes: measures.componentSizes,
    diameter: measures.diameter,
    nodeMetrics: nodeTable,
    communities: communities?.count ?? 0,
    modularity: communities?.modularity ?? 0,
    ...(groups ? { groups } : {}),
    conventions: {
      weights: args.weighted
        ? "edge attribute 'weight': a length for betweenness and closeness (networkx), a strength for eigenvector, pagerank and Louvain"
        : 'unweighted',
      betweenness: 'Brandes, normalised by (n−1)(n−2), endpoints excluded (networkx)',
      closeness: 'Wasserman–Faust corrected (networkx wf_improved)',
      eigenvector: `networkx power iteration, L2-normalised${converged.eigenvector ? '' : ' — DID NOT CONVERGE in 100 iterations'}`,
      pagerank: `alpha 0.85, tol 1e-6, dangling spread uniformly${converged.pagerank ? '' : ' — DID NOT CONVERGE'}`,
      communities: communities?.convention ?? 'no edges',
      diameter: 'largest (weakly) connected component, hop count',
    },
  };
}

type Report = ReturnType<typeof run>;

const fmt = (x: number | null, digits = 6) =>
  x === null ? '–' : Number.isInteger(x) ? String(x) : x.toFixed(digits);

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function printText(r: Report): void {
  const out: string[] = [];
  out.push(`Graph ${r.file} (${r.directed ? 'directed' : 'undirected'})`);
  out.push(
    table(
      ['measure', 'value'],
      [
        ['nodes', fmt(r.nodes)],
        ['edges', fmt(r.edges)],
        ['density', fmt(r.density)],
        ['average degree', fmt(r.averageDegree, 3)],
        [
          'components',
          `${r.components} (sizes ${r.componentSizes.slice(0, 10).join(', ')}${r.componentSizes.length > 10 ? ', …' : ''})`,
        ],
        ['diameter (largest component)', fmt(r.diameter)],
        ['communities (Louvain)', fmt(r.communities)],
        ['modularity', fmt(r.modularity)],
      ],
    ),
  );
  const ids = Object.keys(r.nodeMetrics).sort(
    (a, b) => r.nodeMetrics[b]!.betweenness! - r.nodeMetrics[a]!.betweenness! || (a < b ? -1 : 1),
  );
  out.push('', 'Node measures (by betweenness)');
  out.push(
    table(
      ['node', 'degree', 'deg.centr.', 'betweenness', 'closeness', 'eigenvector', 'pagerank', 'community'],
      ids.map((id) => {
        const m = r.nodeMetrics[id]!;
        return [
          id,
          fmt(m.degree!),
          fmt(m.degreeCentrality!),
          fmt(m.betweenness!),
          fmt(m.closeness!),
          fmt(m.eigenvector!),
          fmt(m.pagerank!),
          fmt(m.community!),
        ];
      }),
    ),
  );
  if (r.groups) {
    const g = r.groups;
    out.push('', `Density within and between groups of '${g.attribute}'`);
    out.push(
      table(
        ['', ...g.groups],
        g.groups.map((name, i) => [`${name} (${g.sizes[i]})`, ...g.density[i]!.map((d) => fmt(d, 4))]),
      ),
    );
    out.push('', 'E-I index (E − I)/(E + I)');
    out.push(
      table(
        ['group', 'internal', 'external', 'E-I'],
        [
          ...Object.entries(g.eiIndex.byGroup).map(([name, s]) => [
            name,
            fmt(s.internal),
            fmt(s.external),
            fmt(s.index, 4),
          ]),
          [
            'overall',
            fmt(g.eiIndex.overall.internal),
            fmt(g.eiIndex.overall.external),
            fmt(g.eiIndex.overall.index, 4),
          ],
        ],
      ),
    );
    if (g.brokerage) {
      const brokers = Object.entries(g.brokerage)
        .filter(([, c]) => c.total > 0)
        .sort(([a, x], [b, y]) => y.total - x.total || (a < b ? -1 : 1));
      out.push('', 'Brokerage roles (Gould & Fernandez; undirected ties read as reciprocal)');
      out.push(
        brokers.length === 0
          ? '(no brokers)'
          : table(
              ['node', 'coordinator', 'itinerant', 'representative', 'gatekeeper', 'liaison', 'total'],
              brokers.map(([id, c]) => [
                id,
                fmt(c.coordinator),
                fmt(c.itinerant),
                fmt(c.representative),
                fmt(c.gatekeeper),
                fmt(c.liaison),
                fmt(c.total),
              ]),
            ),
      );
    } else out.push('', `Brokerage roles: not computed (${'brokerageNote' in g ? g.brokerageNote : ''})`);
  }
  out.push('', 'Conventions', ...Object.entries(r.conventions).map(([k, v]) => `  ${k}: ${v}`));
  console.log(out.join('\n'));
}

try {
  const args = parseArgs(process.argv.slice(2));
  const report = run(args);
  if (args.json) console.log(JSON.stringify(report, null, 2));
  else printText(report);
} catch (error) {
  if (error instanceof UsageError) {
    if (error.message) console.error(`analyze: ${error.message}`);
    console.error(USAGE);
    process.exit(2);
  }
  if (error instanceof GraphFileError || error instanceof AnalysisInputError) {
    console.error(`analyze: ${error.message}`);
    process.exit(2);
  }
  throw error;
}
