import type Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import { GraphFileError } from '../errors';
import { lineAt } from '../../io/errors';
import { GraphBuilder } from './build';

/**
 * graphology's serialized form ({ options?, attributes?, nodes: [{ key, attributes }], edges:
 * [{ source, target, attributes, undirected? }] }). Direction comes from options.type or, per edge,
 * from `undirected`; without either, edges are undirected.
 */
export function parseGraphologyJson(text: string, options: { file?: string } = {}): Graph {
  const file = options.file ?? 'graph.json';
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const at = /position (\d+)/.exec(String((error as Error).message));
    throw new GraphFileError(
      file,
      at ? lineAt(text, Number(at[1])) : null,
      'valid JSON',
      (error as Error).message,
    );
  }
  const obj = data as {
    options?: { type?: string };
    attributes?: Attributes;
    nodes?: unknown;
    edges?: unknown;
  };
  if (!obj || typeof obj !== 'object' || !Array.isArray(obj.nodes))
    throw new GraphFileError(file, null, 'a graphology serialized graph with a "nodes" array');
  const edges = obj.edges ?? [];
  if (!Array.isArray(edges)) throw new GraphFileError(file, null, '"edges" to be an array');
  const type = obj.options?.type;
  const builder = new GraphBuilder(type === 'directed');
  obj.nodes.forEach((n: unknown, i: number) => {
    const node = n as { key?: unknown; attributes?: Attributes };
    if (typeof node?.key !== 'string' && typeof node?.key !== 'number')
      throw new GraphFileError(
        file,
        null,
        `nodes[${i}].key to be a string`,
        JSON.stringify(node?.key) ?? 'nothing',
      );
    builder.node(String(node.key), { ...(node.attributes ?? {}) });
  });
  edges.forEach((e: unknown, i: number) => {
    const edge = e as { source?: unknown; target?: unknown; attributes?: Attributes; undirected?: boolean };
    if (
      (typeof edge?.source !== 'string' && typeof edge?.source !== 'number') ||
      (typeof edge?.target !== 'string' && typeof edge?.target !== 'number')
    ) {
      throw new GraphFileError(file, null, `edges[${i}] to have a source and a target`);
    }
    const w = edge.attributes?.weight;
    if (w !== undefined && (typeof w !== 'number' || !Number.isFinite(w) || w <= 0))
      throw new GraphFileError(
        file,
        null,
        `edges[${i}].attributes.weight to be a positive number`,
        JSON.stringify(w),
      );
    const directed = edge.undirected === undefined ? type === 'directed' : !edge.undirected;
    builder.edge(String(edge.source), String(edge.target), { ...(edge.attributes ?? {}) }, directed);
  });
  return builder.build();
}
