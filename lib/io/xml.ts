import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { FileFormatError, lineAt } from './errors';
import type { GraphDocument, ReadDocument } from './graph';

// The one XML reader and escaper behind GraphML and GEXF (lib/io/graphml.ts, lib/io/gexf.ts).
// Hostile files are refused before anything is built: a DOCTYPE or entity declaration (entity
// expansion, external entities) by name, nesting deeper than MAX_DEPTH, malformed XML with its
// line. Only the XML entities and character references are decoded (no declared ones: no DOCTYPE).

export type XmlElement = { '@'?: Record<string, string>; '#text'?: string; [child: string]: unknown };

/** Deepest element nesting a GraphML or GEXF file needs is about 6; anything past this is refused. */
export const MAX_DEPTH = 64;

const LISTS = new Set(['node', 'edge', 'attribute', 'attvalue', 'attributes', 'key', 'data', 'graph']);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  attributesGroupName: '@',
  parseAttributeValue: false,
  parseTagValue: false,
  removeNSPrefix: true,
  processEntities: true,
  // Decodes character references (&#228;, &#xE4;), which XML has and the parser files under HTML
  // (so HTML's named ones such as &nbsp; are decoded too; no declared entity ever is).
  htmlEntities: true,
  maxNestedTags: MAX_DEPTH,
  isArray: (name) => LISTS.has(name),
});

/** Parses `text` and returns its `<root>` element, or throws FileFormatError naming the file and line. */
export function parseXml(text: string, file: string, root: string): XmlElement {
  if (typeof text !== 'string') throw new FileFormatError(file, null, 'text');
  const declaration = /<!(DOCTYPE|ENTITY)/i.exec(text);
  if (declaration)
    throw new FileFormatError(
      file,
      lineAt(text, declaration.index),
      'XML without a DOCTYPE or entity declarations (they are refused)',
      `<!${declaration[1]}`,
    );
  const depth = nestingBeyond(text, MAX_DEPTH);
  if (depth !== null)
    throw new FileFormatError(file, lineAt(text, depth), `elements nested at most ${MAX_DEPTH} deep`);
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new FileFormatError(file, valid.err.line, 'well-formed XML', valid.err.msg);
  let doc: Record<string, unknown>;
  try {
    doc = parser.parse(text) as Record<string, unknown>;
  } catch (error) {
    throw new FileFormatError(file, null, 'well-formed XML', (error as Error).message);
  }
  const top = doc[root];
  if (!top || typeof top !== 'object')
    throw new FileFormatError(
      file,
      null,
      `a <${root}> root element`,
      `<${Object.keys(doc).filter((k) => k !== '?xml')[0] ?? 'nothing'}>`,
    );
  return top as XmlElement;
}

/** Offset of the first start tag nested deeper than `max`, or null (a linear scan, before parsing). */
function nestingBeyond(text: string, max: number): number | null {
  let depth = 0;
  const tags =
    /<(\/?)([A-Za-z_][^\s/>]*)[^>]*?(\/?)>|<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>/g;
  for (let m = tags.exec(text); m !== null; m = tags.exec(text)) {
    if (m[2] === undefined) continue;
    if (m[1] === '/') depth--;
    else if (m[3] !== '/' && ++depth > max) return m.index;
  }
  return null;
}

export const attrs = (e: unknown): Record<string, string> =>
  ((e as XmlElement)?.['@'] ?? {}) as Record<string, string>;
export const children = (e: unknown, name: string): XmlElement[] =>
  ((e as XmlElement)?.[name] as XmlElement[] | undefined) ?? [];
/** The one child holding a list (`<nodes>`, `<attvalues>`), however the parser shaped it. */
export const holder = (e: unknown, name: string): unknown => {
  const v = (e as XmlElement)?.[name];
  return Array.isArray(v) ? v[0] : v;
};
export const textOf = (e: unknown): string =>
  typeof e === 'string'
    ? e
    : typeof (e as XmlElement)?.['#text'] === 'string'
      ? (e as XmlElement)['#text']!
      : '';

/** Line of the n-th (0-based) element `<tag …>` (not `<tags>`), or null. */
export function lineOfNth(text: string, tag: string, n: number): number | null {
  const pattern = new RegExp(`<(?:[\\w-]+:)?${tag}[\\s/>]`, 'g');
  let match: RegExpExecArray | null = null;
  for (let i = 0; i <= n; i++) {
    match = pattern.exec(text);
    if (match === null) return null;
  }
  return match === null ? null : lineAt(text, match.index);
}

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

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

/** The id of the n-th <node>, or a FileFormatError at its line. */
export function nodeIdOf(node: unknown, index: number, file: string, text: string): string {
  const id = attrs(node).id;
  if (id === undefined || id === '')
    throw new FileFormatError(file, lineOfNth(text, 'node', index), 'an id on every <node>');
  return id;
}

/** Source and target of the n-th <edge>, or a FileFormatError at its line. */
export function edgeEndsOf(
  edge: unknown,
  index: number,
  file: string,
  text: string,
): { source: string; target: string } {
  const { source, target } = attrs(edge);
  if (!source || !target)
    throw new FileFormatError(file, lineOfNth(text, 'edge', index), 'source and target on every <edge>');
  return { source, target };
}

/** A read document that can name the line of its n-th node or edge. */
export function withLines(text: string, doc: GraphDocument): ReadDocument {
  return { ...doc, lineOf: (tag, index) => lineOfNth(text, tag, index) };
}
