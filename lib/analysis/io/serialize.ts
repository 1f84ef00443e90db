import type { Attributes } from 'graphology-types';
import { writeGexf } from '../../io/gexf';
import type { AttributeDecl, FileEdge, FileNode, GraphDocument } from '../../io/graph';
import { writeGraphml } from '../../io/graphml';
import type { AnyGraph } from '../csr';

// graphology graphs as GEXF and GraphML (written by lib/io): one declared type per attribute,
// string arrays as liststring values "a|b", other objects as JSON.

type Kind = 'double' | 'boolean' | 'string' | 'liststring';

function kindOf(value: unknown): Kind {
  if (typeof value === 'number') return 'double';
  if (typeof value === 'boolean') return 'boolean';
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return 'liststring';
  return 'string';
}

function text(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join('|');
  return JSON.stringify(value) ?? '';
}

/** The attribute names used by nodes or edges, with one type each (mixed types fall back to string). */
function schema(items: Iterable<Attributes>, skip: ReadonlySet<string>): Map<string, Kind> {
  const out = new Map<string, Kind>();
  for (const attributes of items) {
    for (const [name, value] of Object.entries(attributes)) {
      if (skip.has(name) || value === undefined || value === null) continue;
      const kind = kindOf(value);
      const before = out.get(name);
      out.set(name, before === undefined || before === kind ? kind : 'string');
    }
  }
  return out;
}

/** The graph as a file document; `skip` names attributes the format holds outside data. */
function toDocument(
  graph: AnyGraph,
  skip: { node: ReadonlySet<string>; edge: ReadonlySet<string> },
  type: (kind: Kind) => string,
): { doc: GraphDocument; nodes: Attributes[]; edges: Attributes[] } {
  const nodeAttrs = graph.mapNodes((_n: string, a: Attributes) => a);
  const edgeAttrs = graph.mapEdges((_e: string, a: Attributes) => a);
  const declare = (m: Map<string, Kind>): AttributeDecl[] =>
    [...m].map(([name, kind]) => ({ name, type: type(kind) }));
  const nodeAttributes = declare(schema(nodeAttrs, skip.node));
  const edgeAttributes = declare(schema(edgeAttrs, skip.edge));
  const data = (a: Attributes, list: AttributeDecl[]) =>
    Object.fromEntries(
      list.flatMap(({ name }) => (a[name] === undefined || a[name] === null ? [] : [[name, text(a[name])]])),
    ) as Record<string, string>;
  const nodes: FileNode[] = [];
  graph.forEachNode((key: string, a: Attributes) => nodes.push({ id: key, data: data(a, nodeAttributes) }));
  const edges: FileEdge[] = [];
  graph.forEachEdge(
    (
      _e: string,
      a: Attributes,
      source: string,
      target: string,
      _sa: Attributes,
      _ta: Attributes,
      undirected: boolean,
    ) =>
      edges.push({
        source,
        target,
        ...(graph.type === 'mixed' ? { directed: !undirected } : {}),
        data: data(a, edgeAttributes),
      }),
  );
  return {
    doc: { directed: graph.type === 'directed', nodeAttributes, edgeAttributes, nodes, edges },
    nodes: nodeAttrs,
    edges: edgeAttrs,
  };
}

/** GEXF 1.3 text: label (or name) and weight as GEXF attributes, the rest as attvalues. */
export function toGexf(graph: AnyGraph, options: { creator?: string } = {}): string {
  const { doc, nodes, edges } = toDocument(
    graph,
    { node: new Set(['label']), edge: new Set(['weight', 'label']) },
    (kind) => kind,
  );
  doc.nodes.forEach((n, i) => {
    const label = nodes[i]!.label ?? nodes[i]!.name;
    if (label !== undefined) n.label = text(label);
  });
  doc.edges.forEach((e, i) => {
    const { weight, label } = edges[i]!;
    if (typeof weight === 'number') e.weight = String(weight);
    if (label !== undefined && label !== null) e.label = text(label);
  });
  return writeGexf(doc, options);
}

/** GraphML text; string arrays become "a|b" (type string), other objects JSON. */
export function toGraphml(graph: AnyGraph): string {
  return writeGraphml(
    toDocument(graph, { node: new Set(), edge: new Set() }, (kind) =>
      kind === 'liststring' ? 'string' : kind,
    ).doc,
  );
}
