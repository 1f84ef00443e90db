import { FileFormatError } from './errors';
import type { AttributeDecl, GraphDocument, ReadDocument } from './graph';
import { record } from './graph';
import {
  attrs,
  children,
  edgeEndsOf,
  escapeXml,
  holder,
  nodeIdOf,
  parseXml,
  withLines,
  XML_DECLARATION,
} from './xml';

// GEXF 1.1–1.3: nodes (label), edges (weight, label, per-edge type), declared attributes per
// class (attvalues), defaultedgetype.

/** Reads GEXF text; throws FileFormatError naming the file, the line and what was expected. */
export function readGexf(text: string, options: { file?: string } = {}): ReadDocument {
  const file = options.file ?? 'graph.gexf';
  const gexf = parseXml(text, file, 'gexf');
  const graph = children(gexf, 'graph')[0];
  if (!graph) throw new FileFormatError(file, null, 'a <graph> element inside <gexf>');
  const defaultType = attrs(graph).defaultedgetype ?? 'undirected';
  const declared: Record<'node' | 'edge', Map<string, AttributeDecl>> = { node: new Map(), edge: new Map() };
  for (const block of children(graph, 'attributes')) {
    const cls = attrs(block).class === 'edge' ? 'edge' : 'node';
    for (const a of children(block, 'attribute')) {
      const { id, title, type } = attrs(a);
      declared[cls].set(id ?? '', { name: title ?? id ?? '', ...(type !== undefined ? { type } : {}) });
    }
  }
  const values = (e: unknown, cls: 'node' | 'edge') =>
    record(
      children(holder(e, 'attvalues'), 'attvalue').map((v) => {
        const key = attrs(v).for ?? attrs(v).id ?? '';
        return [declared[cls].get(key)?.name ?? key, attrs(v).value ?? ''] as const;
      }),
    );
  const nodes = children(holder(graph, 'nodes'), 'node').map((n, i) => {
    const { label } = attrs(n);
    return {
      id: nodeIdOf(n, i, file, text),
      ...(label !== undefined ? { label } : {}),
      data: values(n, 'node'),
    };
  });
  const edges = children(holder(graph, 'edges'), 'edge').map((e, i) => {
    const { id, type, label, weight } = attrs(e);
    return {
      ...(id !== undefined ? { id } : {}),
      ...edgeEndsOf(e, i, file, text),
      ...(type !== undefined ? { directed: type === 'directed' } : {}),
      ...(label !== undefined ? { label } : {}),
      ...(weight !== undefined ? { weight } : {}),
      data: values(e, 'edge'),
    };
  });
  return withLines(text, {
    directed: defaultType === 'directed',
    nodeAttributes: [...declared.node.values()],
    edgeAttributes: [...declared.edge.values()],
    nodes,
    edges,
  });
}

/** GEXF 1.3 text. Attribute ids are 0… per class in declaration order; edges without an id get their index. */
export function writeGexf(doc: GraphDocument, options: { creator?: string } = {}): string {
  const out: string[] = [
    XML_DECLARATION,
    '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
    `  <meta><creator>${escapeXml(options.creator ?? 'koppelvlak')}</creator></meta>`,
    `  <graph defaultedgetype="${doc.directed ? 'directed' : 'undirected'}" mode="static">`,
  ];
  const declare = (cls: string, list: AttributeDecl[]) => {
    if (list.length === 0) return;
    out.push(`    <attributes class="${cls}">`);
    list.forEach((a, i) =>
      out.push(
        `      <attribute id="${i}" title="${escapeXml(a.name)}" type="${escapeXml(a.type ?? 'string')}"/>`,
      ),
    );
    out.push('    </attributes>');
  };
  declare('node', doc.nodeAttributes);
  declare('edge', doc.edgeAttributes);
  const values = (data: Record<string, string>, list: AttributeDecl[]) => {
    const parts = list.flatMap(({ name }, i) =>
      Object.hasOwn(data, name) ? [`<attvalue for="${i}" value="${escapeXml(data[name]!)}"/>`] : [],
    );
    return parts.length === 0 ? '' : `<attvalues>${parts.join('')}</attvalues>`;
  };
  const attr = (name: string, value: string | undefined) =>
    value === undefined ? '' : ` ${name}="${escapeXml(value)}"`;
  out.push('    <nodes>');
  for (const n of doc.nodes)
    out.push(
      `      <node id="${escapeXml(n.id)}"${attr('label', n.label)}>${values(n.data, doc.nodeAttributes)}</node>`,
    );
  out.push('    </nodes>', '    <edges>');
  doc.edges.forEach((e, i) => {
    const type = e.directed === undefined ? undefined : e.directed ? 'directed' : 'undirected';
    out.push(
      `      <edge id="${escapeXml(e.id ?? String(i))}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}"${attr('type', type)}${attr('weight', e.weight)}${attr('label', e.label)}>${values(e.data, doc.edgeAttributes)}</edge>`,
    );
  });
  out.push('    </edges>', '  </graph>', '</gexf>', '');
  return out.join('\n');
}
