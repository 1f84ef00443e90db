// The public API of lib/analysis: pure functions on graphology graphs and NetworkData.
export { AnalysisInputError, GraphFileError } from './errors';
export { mulberry32, sampleIndices, type Rng } from './random';
export { toCsr, asCsr, type Csr, type CsrOptions, type GraphInput, type AnyGraph } from './csr';
export {
  networkMeasures,
  components,
  diameter,
  DIAMETER_DEFAULTS,
  type NetworkMeasures,
  type Components,
  type DiameterResult,
} from './structure';
export {
  degreeCentrality,
  nodeMetrics,
  NODE_METRICS_DEFAULTS,
  type DegreeResult,
  type NodeMetrics,
} from './centrality';
export {
  betweenness,
  BETWEENNESS_DEFAULTS,
  type BetweennessOptions,
  type BetweennessResult,
} from './betweenness';
export { closeness, CLOSENESS_DEFAULTS, type ClosenessOptions, type ClosenessResult } from './closeness';
export {
  eigenvector,
  pagerank,
  EIGENVECTOR_DEFAULTS,
  PAGERANK_DEFAULTS,
  type IterativeResult,
} from './spectral';
export { louvain, modularity, LOUVAIN_DEFAULTS, type CommunityResult } from './communities';
export {
  groupDensityMatrix,
  crossGroupDensity,
  eiIndex,
  GROUP_DEFAULTS,
  type DensityMatrix,
  type CrossDensity,
  type EiResult,
  type EiScore,
} from './groups';
export {
  brokerage,
  constraint,
  BROKERAGE_ROLES,
  type BrokerageRole,
  type BrokerageCounts,
  type BrokerageResult,
} from './brokerage';
export { singlePointsOfFailure, type SinglePointsOfFailure } from './spof';
export {
  buildCollaborationGraph,
  buildPeopleGraph,
  COLLABORATION_DEFAULTS,
  type CollaborationOptions,
} from './collaboration';
export { expectedLinks, EXPECTED_DEFAULTS, type ExpectedOptions } from './expected';
export { computeCoverage, coverageOf } from './coverage';
export { computeGaps, GAP_DEFAULTS, type GapOptions } from './gaps';
export { GAP_POINTS, PRIORITY_LEVELS } from './gap-priority';
export {
  analyzeNetwork,
  ANALYZE_DEFAULTS,
  type AnalyzeOptions,
  type AnalysisResult,
  type OrganisationMetrics,
} from './analyze';
export type * from './types';
export { suggestIntroductions, SUGGESTION_DEFAULTS, type Suggestion } from './suggestions';
export { vulnerability, connectivity, type VulnerabilityReport, type Connectivity } from './vulnerability';
export { diffSnapshots, snapshotOf, type Snapshot, type SnapshotDiff } from './diff';
export * from './io';
export {
  cascade,
  dependencyCycles,
  validateDependencies,
  CASCADE_DEFAULTS,
  MAX_CASCADE_HOURS,
  type CascadeOptions,
  type CascadeResult,
  type CascadeStep,
  type CascadeEdge,
  type DependencyIssue,
} from './cascade';
export {
  computeScenario,
  missingPairs,
  type ScenarioFailure,
  type ScenarioInput,
  type ScenarioContext,
  type ScenarioResult,
  type ScenarioOrganisation,
  type ScenarioAgreement,
  type ScenarioSinglePerson,
  type ScenarioCoalition,
  type ScenarioFigures,
} from './scenario';
export {
  scenarioReach,
  standardScenarios,
  type ScenarioReach,
  type StandardScenario,
} from './scenario-reach';
