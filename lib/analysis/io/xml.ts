import type Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { GraphFileError } from '../errors';
import { GraphBuilder, lineOfNth } from './build';

type Element = { '@'?: Record<string, string>; '#text'?: string; [child: string]: unknown };

const LISTS = new Set(['node', 'edge', 'attribute', 'attvalue', 'attributes', 'key', 'data', 'graph']);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  attributesGroupName: '@',
  parseAttributeValue: false,
  parseTagValue: false,
  removeNSPrefix: true,
  isArray: (name) => LISTS.has(name),
});

function parseXml(text: string, file: string, root: string): Element {
  if (typeof text !== 'string') throw new GraphFileError(file, null, 'text');
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new GraphFileError(file, valid.err.line, 'well-formed XML', valid.err.msg);
  const doc = parser.parse(text) as Record<string, unknown>;
  const top = doc[root];
  if (!top || typeof top !== 'object')
    throw new GraphFileError(
      file,
      null,
      `a <${root}> root element`,
      `<${Object.keys(doc).filter((k) => k !== '?xml')[0] ?? 'nothing'}>`,
    );
  return top as Element;
}

const attrs = (e: unknown): Record<string, string> => ((e as Element)?.['@'] ?? {}) as Record<string, string>;
const list = (e: unknown, name: string): Element[] => ((e as Element)?.[name] as Element[] | undefined) ?? [];
const textOf = (e: unknown): string =>
  typeof e === 'string' ? e : typeof (e as Element)?.['#text'] === 'string' ? (e as Element)['#text']! : '';

function typed(value: string, type: string | undefined): unknown {
  switch ((type ?? 'string').toLowerCase()) {
    case 'integer':
    case 'int':
    case 'long':
    case 'float':
    case 'double': {
      const n = Number(value);
      return Number.isFinite(n) ? n : value;
    }
    case 'boolean':
      return value.trim() === 'true' || value.trim() === '1';
    case 'liststring':
      return value
        .split('|')
        .map((v) => v.trim())
        .filter(Boolean);
    default:
      return value;
  }
}

function weightOf(
  raw: string | undefined,
  file: string,
  text: string,
  tag: string,
  index: number,
): number | undefined {
  if (raw === undefined) return undefined;
  const w = Number(raw);
  if (!Number.isFinite(w) || w <= 0)
    throw new GraphFileError(
      file,
      lineOfNth(text, tag, index),
      'a positive number as edge weight',
      `'${raw}'`,
    );
  return w;
}

/** GEXF 1.1–1.3: nodes, edges, weights, declared attributes (attvalues) and per-edge type. */
export function parseGexf(text: string, options: { file?: string } = {}): Graph {
  const file = options.file ?? 'graph.gexf';
  const gexf = parseXml(text, file, 'gexf');
  const graph = list(gexf, 'graph')[0];
  if (!graph) throw new GraphFileError(file, null, 'a <graph> element inside <gexf>');
  const defaultType = attrs(graph).defaultedgetype ?? 'undirected';
  const titles: Record<'node' | 'edge', Map<string, { title: string; type: string | undefined }>> = {
    node: new Map(),
    edge: new Map(),
  };
  for (const block of list(graph, 'attributes')) {
    const cls = attrs(block).class === 'edge' ? 'edge' : 'node';
    for (const a of list(block, 'attribute'))
      titles[cls].set(attrs(a).id ?? '', { title: attrs(a).title ?? attrs(a).id ?? '', type: attrs(a).type });
  }
  const values = (e: unknown, cls: 'node' | 'edge'): Attributes => {
    const out: Attributes = {};
    const holder = ((e as Element).attvalues as Element[] | undefined)?.[0] ?? (e as Element).attvalues;
    for (const v of list(holder, 'attvalue')) {
      const key = attrs(v).for ?? attrs(v).id ?? '';
      const def = titles[cls].get(key);
      out[def?.title ?? key] = typed(attrs(v).value ?? '', def?.type);
    }
    return out;
  };
  const builder = new GraphBuilder(defaultType === 'directed');
  const nodesHolder = (graph.nodes as Element[] | undefined)?.[0] ?? graph.nodes;
  list(nodesHolder, 'node').forEach((n, i) => {
    const id = attrs(n).id;
    if (id === undefined || id === '')
      throw new GraphFileError(file, lineOfNth(text, 'node', i), 'an id on every <node>');
    builder.node(id, {
      ...(attrs(n).label !== undefined ? { label: attrs(n).label } : {}),
      ...values(n, 'node'),
    });
  });
  const edgesHolder = (graph.edges as Element[] | undefined)?.[0] ?? graph.edges;
  list(edgesHolder, 'edge').forEach((e, i) => {
    const { source, target, type, label } = attrs(e);
    if (!source || !target)
      throw new GraphFileError(file, lineOfNth(text, 'edge', i), 'source and target on every <edge>');
    const weight = weightOf(attrs(e).weight, file, text, 'edge', i);
    const edgeType = type ?? defaultType;
    builder.edge(
      source,
      target,
      {
        ...values(e, 'edge'),
        ...(label !== undefined ? { label } : {}),
        ...(weight !== undefined ? { weight } : {}),
      },
      edgeType === 'directed',
    );
  });
  return builder.build();
}

