import type Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import { GraphFileError } from '../errors';
import { CsvError, parseCsv, type CsvRow } from '../../io/csv';
import { GraphBuilder, parseScalar } from './build';

export interface CsvOptions {
  /** Name used in error messages. */
  file?: string;
  /** Text of a nodes file: `id,label,attr…` with a header. */
  nodesText?: string;
  nodesFile?: string;
  /** Read edges as directed (also switched on by a `# directed` line in the edge file). */
  directed?: boolean;
}

const SOURCE_NAMES = new Set(['source', 'from', 'van', 'bron']);
const TARGET_NAMES = new Set(['target', 'to', 'naar', 'doel']);
const WEIGHT_NAMES = new Set(['weight', 'gewicht']);
const ID_NAMES = new Set(['id', 'key', 'node']);

/**
 * An edge list `source,target[,weight]` (header optional; other header columns become edge
 * attributes), with an optional nodes file `id,label,…` whose values may list several groups as
 * `VR01|VR02`. Comma, semicolon or tab separated; `#` starts a comment line.
 */
export function parseCsvGraph(text: string, options: CsvOptions = {}): Graph {
  const file = options.file ?? 'edges.csv';
  const rows = readRows(text, file);
  const directed = options.directed ?? rows.directed;
  const builder = new GraphBuilder(directed);
  if (options.nodesText !== undefined)
    readNodes(options.nodesText, options.nodesFile ?? 'nodes.csv', builder);
  let columns: string[] | null = null;
  for (const [index, { line, fields }] of rows.data.entries()) {
    if (
      index === 0 &&
      SOURCE_NAMES.has(fields[0]?.trim().toLowerCase() ?? '') &&
      TARGET_NAMES.has(fields[1]?.trim().toLowerCase() ?? '')
    ) {
      columns = fields.map((f) => f.trim());
      continue;
    }
    const source = fields[0]?.trim() ?? '';
    const target = fields[1]?.trim() ?? '';
    if (fields.length < 2 || source === '' || target === '')
      throw new GraphFileError(file, line, 'a row source,target[,weight]', JSON.stringify(fields.join(',')));
    const attributes: Attributes = {};
    for (let c = 2; c < fields.length; c++) {
      const name = columns ? (columns[c] ?? `column${c + 1}`) : c === 2 ? 'weight' : `column${c + 1}`;
      const raw = fields[c]!.trim();
      if (raw === '') continue;
      if (WEIGHT_NAMES.has(name.toLowerCase())) {
        const w = Number(raw);
        if (!Number.isFinite(w) || w <= 0)
          throw new GraphFileError(file, line, `a positive number in column '${name}'`, `'${raw}'`);
        attributes.weight = w;
      } else attributes[name] = parseScalar(raw);
    }
    builder.edge(source, target, attributes);
  }
  return builder.build();
}

function readNodes(text: string, file: string, builder: GraphBuilder): void {
  const { data } = readRows(text, file);
  const [header, ...rows] = data;
  if (!header || !ID_NAMES.has(header.fields[0]?.trim().toLowerCase() ?? '')) {
    throw new GraphFileError(
      file,
      header?.line ?? 1,
      'a header row starting with id (id,label,…)',
      header ? `'${header.fields.join(',')}'` : 'an empty file',
    );
  }
  const names = header.fields.map((f) => f.trim());
  const seen = new Set<string>();
  for (const { line, fields } of rows) {
    const id = fields[0]?.trim() ?? '';
    if (id === '') throw new GraphFileError(file, line, 'a node id in the first column');
    if (seen.has(id)) throw new GraphFileError(file, line, 'each node id once', `'${id}' again`);
    seen.add(id);
    const attributes: Attributes = {};
    for (let c = 1; c < fields.length; c++) {
      const raw = fields[c]!.trim();
      if (raw === '') continue;
      attributes[names[c] ?? `column${c + 1}`] = raw.includes('|')
        ? raw
            .split('|')
            .map((v) => v.trim())
            .filter(Boolean)
        : parseScalar(raw);
    }
    builder.node(id, attributes);
  }
}

interface Rows {
  directed: boolean;
  data: CsvRow[];
}

/** Rows of an edge or nodes file: blank lines and `#` comments skipped, `# directed` noted. */
function readRows(text: string, file: string): Rows {
  if (typeof text !== 'string') throw new GraphFileError(file, null, 'text');
  let directed = false;
  try {
    const rows = parseCsv(text, {
      separators: [',', ';', '\t'],
      comments: true,
      onComment: (comment) => {
        if (/^#\s*directed\s*$/i.test(comment)) directed = true;
      },
      multiline: false,
    });
    return { directed, data: rows.filter((r) => !(r.fields.length === 1 && r.fields[0]!.trim() === '')) };
  } catch (error) {
    if (error instanceof CsvError) throw new GraphFileError(file, error.line, error.expected);
    throw error;
  }
}
