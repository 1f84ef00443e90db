import { describe, expect, it } from 'vitest';
import { FileFormatError } from '../../../lib/io/errors';
import { readGexf, writeGexf } from '../../../lib/io/gexf';
import type { GraphDocument, ReadDocument } from '../../../lib/io/graph';
import { hostile } from './hostile-xml';

const plain = ({ lineOf: _lineOf, ...doc }: ReadDocument): GraphDocument => doc;

const doc: GraphDocument = {
  directed: false,
  nodeAttributes: [
    { name: 'keten', type: 'string' },
    { name: 'regios', type: 'liststring' },
  ],
  edgeAttributes: [{ name: 'keten', type: 'boolean' }],
  nodes: [
    { id: 'vr-vr01', label: 'VR <Groningen> & "Drenthe"', data: { keten: 'algemeen', regios: 'VR01|VR03' } },
    { id: "o'neill", data: { keten: '' } },
  ],
  edges: [
    {
      id: 'e1',
      source: 'vr-vr01',
      target: "o'neill",
      weight: '2.5',
      label: 'stroom',
      data: { keten: 'true' },
    },
    { id: 'e2', source: "o'neill", target: 'vr-vr01', directed: true, data: {} },
  ],
};

describe('GEXF (lib/io/gexf.ts)', () => {
  it('round-trips a document: labels, weights, per-class attributes, per-edge type', () => {
    expect(plain(readGexf(writeGexf(doc)))).toEqual(doc);
    expect(readGexf(writeGexf({ ...doc, directed: true })).directed).toBe(true);
  });
  it('keeps node and edge attributes apart when their ids are the same', () => {
    const back = readGexf(writeGexf(doc));
    expect(back.nodes[0]?.data).toEqual({ keten: 'algemeen', regios: 'VR01|VR03' });
    expect(back.edgeAttributes).toEqual([{ name: 'keten', type: 'boolean' }]);
  });
  it('gives edges without an id their index, and writes the creator', () => {
    const text = writeGexf(
      { ...doc, edges: [{ source: 'a', target: 'b', data: {} }] },
      { creator: 'test & co' },
    );
    expect(text).toContain('<creator>test &amp; co</creator>');
    expect(readGexf(text).edges[0]?.id).toBe('0');
  });
  it('round-trips a 2 MB label', () => {
    const big = 'ë'.repeat(2 * 1024 * 1024);
    expect(
      readGexf(writeGexf({ ...doc, nodes: [{ id: 'x', label: big, data: {} }], edges: [] })).nodes[0]?.label,
    ).toBe(big);
  });
  it('reads GEXF 1.1 attvalues keyed by id, and character references', () => {
    const back = readGexf(`<gexf><graph defaultedgetype="directed">
      <attributes class="node"><attribute id="0" title="sector"/></attributes>
      <nodes><node id="a" label="W&#228;ter &amp; zo"><attvalues><attvalue id="0" value="drinkwater"/></attvalues></node></nodes>
      <edges><edge source="a" target="a" type="undirected"/></edges></graph></gexf>`);
    expect(back.nodes[0]).toEqual({ id: 'a', label: 'Wäter & zo', data: { sector: 'drinkwater' } });
    expect(back.edges[0]?.directed).toBe(false);
    expect(back.directed).toBe(true);
  });
  it('names the line of an edge without a source', () => {
    expect(() =>
      readGexf('<gexf><graph>\n<edges>\n<edge target="a"/>\n</edges></graph></gexf>', { file: 'g.gexf' }),
    ).toThrow('g.gexf:3: expected source and target on every <edge>');
  });
  describe('refuses hostile XML with a FileFormatError naming file and line', () => {
    for (const h of hostile('gexf'))
      it(h.name, () => {
        let error: unknown;
        try {
          readGexf(h.text, { file: 'h.gexf' });
        } catch (e) {
          error = e;
        }
        expect(error).toBeInstanceOf(FileFormatError);
        expect((error as Error).message).toMatch(/^h\.gexf/);
        expect((error as Error).message).toMatch(h.expected);
      });
  });
});
