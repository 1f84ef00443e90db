import Graph, { DirectedGraph, UndirectedGraph } from 'graphology';
import type { Attributes } from 'graphology-types';

/**
 * Collects nodes and edges read from a file and makes the graphology graph: undirected unless the
 * file said directed, mixed only when the file mixes both. Repeated edges merge into one: weights
 * add up when the file gives weights, other attributes of the later edge win.
 */
export class GraphBuilder {
  private nodes = new Map<string, Attributes>();
  private edges = new Map<
    string,
    { source: string; target: string; directed: boolean; attributes: Attributes }
  >();
  constructor(private readonly defaultDirected: boolean) {}

  node(key: string, attributes: Attributes = {}): void {
    const existing = this.nodes.get(key);
    this.nodes.set(key, existing ? { ...existing, ...attributes } : { ...attributes });
  }

  hasNode(key: string): boolean {
    return this.nodes.has(key);
  }

  edge(source: string, target: string, attributes: Attributes = {}, directed = this.defaultDirected): void {
    if (!this.nodes.has(source)) this.node(source);
    if (!this.nodes.has(target)) this.node(target);
    const key = directed
      ? `${source}\u0000>${target}`
      : source < target
        ? `${source}\u0000-${target}`
        : `${target}\u0000-${source}`;
    const existing = this.edges.get(key);
    if (!existing) {
      this.edges.set(key, { source, target, directed, attributes: { ...attributes } });
      return;
    }
    const weight =
      typeof existing.attributes.weight === 'number' && typeof attributes.weight === 'number'
        ? existing.attributes.weight + attributes.weight
        : (attributes.weight ?? existing.attributes.weight);
    existing.attributes = {
      ...existing.attributes,
      ...attributes,
      ...(weight === undefined ? {} : { weight }),
    };
  }

  build(): Graph {
    let hasDirected = false;
    let hasUndirected = false;
    for (const e of this.edges.values()) {
      if (e.directed) hasDirected = true;
      else hasUndirected = true;
    }
    const directed =
      hasDirected && hasUndirected ? null : hasDirected ? true : hasUndirected ? false : this.defaultDirected;
    const graph: Graph =
      directed === null
        ? new Graph({ type: 'mixed' })
        : directed
          ? new DirectedGraph()
          : new UndirectedGraph();
    for (const [key, attributes] of this.nodes) graph.addNode(key, attributes);
    for (const e of this.edges.values()) {
      if (e.directed) graph.addDirectedEdge(e.source, e.target, e.attributes);
      else graph.addUndirectedEdge(e.source, e.target, e.attributes);
    }
    return graph;
  }
}

/** "12" → 12, "1.5e3" → 1500; anything else stays a string. */
export function parseScalar(value: string): string | number {
  const t = value.trim();
  return /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t) ? Number(t) : value;
}
