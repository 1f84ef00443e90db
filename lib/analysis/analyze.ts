import { GAP_TYPES, type Chain, type GapType, type NetworkData } from '../domain';
import { brokerage, constraint, type BrokerageCounts } from './brokerage';
import { degreeArrays } from './centrality';
import { betweennessArrays } from './betweenness';
import { closenessArray } from './closeness';
import {
  buildCollaborationGraph,
  COLLABORATION_DEFAULTS,
  resolveCollaborationOptions,
} from './collaboration';
import { louvain } from './communities';
import { coverageOf } from './coverage';
import { toCsr } from './csr';
import { expectedLinks, EXPECTED_DEFAULTS } from './expected';
import { assertNetwork, compareStrings, inWindow, isSignedCurrent } from './facts';
import { computeGaps, GAP_DEFAULTS, type GapOptions } from './gaps';
import { eiIndex, groupDensityMatrix, type EiScore } from './groups';
import { eigenvectorArray, pagerankArray } from './spectral';
import { singlePointsOfFailure } from './spof';
import { networkMeasures, type NetworkMeasures } from './structure';
import type { Coverage, ExpectedLink, Gap } from './types';

export const ANALYZE_DEFAULTS = {
  ...COLLABORATION_DEFAULTS,
  contactWindowDays: EXPECTED_DEFAULTS.contactWindowDays,
  /** Louvain seed: the same network gives the same communities. */
  seed: 42,
  topBrokers: 10,
};

export interface AnalyzeOptions extends GapOptions {
  seed?: number;
  topBrokers?: number;
}

export interface OrganisationMetrics {
  degree: number;
  strength: number;
  betweenness: number;
  closeness: number;
  eigenvector: number;
  pagerank: number;
  constraint: number | null;
  community: number;
  brokerage: BrokerageCounts;
}

export interface AnalysisResult {
  asOf: string;
  conventions: Record<string, string>;
  counts: {
    organisations: number;
    organisationsByChain: Record<Chain, number>;
    people: number;
    coalitions: number;
    activeCoalitions: number;
    koppelvlakken: number;
    signedCurrentAgreements: number;
    contactsInWindow: number;
    meetingsInWindow: number;
    ties: number;
    crossChainTies: number;
    expectedLinks: number;
    realisedLinks: number;
    gapsByType: Record<GapType, number>;
    gapsByLevel: Record<Gap['priorityLevel'], number>;
  };
  network: NetworkMeasures;
  /** Density of ties between the algemene and the functionele keten: ties / (|algemeen|·|functioneel|). */
  crossChain: {
    algemeen: number;
    functioneel: number;
    ties: number;
    possible: number;
    density: number | null;
  };
  eiIndex: { overall: EiScore; byChain: Record<string, EiScore & { size: number }> };
  coverage: Coverage;
  expectedLinks: ExpectedLink[];
  gaps: Gap[];
  communities: { count: number; modularity: number; sizes: number[]; seed: number };
  organisations: Record<string, OrganisationMetrics>;
  topBrokers: Array<{
    id: string;
    name: string;
    chain: Chain;
    betweenness: number;
    brokerage: BrokerageCounts;
    constraint: number | null;
  }>;
  singlePointsOfFailure: {
    articulationPoints: Array<{ id: string; name: string; splits: number }>;
    bridges: Array<{ source: string; target: string; crossChain: boolean }>;
  };
  ties: Array<{
    source: string;
    target: string;
    weight: number;
    crossChain: boolean;
    evidence: Record<'agreement' | 'contact' | 'coalition' | 'meeting', number>;
  }>;
}

/**
 * Everything the dashboard and the PDF snapshot show, as one plain serialisable record. Path
 * measures (betweenness, closeness, diameter) are unweighted; strength and communities use the
 * tie weights of the collaboration graph (see COLLABORATION_DEFAULTS.weights).
 */
