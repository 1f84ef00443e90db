import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UndirectedGraph } from 'graphology';
import { betweenness } from '@/lib/analysis/betweenness';
import { buildCollaborationGraph } from '@/lib/analysis/collaboration';
import { GraphFileError } from '@/lib/analysis/errors';
import {
  detectFormat,
  escapeXml,
  parseCsvGraph,
  parseGexf,
  parseGraph,
  parseGraphml,
  parseGraphologyJson,
  toGexf,
  toGraphml,
} from '@/lib/analysis/io';
import { smallNetwork } from '../../fixtures/small-network';
import { fixture } from './helpers';

const read = (name: string) => readFileSync(fixture(name), 'utf8');

describe('parseCsvGraph', () => {
  it('reads the karate club with weights and the nodes file', () => {
    const g = parseCsvGraph(read('karate.csv'), { file: 'karate.csv', nodesText: read('karate-nodes.csv') });
    expect(g.type).toBe('undirected');
    expect([g.order, g.size]).toEqual([34, 78]);
    expect(g.getEdgeAttribute('0', '1', 'weight')).toBe(4);
    expect(g.getNodeAttribute('0', 'club')).toBe('Mr. Hi');
    expect(betweenness(g).normalized['0']).toBeCloseTo(0.437635, 6);
  });
  it('keeps the isolated Pucci from the nodes file', () => {
    const g = parseCsvGraph(read('florentine-marriage.csv'), { nodesText: read('florentine-nodes.csv') });
    expect(g.order).toBe(16);
    expect(g.degree('Pucci')).toBe(0);
  });
  it('reads headerless rows, semicolons, quotes, comments and a directed marker', () => {
    const g = parseCsvGraph('# directed\n"a;b";c;2\nc;d\n');
    expect(g.type).toBe('directed');
    expect(g.getEdgeAttribute('a;b', 'c', 'weight')).toBe(2);
    expect(g.hasDirectedEdge('c', 'd')).toBe(true);
  });
  it('splits multi-valued node attributes on |', () => {
    const g = parseCsvGraph('source,target\nx,y\n', {
      nodesText: 'id,label,regionCodes\nx,X,VR01|VR02\ny,Y,VR03\n',
    });
    expect(g.getNodeAttribute('x', 'regionCodes')).toEqual(['VR01', 'VR02']);
    expect(g.getNodeAttribute('y', 'regionCodes')).toBe('VR03');
  });
  it('names the file, the line and the expectation when a row is malformed', () => {
    expect(() => parseCsvGraph('source,target,weight\na,b,1\nc\n', { file: 'e.csv' })).toThrow(
      new GraphFileError('e.csv', 3, 'a row source,target[,weight]', '"c"'),
    );
    expect(() => parseCsvGraph('a,b,zwaar\n', { file: 'e.csv' })).toThrow(
      "e.csv:1: expected a positive number in column 'weight', got 'zwaar'",
    );
    expect(() => parseCsvGraph('a,"b\n', { file: 'e.csv' })).toThrow('e.csv:1: expected a closing quote');
    expect(() => parseCsvGraph('a,b\n', { nodesText: 'naam\nx\n', nodesFile: 'n.csv' })).toThrow(
      /^n\.csv:1: expected a header row starting with id/,
    );
    expect(() => parseCsvGraph('a,b\n', { nodesText: 'id\nx\nx\n', nodesFile: 'n.csv' })).toThrow(
      "n.csv:3: expected each node id once, got 'x' again",
    );
  });
});

