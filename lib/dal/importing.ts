import { createHash } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import type { Viewer } from '../auth/viewer';
import { recordAudit } from '../audit/record';
import { env } from '../config/env';
import { runQuery, withWriteTransaction } from '../db/run';
import { ConflictError, PayloadTooLargeError, ValidationError } from '../errors';
import { ENTITIES, type Entity } from '../import/columns';
import { parseTables, type Problem, type Warning } from '../import/parse';
import { hasPreview, rememberPreview, setProgress } from '../import/progress';
import { readFile } from '../import/readers';
import { resolveTables, type Batches, type Known } from '../import/resolve';
import { assertCan } from './guard';
import { today } from './network';

// Import: read → check → (dry run: compare with the database) → (apply: ONE write transaction
// with every upsert and the audit record; all or nothing).

export interface ImportCounts {
  create: number;
  update: number;
  unchanged: number;
}

export interface ImportReport {
  fileName: string;
  fileHash: string;
  mode: 'dry-run' | 'apply';
  rows: number;
  counts: Partial<Record<Entity, ImportCounts>>;
  problems: Problem[];
  warnings: Warning[];
  ms: number;
}

export interface ImportInput {
  fileName: string;
  bytes: Buffer;
  entity?: Entity | null;
  jobId?: string;
}

export function maxUploadBytes(): number {
  return env().UPLOAD_MAX_MB * 1024 * 1024;
}

export function tooLarge(bytes: number): PayloadTooLargeError {
  const mb = env().UPLOAD_MAX_MB;
  return new PayloadTooLargeError({
    nl: `Het bestand is ${(bytes / 1048576).toFixed(1)} MB; de grens is ${mb} MB (UPLOAD_MAX_MB). Splits het bestand.`,
    en: `The file is ${(bytes / 1048576).toFixed(1)} MB; the limit is ${mb} MB (UPLOAD_MAX_MB). Split the file.`,
  });
}

type Existing = Record<Entity, Map<string, Record<string, unknown>>>;

async function loadExisting(): Promise<{ known: Known; existing: Existing }> {
  const [regions, sectors, processes, docs, orgs, people, coals, reviews, kvs, agreements, contacts, meetings] =
    await Promise.all([
      runQuery('get-regions', {}),
      runQuery('get-sectors', {}),
      runQuery('get-processes', {}),
      runQuery('get-documents', {}),
      runQuery('get-organisations', {}),
      runQuery('get-people', {}),
      runQuery('get-coalitions', {}),
      runQuery('get-reviews', {}),
      runQuery('get-koppelvlakken', { seeConfidential: true, viewerOrgIds: [] }),
      runQuery('get-agreements', {}),
      runQuery('get-contacts', {}),
      runQuery('get-meetings', {}),
    ]);
  const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((r) => [r.id, r as Record<string, unknown>]));
  const named = (rows: { id: string; name?: string; title?: string }[]) =>
    rows.map((r) => ({ id: r.id, name: r.name ?? r.title ?? '' }));
  const known: Known = {
    regios: regions.map((r) => ({ id: r.code, name: r.name })),
    sectoren: named(sectors),
    processen: named(processes),
    documenten: named(docs),
    organisaties: named(orgs),
    personen: named(people),
    coalities: named(coals),
    voortgangsgesprekken: named(reviews),
    koppelvlakken: kvs.map((k) => ({ id: k.id, name: '' })),
    afspraken: named(agreements),
    contacten: contacts.map((c) => ({ id: c.id, name: '' })),
    bijeenkomsten: meetings.map((m) => ({ id: m.id, name: '' })),
  };
  const existing: Existing = {
    regios: new Map(regions.map((r) => [r.code, r as Record<string, unknown>])),
    sectoren: byId(sectors),
    processen: byId(processes),
    documenten: byId(docs),
    organisaties: byId(orgs),
    personen: byId(people),
    coalities: byId(coals),
    voortgangsgesprekken: byId(reviews),
    koppelvlakken: byId(kvs),
    afspraken: byId(agreements),
    contacten: byId(contacts),
    bijeenkomsten: byId(meetings),
  };
  return { known, existing };
}

const norm = (v: unknown) => (Array.isArray(v) ? JSON.stringify([...v].map(String).sort()) : JSON.stringify(v ?? null));

function compare(batches: Batches, existing: Existing): Partial<Record<Entity, ImportCounts>> {
  const counts: Partial<Record<Entity, ImportCounts>> = {};
  for (const e of ENTITIES) {
    const rows = batches[e] as Record<string, unknown>[];
    if (rows.length === 0) continue;
    const c: ImportCounts = { create: 0, update: 0, unchanged: 0 };
    for (const r of rows) {
      const old = existing[e].get(String(r.id ?? r.code));
      if (!old) c.create++;
      else if (Object.keys(old).some((k) => k !== 'version' && k in r && norm(old[k]) !== norm(r[k]))) c.update++;
      else c.unchanged++;
    }
    counts[e] = c;
  }
  return counts;
}

