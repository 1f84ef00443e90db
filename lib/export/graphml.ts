import type { Contact, Organisation } from '../domain/model';
import { writeGraphml } from '../io/graphml';

// GraphML of the collaboration network: organisations are nodes, contacts are edges. The data
// keys carry the same (Dutch) names as the import columns, so the importer reads it back as
// organisaties + contacten. The file format itself is lib/io/graphml.ts.

const NODE_KEYS = ['naam', 'soort', 'keten', 'sector', 'regios', 'processen', 'omschrijving'] as const;
const EDGE_KEYS = [
  ['datum', 'string'],
  ['soort', 'string'],
  ['sterkte', 'int'],
  ['personen', 'string'],
  ['notitie', 'string'],
] as const;

const zip = (names: readonly string[], values: string[]) =>
  Object.fromEntries(names.map((n, i) => [n, values[i] ?? '']));

export function toGraphml(orgs: Organisation[], contacts: Contact[]): string {
  return writeGraphml(
    {
      directed: false,
      nodeAttributes: NODE_KEYS.map((name) => ({ name, type: 'string' })),
      edgeAttributes: EDGE_KEYS.map(([name, type]) => ({ name, type })),
      nodes: orgs.map((o) => ({
        id: o.id,
        data: zip(NODE_KEYS, [
          o.name,
          o.kind,
          o.chain,
          o.sectorId ?? '',
          o.regionCodes.join('|'),
          o.processIds.join('|'),
          o.description,
        ]),
      })),
      edges: contacts.map((c) => ({
        id: c.id,
        source: c.orgAId,
        target: c.orgBId,
        data: zip(
          EDGE_KEYS.map(([n]) => n),
          [c.date, c.kind, String(c.strength), c.personIds.join('|'), c.note],
        ),
      })),
    },
    { graphId: 'koppelvlak' },
  );
}