describe('GEXF and GraphML', () => {
  const collab = buildCollaborationGraph(smallNetwork());
  it('round-trips the collaboration graph through GEXF', () => {
    const g = parseGexf(toGexf(collab));
    expect([g.order, g.size, g.type]).toEqual([8, 20, 'undirected']);
    expect(g.getEdgeAttribute('tennet', 'vr01', 'weight')).toBe(10.5);
    expect(g.getNodeAttribute('pol', 'regionCodes')).toEqual(['VR01', 'VR02', 'VR03']);
    expect(g.getNodeAttribute('tennet', 'label')).toBe('TenneT');
    expect(JSON.parse(g.getEdgeAttribute('tennet', 'vr01', 'evidence') as string)).toHaveLength(5);
  });
  it('round-trips through GraphML', () => {
    const g = parseGraphml(toGraphml(collab));
    expect([g.order, g.size]).toEqual([8, 20]);
    expect(g.getEdgeAttribute('tennet', 'vr01', 'weight')).toBe(10.5);
    expect(g.getEdgeAttribute('tennet', 'vr01', 'crossChain')).toBe(true);
  });
  it('escapes XML in names and keys', () => {
    const g = new UndirectedGraph();
    g.addNode('a&b', { label: 'Water <& "Stroom">' });
    g.addNode("c'd");
    g.addEdge('a&b', "c'd");
    for (const text of [toGexf(g), toGraphml(g)]) {
      expect(text).not.toMatch(/Water <&/);
      const back = parseGraph(text, { file: text.includes('<graphml') ? 'x.graphml' : 'x.gexf' });
      expect(back.hasEdge('a&b', "c'd")).toBe(true);
    }
    expect(escapeXml('a\u0001<b>')).toBe('a&lt;b&gt;');
  });
  it('reads a directed GraphML with a weight key and defaults', () => {
    const text = `<?xml version="1.0"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="w" for="edge" attr.name="weight" attr.type="double"><default>1</default></key>
  <key id="c" for="node" attr.name="chain" attr.type="string"/>
  <graph edgedefault="directed">
    <node id="a"><data key="c">algemeen</data></node>
    <node id="b"/>
    <edge source="a" target="b"><data key="w">2.5</data></edge>
    <edge source="b" target="a"/>
  </graph>
</graphml>`;
    const g = parseGraphml(text);
    expect(g.type).toBe('directed');
    expect(g.getDirectedEdgeAttribute('a', 'b', 'weight')).toBe(2.5);
    expect(g.getDirectedEdgeAttribute('b', 'a', 'weight')).toBe(1);
    expect(g.getNodeAttribute('a', 'chain')).toBe('algemeen');
  });
  it('reports malformed XML with its line, and a bad edge with the edge line', () => {
    expect(() =>
      parseGexf('<gexf>\n<graph>\n<nodes><node id="a"></nodes>\n</graph></gexf>', { file: 'g.gexf' }),
    ).toThrow(/^g\.gexf:3: expected well-formed XML/);
    expect(() =>
      parseGexf('<gexf><graph>\n<edges>\n<edge source="a"/>\n</edges></graph></gexf>', { file: 'g.gexf' }),
    ).toThrow('g.gexf:3: expected source and target on every <edge>');
    expect(() => parseGraphml('<gexf/>', { file: 'g.graphml' })).toThrow(
      'g.graphml: expected a <graphml> root element, got <gexf>',
    );
  });
});

describe('graphology JSON', () => {
  it('reads the serialized form, direction from options', () => {
    const g = parseGraphologyJson(
      JSON.stringify({
        options: { type: 'directed' },
        nodes: [{ key: 'a' }, { key: 'b', attributes: { chain: 'functioneel' } }],
        edges: [{ source: 'a', target: 'b', attributes: { weight: 2 } }],
      }),
    );
    expect(g.type).toBe('directed');
    expect(g.getNodeAttribute('b', 'chain')).toBe('functioneel');
  });
  it('round-trips graph.export()', () => {
    const collab = buildCollaborationGraph(smallNetwork());
    const g = parseGraph(JSON.stringify(collab.export()), { file: 'c.json' });
    expect([g.order, g.size, g.type]).toEqual([8, 20, 'undirected']);
    expect(g.getEdgeAttribute('tennet', 'vr01', 'evidence')).toHaveLength(5);
  });
  it('names the line of a JSON syntax error', () => {
    expect(() => parseGraphologyJson('{\n "nodes": [\n  {"key": "a",}\n ]\n}', { file: 'g.json' })).toThrow(
      /^g\.json:3: expected valid JSON/,
    );
    expect(() => parseGraphologyJson('{"nodes": [{}]}', { file: 'g.json' })).toThrow(
      'g.json: expected nodes[0].key to be a string, got nothing',
    );
  });
});

describe('detectFormat', () => {
  it('goes by extension, then by content', () => {
    expect(detectFormat('a.GEXF', '')).toBe('gexf');
    expect(detectFormat('data', '<?xml version="1.0"?><graphml>')).toBe('graphml');
    expect(detectFormat('data', '  {"nodes": []}')).toBe('json');
    expect(detectFormat('data', 'a,b')).toBe('csv');
  });
});