async function check(viewer: Viewer, input: ImportInput, mode: ImportReport['mode']) {
  assertCan(viewer, 'import:data');
  if (input.bytes.length > maxUploadBytes()) throw tooLarge(input.bytes.length);
  const t0 = Date.now();
  const fileHash = createHash('sha256').update(input.bytes).digest('hex');
  const progress = (phase: 'lezen' | 'controleren' | 'schrijven', done: number, total: number) =>
    setProgress(input.jobId, viewer.userId, { phase, done, total });
  progress('lezen', 0, 1);
  const raw = await readFile(input.fileName, input.bytes, input.entity ?? null);
  const rows = raw.reduce((n, t) => n + t.rows.length, 0);
  progress('controleren', 0, rows);
  const parsed = parseTables(raw);
  const { known, existing } = await loadExisting();
  const resolved = resolveTables(parsed.tables, known, today());
  const problems = [...parsed.problems, ...resolved.problems];
  progress('controleren', rows, rows);
  const report: ImportReport = {
    fileName: input.fileName,
    fileHash,
    mode,
    rows,
    counts: compare(resolved.batches, existing),
    problems,
    warnings: parsed.warnings,
    ms: 0,
  };
  return { report, batches: resolved.batches, t0, progress };
}

/** Dry run: what would be created, updated and left alone, and every problem. Writes nothing. */
export async function previewImport(viewer: Viewer, input: ImportInput): Promise<ImportReport> {
  try {
    const { report, t0 } = await check(viewer, input, 'dry-run');
    if (report.problems.length === 0) rememberPreview(viewer.userId, report.fileHash);
    report.ms = Date.now() - t0;
    setProgress(input.jobId, viewer.userId, { phase: 'klaar', done: report.rows, total: report.rows });
    return report;
  } catch (e) {
    setProgress(input.jobId, viewer.userId, { phase: 'fout', done: 0, total: 0 });
    throw e;
  }
}

const BATCH = 2_500;

async function writeBatches(tx: ManagedTransaction, b: Batches, now: string, onRows: (n: number) => void) {
  const chunks = <T>(rows: T[]) => Array.from({ length: Math.ceil(rows.length / BATCH) }, (_, i) => rows.slice(i * BATCH, (i + 1) * BATCH));
  const o = { tx };
  if (b.regios.length) await runQuery('upsert-regions', { rows: b.regios }, o);
  if (b.sectoren.length) await runQuery('upsert-sectors', { rows: b.sectoren }, o);
  const groups = new Map<string, typeof b.processen>();
  for (const p of b.processen) groups.set(`${p.source}\u0000${p.date}`, [...(groups.get(`${p.source}\u0000${p.date}`) ?? []), p]);
  for (const rows of groups.values())
    await runQuery('upsert-processes', { rows, source: rows[0]!.source, date: rows[0]!.date }, o);
  onRows(b.regios.length + b.sectoren.length + b.processen.length);
  for (const rows of chunks(b.documenten)) (await runQuery('upsert-documents', { rows, now }, o), onRows(rows.length));
  for (const rows of chunks(b.organisaties)) (await runQuery('upsert-organisations', { rows, now }, o), onRows(rows.length));
  for (const rows of chunks(b.personen)) (await runQuery('upsert-people', { rows, now }, o), onRows(rows.length));
  for (const rows of chunks(b.koppelvlakken)) (await runQuery('upsert-koppelvlakken', { rows, now }, o), onRows(rows.length));
  for (const rows of chunks(b.afspraken)) (await runQuery('upsert-agreements', { rows, now }, o), onRows(rows.length));
  for (const rows of chunks(b.contacten)) (await runQuery('upsert-contacts', { rows, now }, o), onRows(rows.length));
  for (const rows of chunks(b.coalities)) (await runQuery('upsert-coalitions', { rows, now }, o), onRows(rows.length));
  for (const rows of chunks(b.voortgangsgesprekken)) (await runQuery('upsert-reviews', { rows, now }, o), onRows(rows.length));
  for (const rows of chunks(b.bijeenkomsten)) (await runQuery('upsert-meetings', { rows, now }, o), onRows(rows.length));
}

/**
 * Applies an import after its dry run: refuses when any row has a problem (nothing is written),
 * else writes everything and the audit record in one transaction.
 */
export async function applyImport(viewer: Viewer, input: ImportInput): Promise<ImportReport> {
  try {
    const { report, batches, t0, progress } = await check(viewer, input, 'apply');
    if (report.problems.length > 0)
      throw new ValidationError(
        {
          nl: `Import geweigerd: ${report.problems.length} probleem/problemen gevonden; er is niets opgeslagen.`,
          en: `Import refused: ${report.problems.length} problem(s) found; nothing was saved.`,
        },
        report,
      );
    if (!hasPreview(viewer.userId, report.fileHash))
      throw new ConflictError({
        nl: 'Doe eerst een proefimport (dry run) van precies dit bestand.',
        en: 'Run a dry run of exactly this file first.',
      });
    const total = ENTITIES.reduce((n, e) => n + batches[e].length, 0);
    const now = new Date().toISOString();
    await withWriteTransaction(async (tx) => {
      let done = 0;
      progress('schrijven', 0, total);
      await writeBatches(tx, batches, now, (n) => progress('schrijven', (done += n), total));
      await recordAudit(
        viewer,
        { action: 'import.apply', entityType: 'import', entityId: report.fileHash.slice(0, 16), after: { fileName: input.fileName, rows: report.rows, counts: report.counts } },
        tx,
      );
    });
    report.ms = Date.now() - t0;
    setProgress(input.jobId, viewer.userId, { phase: 'klaar', done: total, total });
    return report;
  } catch (e) {
    setProgress(input.jobId, viewer.userId, { phase: 'fout', done: 0, total: 0 });
    throw e;
  }
}
