import { describe, expect, it } from 'vitest';
import { buildCollaborationGraph } from '../../../lib/analysis/collaboration';
import { GraphFileError } from '../../../lib/analysis/errors';
import {
  parseCsvGraph,
  parseGexf,
  parseGraph,
  parseGraphml,
  toGexf,
  toGraphml,
} from '../../../lib/analysis/io';
import { ValidationError } from '../../../lib/errors';
import { toGraphml as exportGraphml } from '../../../lib/export/graphml';
import { tableToCsv } from '../../../lib/export/tables';
import { toCsv } from '../../../lib/io/csv';
import { parseTables } from '../../../lib/import/parse';
import { readFile } from '../../../lib/import/readers';
import { emptyBatches, resolveTables, type Known } from '../../../lib/import/resolve';
import type { AnyGraph } from '../../../lib/analysis/csr';
import { smallNetwork } from '../../fixtures/small-network';
import { hostile } from './hostile-xml';

// Whole networks through every file format and back (write → read → the same graph), by the
// paths users take: the export read by the importer, and the analysis graph through
// GEXF, GraphML and a CSV edge list (npm run analyze, the explorer export).

const net = smallNetwork();
const known = (): Known => ({
  ...emptyBatches(() => [] as { id: string; name: string }[]),
  regios: net.regions.map((r) => ({ id: r.code, name: r.name })),
  sectoren: net.sectors.map((s) => ({ id: s.id, name: s.name })),
  processen: net.processes.map((p) => ({ id: p.id, name: p.name })),
  personen: net.people.map((p) => ({ id: p.id, name: p.name })),
});

async function importFile(name: string, text: string) {
  const res = resolveTables(
    parseTables(await readFile(name, Buffer.from(text))).tables,
    known(),
    '2026-10-01',
  );
  expect(res.problems).toEqual([]);
  return res.batches;
}

const organisationFields = (o: (typeof net.organisations)[number]) => ({
  id: o.id,
  name: o.name,
  kind: o.kind,
  chain: o.chain,
  sectorId: o.sectorId,
  regionCodes: o.regionCodes,
  processIds: o.processIds,
});
const contactFields = (c: (typeof net.contacts)[number]) => ({
  id: c.id,
  orgAId: c.orgAId,
  orgBId: c.orgBId,
  date: c.date,
  kind: c.kind,
  strength: c.strength,
  personIds: c.personIds,
});

/**
 * Nodes and edges with every attribute, independent of insertion order. `as` says how a format
 * holds values it has no type for: null is left out, objects become JSON text, and GraphML (no
 * list type) writes string lists as "a|b"; GEXF writes a node's name as its label.
 */
function shape(g: AnyGraph, as: 'graph' | 'gexf' | 'graphml' = 'graph') {
  const value = (v: unknown) =>
    as === 'graph' || typeof v !== 'object' || v === null
      ? v
      : Array.isArray(v) && v.every((x) => typeof x === 'string')
        ? as === 'graphml'
          ? v.join('|')
          : v
        : JSON.stringify(v);
  const held = (a: Record<string, unknown>) =>
    Object.fromEntries(
      Object.entries(a)
        .filter(([, v]) => as === 'graph' || (v !== null && v !== undefined))
        .map(([k, v]) => [k, value(v)]),
    );
  // GEXF has a label for every node: the label attribute, else the name.
  const labelled = (a: Record<string, unknown>) =>
    as === 'gexf' && a.label === undefined && a.name !== undefined ? { ...a, label: a.name } : a;
  const nodes = g.mapNodes((key: string, a: Record<string, unknown>) => [key, held(labelled(a))]).sort();
  const edges = g
    .mapEdges((_e: string, a: Record<string, unknown>, s: string, t: string) => [
      [s, t].sort().join('~'),
      held(a),
    ])
    .sort((x, y) => String(x[0]).localeCompare(String(y[0])));
  return { type: g.type, nodes, edges };
}

