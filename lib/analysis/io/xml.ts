import type Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import { FileFormatError } from '../../io/errors';
import { readGexf } from '../../io/gexf';
import { typedValue, type AttributeDecl, type ReadDocument } from '../../io/graph';
import { readGraphml } from '../../io/graphml';
import { GraphBuilder } from './build';

// GEXF and GraphML files as graphology graphs: lib/io reads the file (and refuses hostile XML),
// this adds the declared types and the edge weights.

function typed(data: Record<string, string>, declared: AttributeDecl[]): Attributes {
  const types = new Map(declared.map((a) => [a.name, a.type]));
  return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, typedValue(v, types.get(k))]));
}

function positiveWeight(doc: ReadDocument, file: string, index: number, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0)
    throw new FileFormatError(
      file,
      doc.lineOf('edge', index),
      'a positive number as edge weight',
      `'${String(value)}'`,
    );
  return value;
}

/** GEXF 1.1–1.3: nodes, edges, weights, declared attributes (attvalues) and per-edge type. */
export function parseGexf(text: string, options: { file?: string } = {}): Graph {
  const file = options.file ?? 'graph.gexf';
  const doc = readGexf(text, { file });
  const builder = new GraphBuilder(doc.directed);
  for (const n of doc.nodes)
    builder.node(n.id, {
      ...(n.label !== undefined ? { label: n.label } : {}),
      ...typed(n.data, doc.nodeAttributes),
    });
  doc.edges.forEach((e, i) => {
    const weight = e.weight === undefined ? undefined : positiveWeight(doc, file, i, Number(e.weight));
    builder.edge(
      e.source,
      e.target,
      {
        ...typed(e.data, doc.edgeAttributes),
        ...(e.label !== undefined ? { label: e.label } : {}),
        ...(weight !== undefined ? { weight } : {}),
      },
      e.directed ?? doc.directed,
    );
  });
  return builder.build();
}

/** GraphML: <key> declarations (attr.name, attr.type, default), edgedefault and per-edge directed. */
export function parseGraphml(text: string, options: { file?: string } = {}): Graph {
  const file = options.file ?? 'graph.graphml';
  const doc = readGraphml(text, { file });
  const builder = new GraphBuilder(doc.directed);
  for (const n of doc.nodes) builder.node(n.id, typed(n.data, doc.nodeAttributes));
  doc.edges.forEach((e, i) => {
    const attributes = typed(e.data, doc.edgeAttributes);
    if ('weight' in attributes) positiveWeight(doc, file, i, attributes.weight);
    builder.edge(e.source, e.target, attributes, e.directed ?? doc.directed);
  });
  return builder.build();
}
