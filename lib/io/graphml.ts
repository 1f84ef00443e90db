import { FileFormatError } from './errors';
import type { AttributeDecl, GraphDocument, ReadDocument } from './graph';
import { record } from './graph';
import {
  attrs,
  children,
  edgeEndsOf,
  escapeXml,
  nodeIdOf,
  parseXml,
  textOf,
  withLines,
  XML_DECLARATION,
  type XmlElement,
} from './xml';

// GraphML: <key> declarations (attr.name, attr.type, default), edgedefault and per-edge directed.
// Only the first <graph> is read.

/** Reads GraphML text; throws FileFormatError naming the file, the line and what was expected. */
export function readGraphml(text: string, options: { file?: string } = {}): ReadDocument {
  const file = options.file ?? 'graph.graphml';
  const root = parseXml(text, file, 'graphml');
  const graph = children(root, 'graph')[0];
  if (!graph) throw new FileFormatError(file, null, 'a <graph> element inside <graphml>');
  const keys = new Map<string, { name: string; type?: string; for: string; fallback: string | null }>();
  for (const k of children(root, 'key')) {
    const a = attrs(k);
    const def = (k as XmlElement).default;
    keys.set(a.id ?? '', {
      name: a['attr.name'] ?? a.id ?? '',
      ...(a['attr.type'] !== undefined ? { type: a['attr.type'] } : {}),
      for: a.for ?? 'all',
      fallback: def === undefined ? null : textOf(Array.isArray(def) ? def[0] : def),
    });
  }
  const declared = (kind: 'node' | 'edge'): AttributeDecl[] =>
    [...keys.values()]
      .filter((k) => k.for === kind || k.for === 'all')
      .map((k) => ({ name: k.name, ...(k.type !== undefined ? { type: k.type } : {}) }));
  const data = (e: unknown, kind: 'node' | 'edge') => {
    const out: [string, string][] = [];
    for (const [, k] of keys)
      if (k.fallback !== null && (k.for === kind || k.for === 'all')) out.push([k.name, k.fallback]);
    for (const d of children(e, 'data')) {
      const key = attrs(d).key ?? '';
      out.push([keys.get(key)?.name ?? (key || 'data'), textOf(d)]);
    }
    return record(out);
  };
  const directed = attrs(graph).edgedefault === 'directed';
  const nodes = children(graph, 'node').map((n, i) => ({
    id: nodeIdOf(n, i, file, text),
    data: data(n, 'node'),
  }));
  const edges = children(graph, 'edge').map((e, i) => {
    const { id, directed: own } = attrs(e);
    return {
      ...(id !== undefined ? { id } : {}),
      ...edgeEndsOf(e, i, file, text),
      ...(own !== undefined ? { directed: own === 'true' } : {}),
      data: data(e, 'edge'),
    };
  });
  return withLines(text, {
    directed,
    nodeAttributes: declared('node'),
    edgeAttributes: declared('edge'),
    nodes,
    edges,
  });
}

/**
 * GraphML text. Keys are n0… (nodes) and e0… (edges) in declaration order; a value absent from
 * `data` is left out, an empty one written. `mixed` writes `directed` on every edge that has it.
 */
export function writeGraphml(doc: GraphDocument, options: { graphId?: string } = {}): string {
  const out: string[] = [XML_DECLARATION, '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">'];
  const declare = (list: AttributeDecl[], kind: 'node' | 'edge', prefix: string) =>
    list.forEach((a, i) =>
      out.push(
        `  <key id="${prefix}${i}" for="${kind}" attr.name="${escapeXml(a.name)}" attr.type="${escapeXml(a.type ?? 'string')}"/>`,
      ),
    );
  declare(doc.nodeAttributes, 'node', 'n');
  declare(doc.edgeAttributes, 'edge', 'e');
  const id = options.graphId === undefined ? '' : ` id="${escapeXml(options.graphId)}"`;
  out.push(`  <graph${id} edgedefault="${doc.directed ? 'directed' : 'undirected'}">`);
  const values = (data: Record<string, string>, list: AttributeDecl[], prefix: string) =>
    list
      .flatMap(({ name }, i) =>
        Object.hasOwn(data, name) ? [`<data key="${prefix}${i}">${escapeXml(data[name]!)}</data>`] : [],
      )
      .join('');
  for (const n of doc.nodes)
    out.push(`    <node id="${escapeXml(n.id)}">${values(n.data, doc.nodeAttributes, 'n')}</node>`);
  for (const e of doc.edges) {
    const eid = e.id === undefined ? '' : ` id="${escapeXml(e.id)}"`;
    const directed = e.directed === undefined ? '' : ` directed="${e.directed}"`;
    out.push(
      `    <edge${eid} source="${escapeXml(e.source)}" target="${escapeXml(e.target)}"${directed}>${values(e.data, doc.edgeAttributes, 'e')}</edge>`,
    );
  }
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}
