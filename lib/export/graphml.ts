import type { Contact, Organisation } from '../domain/model';

// GraphML of the collaboration network: organisations are nodes, contacts are edges. The data
// keys carry the same (Dutch) names as the import columns, so the importer reads it back as
// organisaties + contacten.

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const NODE_KEYS = [
  ['naam', 'string'],
  ['soort', 'string'],
  ['keten', 'string'],
  ['sector', 'string'],
  ['regios', 'string'],
  ['processen', 'string'],
  ['omschrijving', 'string'],
] as const;
const EDGE_KEYS = [
  ['datum', 'string'],
  ['soort', 'string'],
  ['sterkte', 'int'],
  ['personen', 'string'],
  ['notitie', 'string'],
] as const;

export function toGraphml(orgs: Organisation[], contacts: Contact[]): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
  ];
  NODE_KEYS.forEach(([n, t], i) =>
    out.push(`  <key id="n${i}" for="node" attr.name="${n}" attr.type="${t}"/>`),
  );
  EDGE_KEYS.forEach(([n, t], i) =>
    out.push(`  <key id="e${i}" for="edge" attr.name="${n}" attr.type="${t}"/>`),
  );
  out.push('  <graph id="koppelvlak" edgedefault="undirected">');
  for (const o of orgs) {
    const vals = [
      o.name,
      o.kind,
      o.chain,
      o.sectorId ?? '',
      o.regionCodes.join('|'),
      o.processIds.join('|'),
      o.description,
    ];
    out.push(`    <node id="${esc(o.id)}">`);
    vals.forEach((v, i) => out.push(`      <data key="n${i}">${esc(v)}</data>`));
    out.push('    </node>');
  }
  for (const c of contacts) {
    const vals = [c.date, c.kind, String(c.strength), c.personIds.join('|'), c.note];
    out.push(`    <edge id="${esc(c.id)}" source="${esc(c.orgAId)}" target="${esc(c.orgBId)}">`);
    vals.forEach((v, i) => out.push(`      <data key="e${i}">${esc(v)}</data>`));
    out.push('    </edge>');
  }
  out.push('  </graph>', '</graphml>');
  return out.join('\n') + '\n';
}
