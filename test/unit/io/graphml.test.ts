import { describe, expect, it } from 'vitest';
import { FileFormatError } from '../../../lib/io/errors';
import type { GraphDocument, ReadDocument } from '../../../lib/io/graph';
import { readGraphml, writeGraphml } from '../../../lib/io/graphml';
import { hostile } from './hostile-xml';

const plain = ({ lineOf: _lineOf, ...doc }: ReadDocument): GraphDocument => doc;

const doc: GraphDocument = {
  directed: false,
  nodeAttributes: [
    { name: 'naam', type: 'string' },
    { name: 'regios', type: 'string' },
    { name: 'gewicht', type: 'double' },
  ],
  edgeAttributes: [
    { name: 'sterkte', type: 'int' },
    { name: 'notitie', type: 'string' },
  ],
  nodes: [
    { id: 'vr-vr01', data: { naam: 'Water <& "Stroom"> \'n zo', regios: 'VR01|VR02', gewicht: '0.5' } },
    { id: 'a&b', data: { naam: 'Fryslân – ijs ❄', regios: '', gewicht: '1e3' } },
    { id: 'leeg', data: {} },
  ],
  edges: [
    { id: 'c1', source: 'vr-vr01', target: 'a&b', data: { sterkte: '2', notitie: 'regel 1\nregel 2' } },
    { source: 'a&b', target: 'leeg', directed: true, data: { notitie: '' } },
  ],
};

describe('GraphML (lib/io/graphml.ts)', () => {
  it('round-trips a document: ids, declared types, text with markup, empty and absent values, direction', () => {
    const back = readGraphml(writeGraphml(doc));
    expect(plain(back)).toEqual(doc);
    expect(readGraphml(writeGraphml({ ...doc, directed: true })).directed).toBe(true);
  });
  it('writes an id on the graph when asked and keeps ids and values that look like numbers as text', () => {
    const text = writeGraphml(
      { ...doc, nodes: [{ id: '007', data: { naam: '0123', regios: '1e3' } }], edges: [] },
      { graphId: 'koppelvlak' },
    );
    expect(text).toContain('<graph id="koppelvlak" edgedefault="undirected">');
    expect(readGraphml(text).nodes[0]).toEqual({ id: '007', data: { naam: '0123', regios: '1e3' } });
  });
  it('drops characters XML cannot hold instead of writing an unreadable file', () => {
    const text = writeGraphml({ ...doc, nodes: [{ id: 'x', data: { naam: 'a\u0001b\u0000c' } }], edges: [] });
    expect(readGraphml(text).nodes[0]?.data.naam).toBe('abc');
  });
  it('round-trips a 2 MB attribute value', () => {
    const big = 'x'.repeat(2 * 1024 * 1024);
    const text = writeGraphml({ ...doc, nodes: [{ id: 'big', data: { naam: big } }], edges: [] });
    expect(readGraphml(text).nodes[0]?.data.naam).toHaveLength(big.length);
  });
  it('keeps attribute names like __proto__ and constructor as plain keys', () => {
    const text = writeGraphml({
      directed: false,
      nodeAttributes: [{ name: '__proto__' }, { name: 'constructor' }],
      edgeAttributes: [],
      nodes: [
        {
          id: '__proto__',
          data: Object.fromEntries([
            ['__proto__', 'p'],
            ['constructor', 'c'],
          ]),
        },
      ],
      edges: [],
    });
    const node = readGraphml(text).nodes[0]!;
    expect(node.id).toBe('__proto__');
    expect(Object.getPrototypeOf(node.data)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(node.data, '__proto__')?.value).toBe('p');
    expect(node.data.constructor).toBe('c');
  });
  it('fills in key defaults, reads per-edge direction and prefixed elements', () => {
    const back = readGraphml(`<?xml version="1.0"?>
<g:graphml xmlns:g="http://graphml.graphdrawing.org/xmlns">
  <g:key id="w" for="edge" attr.name="weight" attr.type="double"><g:default>1</g:default></g:key>
  <g:graph edgedefault="directed">
    <g:node id="a"/><g:node id="b"/>
    <g:edge source="a" target="b" directed="false"><g:data key="w">2.5</g:data></g:edge>
    <g:edge source="b" target="a"/>
  </g:graph>
</g:graphml>`);
    expect(back.directed).toBe(true);
    expect(back.edges.map((e) => [e.directed, e.data.weight])).toEqual([
      [false, '2.5'],
      [undefined, '1'],
    ]);
  });
  it('names the line of a node without an id and of an edge without a target', () => {
    expect(() => readGraphml('<graphml><graph>\n<node/>\n</graph></graphml>', { file: 'n.graphml' })).toThrow(
      'n.graphml:2: expected an id on every <node>',
    );
    expect(() =>
      readGraphml('<graphml><graph>\n<node id="a"/>\n<edge source="a"/></graph></graphml>', {
        file: 'n.graphml',
      }),
    ).toThrow('n.graphml:3: expected source and target on every <edge>');
  });
  describe('refuses hostile XML with a FileFormatError naming file and line', () => {
    for (const h of hostile('graphml'))
      it(h.name, () => {
        let error: unknown;
        try {
          readGraphml(h.text, { file: 'h.graphml' });
        } catch (e) {
          error = e;
        }
        expect(error).toBeInstanceOf(FileFormatError);
        expect((error as Error).message).toMatch(/^h\.graphml/);
        expect((error as Error).message).toMatch(h.expected);
      });
  });
});
