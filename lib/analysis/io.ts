import type Graph from 'graphology';
import { GraphFileError } from './errors';
import { parseCsvGraph, type CsvOptions } from './io/csv';
import { parseGraphologyJson } from './io/json';
import { escapeXml } from '../io/xml';
import { toGexf, toGraphml } from './io/serialize';
import { parseGexf, parseGraphml } from './io/xml';

export {
  parseCsvGraph,
  parseGexf,
  parseGraphml,
  parseGraphologyJson,
  toGexf,
  toGraphml,
  escapeXml,
  type CsvOptions,
};

export type GraphFormat = 'csv' | 'gexf' | 'graphml' | 'json';

/** Format from the file name, else from the first characters of the text. */
export function detectFormat(file: string, text: string): GraphFormat {
  const ext = /\.([a-z]+)$/i.exec(file)?.[1]?.toLowerCase();
  if (ext === 'gexf' || ext === 'graphml' || ext === 'json') return ext;
  if (ext === 'csv' || ext === 'tsv' || ext === 'txt' || ext === 'edges') return 'csv';
  const head = text.slice(0, 2000).trimStart();
  if (head.startsWith('{')) return 'json';
  if (head.startsWith('<')) return /<graphml/i.test(head) ? 'graphml' : 'gexf';
  return 'csv';
}

/**
 * Read a graph from text: CSV edge list (+ optional nodes file), GEXF, GraphML or graphology JSON.
 * Pure (no file system): the caller reads the files. Undirected unless the file says directed.
 * Malformed input throws GraphFileError naming the file, the line and what was expected.
 */
export function parseGraph(
  text: string,
  options: CsvOptions & { file?: string; format?: GraphFormat } = {},
): Graph {
  const file = options.file ?? 'graph';
  if (typeof text !== 'string') throw new GraphFileError(file, null, 'the text of a graph file');
  const format = options.format ?? detectFormat(file, text);
  switch (format) {
    case 'csv':
      return parseCsvGraph(text, { ...options, file });
    case 'gexf':
      return parseGexf(text, { file });
    case 'graphml':
      return parseGraphml(text, { file });
    case 'json':
      return parseGraphologyJson(text, { file });
    default:
      throw new GraphFileError(file, null, 'format csv, gexf, graphml or json', String(format));
  }
}
