// A graph as GraphML and GEXF files hold it, before anyone interprets it: ids, declared
// attributes with their type, and every value as the text in the file. lib/io/graphml.ts and
// lib/io/gexf.ts read and write this shape; the importer turns it into tables
// (lib/import/readers.ts), lib/analysis/io into a graphology graph, the exports build it.

export interface AttributeDecl {
  name: string;
  /** As declared: string, int, long, float, double, boolean, liststring, … */
  type?: string;
}

export interface FileNode {
  id: string;
  /** GEXF's label attribute (GraphML keeps labels in data). */
  label?: string;
  /** Values by attribute name (GraphML: key defaults filled in). */
  data: Record<string, string>;
}

export interface FileEdge {
  id?: string;
  source: string;
  target: string;
  /** Per-edge direction when the file gives one; else the graph's default. */
  directed?: boolean;
  /** GEXF's label and weight attributes (GraphML keeps them in data). */
  label?: string;
  weight?: string;
  data: Record<string, string>;
}

export interface GraphDocument {
  /** The default direction (GraphML edgedefault, GEXF defaultedgetype). */
  directed: boolean;
  nodeAttributes: AttributeDecl[];
  edgeAttributes: AttributeDecl[];
  nodes: FileNode[];
  edges: FileEdge[];
}

/** A read document, with the line of its n-th node or edge for error messages. */
export interface ReadDocument extends GraphDocument {
  lineOf(tag: 'node' | 'edge', index: number): number | null;
}

/** A value read as its declared type: numbers, booleans and `a|b` lists; otherwise the text. */
export function typedValue(value: string, type: string | undefined): unknown {
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

/** Values keyed by name as own properties (a name like `__proto__` stays a plain key). */
export function record(entries: Iterable<readonly [string, string]>): Record<string, string> {
  return Object.fromEntries(entries) as Record<string, string>;
}