export function analyzeNetwork(network: NetworkData, options: AnalyzeOptions = {}): AnalysisResult {
  assertNetwork(network, 'analyzeNetwork');
  const opts = { ...ANALYZE_DEFAULTS, ...GAP_DEFAULTS, ...options };
  const collab = resolveCollaborationOptions(options, 'analyzeNetwork');
  const graph = buildCollaborationGraph(network, options);
  const links = expectedLinks(network, { ...options, graph });
  const gaps = computeGaps(network, { ...options, graph, links });
  const csr = toCsr(graph);
  const weighted = toCsr(graph, { weighted: true });
  const { degree, strength } = degreeArrays(weighted);
  const between = betweennessArrays(csr).normalized;
  const close = closenessArray(csr);
  const eigen = eigenvectorArray(csr);
  const rank = pagerankArray(csr);
  const burt = constraint(weighted, { weighted: true }).values;
  const communities = louvain(graph, { seed: opts.seed, weighted: true });
  const roles = brokerage(graph, { attribute: 'chain' }).roles;
  const matrix = groupDensityMatrix(graph, { attribute: 'chain' });
  const ei = eiIndex(graph, { attribute: 'chain' });
  const spof = singlePointsOfFailure(csr);

  const organisations: Record<string, OrganisationMetrics> = {};
  for (let v = 0; v < csr.n; v++) {
    const id = csr.keys[v]!;
    organisations[id] = {
      degree: degree[v]!,
      strength: strength![v]!,
      betweenness: between[v]!,
      closeness: close[v]!,
      eigenvector: eigen.values[v]!,
      pagerank: rank.values[v]!,
      constraint: burt[id] ?? null,
      community: communities.communities[id]!,
      brokerage: roles[id]!,
    };
  }
  const attrs = (id: string) => graph.getNodeAttributes(id);
  const topBrokers = Object.entries(organisations)
    .filter(([, m]) => m.betweenness > 0 || m.brokerage.total > 0)
    .sort(
      ([a, x], [b, y]) =>
        y.betweenness - x.betweenness || y.brokerage.total - x.brokerage.total || compareStrings(a, b),
    )
    .slice(0, opts.topBrokers)
    .map(([id, m]) => ({
      id,
      name: attrs(id).name,
      chain: attrs(id).chain,
      betweenness: m.betweenness,
      brokerage: m.brokerage,
      constraint: m.constraint,
    }));

  const ia = matrix.groups.indexOf('algemeen');
  const iF = matrix.groups.indexOf('functioneel');
  const crossTies = ia >= 0 && iF >= 0 ? matrix.ties[ia]![iF]! : 0;
  const possible = ia >= 0 && iF >= 0 ? matrix.possible[ia]![iF]! : 0;
  const ties: AnalysisResult['ties'] = [];
  graph.forEachEdge((_e, a, s, t) => {
    const evidence = { agreement: 0, contact: 0, coalition: 0, meeting: 0 };
    for (const e of a.evidence) evidence[e.type]++;
    ties.push({ source: s, target: t, weight: a.weight, crossChain: a.crossChain, evidence });
  });
  const byChain = { algemeen: 0, functioneel: 0, overig: 0 };
  for (const o of network.organisations) byChain[o.chain]++;
  const gapsByType = Object.fromEntries(GAP_TYPES.map((t) => [t, 0])) as Record<GapType, number>;
  const gapsByLevel = { hoog: 0, middel: 0, laag: 0 };
  for (const g of gaps) {
    gapsByType[g.type]++;
    gapsByLevel[g.priorityLevel]++;
  }
  const asOf = network.asOf;
  return {
    asOf,
    conventions: {
      graph:
        'undirected, one tie per organisation pair; weight = Σ evidence (agreement 3, contact 1 × strength, shared coalition 2, meeting 0.5 by default)',
      windows: `contacts within ${collab.contactWindowDays ?? '∞'} days and meetings within ${collab.meetingWindowDays ?? '∞'} days before ${asOf}`,
      realised: 'an expected link is realised with a signed current agreement AND contact within the window',
      density: 'networkx: 2m/(n(n−1)); cross-chain: ties/(|algemeen|·|functioneel|)',
      betweenness: 'Brandes, unweighted, normalised by (n−1)(n−2) (networkx)',
      closeness: 'networkx with the Wasserman–Faust correction, unweighted',
      eigenvector: 'networkx eigenvector_centrality, unweighted, L2-normalised',
      pagerank: 'networkx pagerank, alpha 0.85, tol 1e-6, unweighted, dangling mass spread uniformly',
      constraint: 'Burt constraint (networkx), weighted',
      communities: communities.convention,
      eiIndex: ei.convention,
      brokerage: 'Gould & Fernandez on chain; undirected ties read as reciprocal',
      diameter: 'largest component, hop count, exact',
    },
    counts: {
      organisations: network.organisations.length,
      organisationsByChain: byChain,
      people: network.people.length,
      coalitions: network.coalitions.length,
      activeCoalitions: network.coalitions.filter((c) => c.active).length,
      koppelvlakken: network.koppelvlakken.length,
      signedCurrentAgreements: network.agreements.filter((a) => isSignedCurrent(a, asOf)).length,
      contactsInWindow: network.contacts.filter((c) => inWindow(c.date, asOf, collab.contactWindowDays))
        .length,
      meetingsInWindow: network.meetings.filter((m) => inWindow(m.date, asOf, collab.meetingWindowDays))
        .length,
      ties: graph.size,
      crossChainTies: crossTies,
      expectedLinks: links.length,
      realisedLinks: links.filter((l) => l.realised).length,
      gapsByType,
      gapsByLevel,
    },
    network: networkMeasures(csr),
    crossChain: {
      algemeen: byChain.algemeen,
      functioneel: byChain.functioneel,
      ties: crossTies,
      possible,
      density: possible > 0 ? crossTies / possible : null,
    },
    eiIndex: { overall: ei.overall, byChain: ei.byGroup },
    coverage: coverageOf(links, network),
    expectedLinks: links,
    gaps,
    communities: {
      count: communities.count,
      modularity: communities.modularity,
      sizes: communities.sizes,
      seed: communities.seed,
    },
    organisations,
    topBrokers,
    singlePointsOfFailure: {
      articulationPoints: spof.articulationPoints.map((a) => ({ ...a, name: attrs(a.id).name })),
      bridges: spof.bridges.map((b) => ({
        ...b,
        crossChain: graph.getEdgeAttribute(b.source, b.target, 'crossChain'),
      })),
    },
    ties,
  };
}