describe('the export read back by the importer', () => {
  it('GraphML: the same organisations and contacts', async () => {
    const b = await importFile('netwerk.graphml', exportGraphml(net.organisations, net.contacts));
    expect(b.organisaties.map(organisationFields)).toEqual(net.organisations.map(organisationFields));
    expect(b.contacten.map(contactFields)).toEqual(net.contacts.map(contactFields));
  });
  it('CSV: the same organisations and contacts', async () => {
    const orgs = await importFile('organisaties.csv', tableToCsv('organisaties', net.organisations));
    expect(orgs.organisaties.map(organisationFields)).toEqual(net.organisations.map(organisationFields));
    const contacts = resolveTables(
      parseTables(await readFile('contacten.csv', Buffer.from(tableToCsv('contacten', net.contacts)))).tables,
      { ...known(), organisaties: net.organisations.map((o) => ({ id: o.id, name: o.name })) },
      '2026-10-01',
    );
    expect(contacts.problems).toEqual([]);
    expect(contacts.batches.contacten.map(contactFields)).toEqual(net.contacts.map(contactFields));
  });
});

describe('the analysis graph through every format', () => {
  const collab = buildCollaborationGraph(net);
  it('GEXF gives the same graph', () => {
    expect(shape(parseGexf(toGexf(collab)))).toEqual(shape(collab, 'gexf'));
  });
  it('GraphML gives the same graph', () => {
    expect(shape(parseGraphml(toGraphml(collab)))).toEqual(shape(collab, 'graphml'));
  });
  it('a CSV edge list with a nodes file gives the same structure, weights and node attributes', () => {
    const edges = toCsv(
      ['source', 'target', 'weight'],
      collab.mapEdges((_e, a, s, t) => [s, t, a.weight]),
    );
    const nodes = toCsv(
      ['id', 'name', 'chain', 'regionCodes'],
      collab.mapNodes((k, a) => [k, a.name, a.chain, a.regionCodes.join('|')]),
    );
    const g = parseCsvGraph(edges, { nodesText: nodes });
    expect([g.order, g.size, g.type]).toEqual([collab.order, collab.size, collab.type]);
    collab.forEachEdge((_e, a, s, t) => expect(g.getEdgeAttribute(s, t, 'weight')).toBe(a.weight));
    collab.forEachNode((k, a) =>
      expect([g.getNodeAttribute(k, 'name'), g.getNodeAttribute(k, 'chain')]).toEqual([a.name, a.chain]),
    );
    // A single region reads as a value, several as a list (the nodes file's | convention).
    expect(g.getNodeAttribute('pol', 'regionCodes')).toEqual(['VR01', 'VR02', 'VR03']);
  });
});

describe('hostile XML is refused on every path', () => {
  for (const format of ['graphml', 'gexf'] as const)
    for (const h of hostile(format))
      it(`${format}, ${h.name}: a 400 with Dutch and English text from the importer, a GraphFileError from analyze`, async () => {
        const upload = readFile(`h.${format}`, Buffer.from(h.text));
        await expect(upload).rejects.toBeInstanceOf(ValidationError);
        const error = (await upload.catch((e: ValidationError) => e)) as ValidationError;
        expect(error.status).toBe(400);
        expect(error.text.nl).toMatch(/^h\.(graphml|gexf).*geen geldig (GraphML|GEXF)-bestand/);
        expect(error.text.en).toMatch(/not a valid (GraphML|GEXF) file/);
        expect(() => parseGraph(h.text, { file: `h.${format}` })).toThrow(GraphFileError);
      });
  it('an unclosed quote in an uploaded CSV is a 400 naming file and line, not a crash', async () => {
    const error = await readFile('organisaties.csv', Buffer.from('id,naam\na,"open\n')).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).text.nl).toBe(
      'organisaties.csv, regel 2: het bestand is geen geldig CSV-bestand (expected a closing quote (")).',
    );
  });
});
