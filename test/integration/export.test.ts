import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { viewerFromToken } from '../../lib/auth/session';
import type { Viewer } from '../../lib/auth/viewer';
import { closeDriver, databaseName, getDriver } from '../../lib/db/driver';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../lib/db/embedded';
import { migrate } from '../../lib/db/migrate';
import { exportZip } from '../../lib/dal/exporting';
import { applyImport, previewImport } from '../../lib/dal/importing';
import { listZip } from '../../lib/import/zip';
import { createTestSession } from '../helpers/session';

// Round trip: the export of the seeded test database, imported into a second, empty Neo4j,
// reproduces the same nodes, relationships and properties.
const LABELS = [
  'Region',
  'Sector',
  'VitalProcess',
  'Document',
  'Organisation',
  'Person',
  'Coalition',
  'ProgressReview',
  'Koppelvlak',
  'Agreement',
  'Contact',
  'Meeting',
];
const RELS = [
  'IN_REGION',
  'SERVES',
  'IN_SECTOR',
  'RUNS',
  'WORKS_AT',
  'MEMBER_OF',
  'PARTICIPATES_IN',
  'HAS_REVIEW',
  'FROM',
  'TO',
  'OVER',
  'PARTY_TO',
  'COVERS',
  'FOLLOWS',
  'BETWEEN',
  'TOOK_PART',
  'ATTENDED',
  'ORGANISED',
];

type Holder = { __koppelvlakDriver?: { driver: Driver; target: unknown } };
const holder = globalThis as unknown as Holder;

async function snapshot() {
  const q = async (text: string) =>
    (
      await getDriver().executeQuery(text, { labels: LABELS, rels: RELS }, { database: databaseName() })
    ).records.map((r) => r.toObject());
  const nodes = await q(
    `MATCH (n) WHERE any(l IN labels(n) WHERE l IN $labels)
     RETURN labels(n)[0] AS label, apoc_free(n) AS props`.replace('apoc_free(n)', 'properties(n)'),
  );
  const rels = await q(
    `MATCH (a)-[r]->(b) WHERE type(r) IN $rels
     RETURN type(r) AS type, coalesce(a.id, a.code) AS a, coalesce(b.id, b.code) AS b, r.source AS source, r.date AS date, r.side AS side`,
  );
  const strip = (p: Record<string, unknown>) =>
    JSON.stringify(
      Object.fromEntries(
        Object.entries(p)
          .filter(([k]) => !['createdAt', 'updatedAt', 'version'].includes(k))
          .sort(([x], [y]) => x.localeCompare(y)),
      ),
    );
  const nodeKeys = nodes.map((n) => `${String(n.label)} ${strip(n.props as Record<string, unknown>)}`).sort();
  const relKeys = rels.map((r) => JSON.stringify(r)).sort();
  const count = (xs: string[], f: (s: string) => string) =>
    xs.reduce<Record<string, number>>((m, x) => ((m[f(x)] = (m[f(x)] ?? 0) + 1), m), {});
  return {
    nodeKeys,
    relKeys,
    nodeCounts: count(nodeKeys, (s) => s.split(' ')[0]!),
    relCounts: count(relKeys, (s) => (JSON.parse(s) as { type: string }).type),
  };
}

let second: EmbeddedNeo4j | undefined;
let tmp: string | undefined;
let regisseur: Viewer;

beforeAll(async () => {
  regisseur = await viewerFromToken((await createTestSession('regisseur')).token);
  if (process.env.ROUNDTRIP_SCRATCH_NEO4J_URI) return; // a scratch server you started yourself: it is wiped below
  tmp = mkdtempSync(path.join(os.tmpdir(), 'koppelvlak-roundtrip-'));
  second = await startEmbeddedNeo4j({
    dataDir: tmp,
    port: 0,
    password: 'roundtrip-pw-123',
    heap: '512m',
    pageCache: '64m',
    timeoutMs: 220_000,
  });
}, 240_000);
afterAll(async () => {
  await closeDriver();
  if (second) await second.stop();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('export → import into an empty database', () => {
  it('reproduces the same node and relationship counts and properties', { timeout: 600_000 }, async () => {
    const t0 = Date.now();
    const step = (what: string) => console.log(`[roundtrip] ${what}: ${Date.now() - t0} ms`);
    const zip = await exportZip(regisseur);
    step(`export ${zip.data.length} bytes`);
    expect(listZip(zip.data).map((e) => e.name)).toContain('organisaties.csv');
    const original = await snapshot();
    // Point the one driver at the second, empty server for the import.
    const uri = process.env.ROUNDTRIP_SCRATCH_NEO4J_URI ?? second!.uri;
    const password = process.env.ROUNDTRIP_SCRATCH_NEO4J_PASSWORD ?? second!.password;
    const saved = holder.__koppelvlakDriver;
    const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password), { disableLosslessIntegers: true });
    holder.__koppelvlakDriver = {
      driver,
      target: { uri, user: 'neo4j', password, database: 'neo4j', embedded: false },
    };
    try {
      if (process.env.ROUNDTRIP_SCRATCH_NEO4J_URI) {
        const s = driver.session();
        await s.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
        await s.close();
      }
      const empty = await driver.executeQuery('MATCH (n) RETURN count(n) AS n');
      expect(empty.records[0]?.get('n')).toBe(0);
      await migrate();
      step('migrated');
      const preview = await previewImport(regisseur, { fileName: zip.fileName, bytes: zip.data });
      expect(preview.problems).toEqual([]);
      expect(preview.counts.organisaties?.create).toBe(original.nodeCounts.Organisation);
      step('dry run');
      await applyImport(regisseur, { fileName: zip.fileName, bytes: zip.data });
      step('applied');
      const copy = await snapshot();
      expect(copy.nodeCounts).toEqual(original.nodeCounts);
      expect(copy.relCounts).toEqual(original.relCounts);
      expect(copy.nodeKeys.filter((k) => !original.nodeKeys.includes(k)).slice(0, 5)).toEqual([]);
      expect(copy.relKeys.filter((k) => !original.relKeys.includes(k)).slice(0, 5)).toEqual([]);
    } finally {
      await driver.close();
      holder.__koppelvlakDriver = saved;
    }
    const audit = await getDriver().executeQuery(
      "MATCH (a:AuditEvent {action: 'export.zip', actorId: $u}) RETURN count(a) AS n",
      { u: regisseur.userId },
      { database: databaseName() },
    );
    expect(audit.records[0]?.get('n')).toBe(1);
  });
});