/** GraphML: <key> declarations (attr.name, attr.type, default), edgedefault and per-edge directed. */
export function parseGraphml(text: string, options: { file?: string } = {}): Graph {
  const file = options.file ?? 'graph.graphml';
  const root = parseXml(text, file, 'graphml');
  const graph = list(root, 'graph')[0];
  if (!graph) throw new GraphFileError(file, null, 'a <graph> element inside <graphml>');
  const keys = new Map<
    string,
    { name: string; type: string | undefined; for: string; fallback: string | null }
  >();
  for (const k of list(root, 'key')) {
    const a = attrs(k);
    const def = (k as Element).default;
    keys.set(a.id ?? '', {
      name: a['attr.name'] ?? a.id ?? '',
      type: a['attr.type'],
      for: a.for ?? 'all',
      fallback: def === undefined ? null : textOf(Array.isArray(def) ? def[0] : def),
    });
  }
  const data = (e: unknown, kind: 'node' | 'edge'): Attributes => {
    const out: Attributes = {};
    for (const [, k] of keys)
      if (k.fallback !== null && (k.for === kind || k.for === 'all')) out[k.name] = typed(k.fallback, k.type);
    for (const d of list(e, 'data')) {
      const k = keys.get(attrs(d).key ?? '');
      out[k?.name ?? attrs(d).key ?? 'data'] = typed(textOf(d), k?.type);
    }
    return out;
  };
  const builder = new GraphBuilder(attrs(graph).edgedefault === 'directed');
  list(graph, 'node').forEach((n, i) => {
    const id = attrs(n).id;
    if (id === undefined || id === '')
      throw new GraphFileError(file, lineOfNth(text, 'node', i), 'an id on every <node>');
    builder.node(id, data(n, 'node'));
  });
  list(graph, 'edge').forEach((e, i) => {
    const { source, target, directed } = attrs(e);
    if (!source || !target)
      throw new GraphFileError(file, lineOfNth(text, 'edge', i), 'source and target on every <edge>');
    const attributes = data(e, 'edge');
    if ('weight' in attributes) {
      const w = attributes.weight;
      if (typeof w !== 'number' || !Number.isFinite(w) || w <= 0)
        throw new GraphFileError(
          file,
          lineOfNth(text, 'edge', i),
          'a positive number as edge weight',
          `'${String(w)}'`,
        );
    }
    builder.edge(
      source,
      target,
      attributes,
      directed === undefined ? attrs(graph).edgedefault === 'directed' : directed === 'true',
    );
  });
  return builder.build();
}
