import { isSurveyEvidence } from '../analysis/survey';
import type { Viewer } from '../auth/viewer';
import { recordAudit } from '../audit/record';
import { runQuery, withWriteTransaction } from '../db/run';
import { toGraphml } from '../export/graphml';
import { tablesToZip, type ExportTables } from '../export/tables';
import type { Entity } from '../import/columns';
import { assertCan } from '../auth/permissions';
import { getNetworkForViewer, today } from './network';

// Export of what the viewer may see (getNetworkForViewer filters confidential koppelvlakken in
// the query) as a ZIP of CSV files with the importer's headers, or as GraphML. Every export is
// audited.

async function provenance(): Promise<Map<string, { source: string; date: string | null }>> {
  const rows = await runQuery('get-export-provenance', {});
  return new Map(rows.map((r) => [`${r.entity}:${r.id}`, { source: r.source, date: r.date }]));
}

export async function buildExportTables(viewer: Viewer): Promise<ExportTables> {
  assertCan(viewer, 'export:data');
  const [net, docs, prov] = await Promise.all([
    getNetworkForViewer(viewer),
    runQuery('get-documents', {}),
    provenance(),
  ]);
  const asOf = today();
  const p = (e: Entity, id: string, fallbackDate: string) => {
    const x = prov.get(`${e}:${id}`);
    return { source: x?.source ?? '', date: x?.date ?? fallbackDate };
  };
  const visibleKv = new Set(net.koppelvlakken.map((k) => k.id));
  return {
    regios: net.regions,
    sectoren: net.sectors,
    processen: net.processes.map((x) => ({ ...x, ...p('processen', x.id, asOf) })),
    documenten: docs,
    organisaties: net.organisations.map((x) => ({ ...x, ...p('organisaties', x.id, asOf) })),
    personen: net.people.map((x) => ({ ...x, ...p('personen', x.id, asOf) })),
    coalities: net.coalitions.map((x) => ({ ...x, ...p('coalities', x.id, x.startedAt) })),
    voortgangsgesprekken: net.reviews.map((x) => ({
      ...x,
      source: p('voortgangsgesprekken', x.id, x.date).source,
    })),
    koppelvlakken: net.koppelvlakken,
    afspraken: net.agreements.map((x) => ({
      ...x,
      koppelvlakIds: x.koppelvlakIds.filter((k) => visibleKv.has(k)),
      date: p('afspraken', x.id, x.signedAt ?? asOf).date,
    })),
    // Contacts recorded by hand or import; a survey's contact evidence stays with its round.
    contacten: net.contacts
      .filter((x) => !isSurveyEvidence(x))
      .map((x) => ({ ...x, source: p('contacten', x.id, x.date).source })),
    bijeenkomsten: net.meetings.map((x) => ({ ...x, source: p('bijeenkomsten', x.id, x.date).source })),
  };
}

async function audit(viewer: Viewer, action: string, after: unknown, ip: string | null) {
  await withWriteTransaction(async (tx) => {
    await recordAudit(viewer, { action, entityType: 'export', entityId: null, after, ip }, tx);
  });
}

/** The whole visible dataset as a ZIP of CSV files (plus a GraphML of the collaboration graph). */
export async function exportZip(
  viewer: Viewer,
  ip: string | null = null,
): Promise<{ fileName: string; data: Buffer }> {
  const tables = await buildExportTables(viewer);
  const graphml = toGraphml(
    (tables.organisaties ?? []) as Parameters<typeof toGraphml>[0],
    (tables.contacten ?? []) as Parameters<typeof toGraphml>[1],
  );
  const data = tablesToZip(tables, [{ name: 'netwerk.graphml', data: graphml }]);
  const counts = Object.fromEntries(Object.entries(tables).map(([k, v]) => [k, v?.length ?? 0]));
  await audit(viewer, 'export.zip', { counts, bytes: data.length }, ip);
  return { fileName: `koppelvlak-export-${today()}.zip`, data };
}

export async function exportGraphml(
  viewer: Viewer,
  ip: string | null = null,
): Promise<{ fileName: string; data: string }> {
  assertCan(viewer, 'export:data');
  const net = await getNetworkForViewer(viewer);
  const contacts = net.contacts.filter((x) => !isSurveyEvidence(x));
  const data = toGraphml(net.organisations, contacts);
  await audit(
    viewer,
    'export.graphml',
    {
      organisations: net.organisations.length,
      contacts: contacts.length,
    },
    ip,
  );
  return { fileName: `koppelvlak-netwerk-${today()}.graphml`, data };
}
