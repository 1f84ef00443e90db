import type { Attributes } from 'graphology-types';
import type { AnyGraph } from '../csr';

/** Escape text for XML content and attribute values; drop characters XML 1.0 cannot hold. */
export function escapeXml(value: string): string {
  return (
    value
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

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

const nodeAttrs = (g: AnyGraph) => g.mapNodes((_n: string, a: Attributes) => a);
const edgeAttrs = (g: AnyGraph) => g.mapEdges((_e: string, a: Attributes) => a);

/** GEXF 1.3 text; string arrays become liststring values "a|b", other objects JSON. */
export function toGexf(graph: AnyGraph, options: { creator?: string } = {}): string {
  const nodeSchema = [...schema(nodeAttrs(graph), new Set(['label']))];
  const edgeSchema = [...schema(edgeAttrs(graph), new Set(['weight', 'label']))];
  const defaultType = graph.type === 'directed' ? 'directed' : 'undirected';
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
    `  <meta><creator>${escapeXml(options.creator ?? 'koppelvlak')}</creator></meta>`,
    `  <graph defaultedgetype="${defaultType}" mode="static">`,
  ];
  const declare = (cls: string, list: Array<[string, Kind]>) => {
    if (list.length === 0) return;
    out.push(`    <attributes class="${cls}">`);
    list.forEach(([name, kind], i) =>
      out.push(`      <attribute id="${i}" title="${escapeXml(name)}" type="${kind}"/>`),
    );
    out.push('    </attributes>');
  };
  declare('node', nodeSchema);
  declare('edge', edgeSchema);
  const values = (a: Attributes, list: Array<[string, Kind]>) => {
    const parts = list.flatMap(([name], i) =>
      a[name] === undefined || a[name] === null
        ? []
        : [`<attvalue for="${i}" value="${escapeXml(text(a[name]))}"/>`],
    );
    return parts.length === 0 ? '' : `<attvalues>${parts.join('')}</attvalues>`;
  };
  out.push('    <nodes>');
  graph.forEachNode((key: string, a: Attributes) => {
    const label = a.label ?? a.name;
    out.push(
      `      <node id="${escapeXml(key)}"${label !== undefined ? ` label="${escapeXml(text(label))}"` : ''}>${values(a, nodeSchema)}</node>`,
    );
  });
  out.push('    </nodes>', '    <edges>');
  let i = 0;
  graph.forEachEdge(
    (
      _e: string,
      a: Attributes,
      source: string,
      target: string,
      _sa: Attributes,
      _ta: Attributes,
      undirected: boolean,
    ) => {
      const type = graph.type === 'mixed' ? ` type="${undirected ? 'undirected' : 'directed'}"` : '';
      const weight = typeof a.weight === 'number' ? ` weight="${a.weight}"` : '';
      out.push(
        `      <edge id="${i++}" source="${escapeXml(source)}" target="${escapeXml(target)}"${type}${weight}>${values(a, edgeSchema)}</edge>`,
      );
    },
  );
  out.push('    </edges>', '  </graph>', '</gexf>', '');
  return out.join('\n');
}

const GRAPHML_TYPE: Record<Kind, string> = {
  double: 'double',
  boolean: 'boolean',
  string: 'string',
  liststring: 'string',
};

/** GraphML text; string arrays become "a|b", other objects JSON. */
export function toGraphml(graph: AnyGraph): string {
  const nodeSchema = [...schema(nodeAttrs(graph), new Set())];
  const edgeSchema = [...schema(edgeAttrs(graph), new Set())];
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
  ];
  nodeSchema.forEach(([name, kind], i) =>
    out.push(
      `  <key id="n${i}" for="node" attr.name="${escapeXml(name)}" attr.type="${GRAPHML_TYPE[kind]}"/>`,
    ),
  );
  edgeSchema.forEach(([name, kind], i) =>
    out.push(
      `  <key id="e${i}" for="edge" attr.name="${escapeXml(name)}" attr.type="${GRAPHML_TYPE[kind]}"/>`,
    ),
  );
  out.push(`  <graph edgedefault="${graph.type === 'directed' ? 'directed' : 'undirected'}">`);
  const data = (a: Attributes, list: Array<[string, Kind]>, prefix: string) =>
    list
      .flatMap(([name], i) =>
        a[name] === undefined || a[name] === null
          ? []
          : [`<data key="${prefix}${i}">${escapeXml(text(a[name]))}</data>`],
      )
      .join('');
  graph.forEachNode((key: string, a: Attributes) =>
    out.push(`    <node id="${escapeXml(key)}">${data(a, nodeSchema, 'n')}</node>`),
  );
  graph.forEachEdge(
    (
      _e: string,
      a: Attributes,
      source: string,
      target: string,
      _sa: Attributes,
      _ta: Attributes,
      undirected: boolean,
    ) => {
      const directed = graph.type === 'mixed' ? ` directed="${undirected ? 'false' : 'true'}"` : '';
      out.push(
        `    <edge source="${escapeXml(source)}" target="${escapeXml(target)}"${directed}>${data(a, edgeSchema, 'e')}</edge>`,
      );
    },
  );
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}
