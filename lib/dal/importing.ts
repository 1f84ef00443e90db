import { createHash } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import type { Viewer } from '../auth/viewer';
import { recordAudit } from '../audit/record';
import { env } from '../config/env';
import { runQuery, withWriteTransaction } from '../db/run';
import { ConflictError, PayloadTooLargeError, ValidationError } from '../errors';
import { ENTITIES, type Entity } from '../import/columns';
import { parseTables, type Problem, type Warning } from '../import/parse';
import { cacheParsed, hasPreview, rememberPreview, setProgress, takeParsed } from '../import/progress';
import { readFile } from '../import/readers';
import type { ParseResult } from '../import/parse';
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

/** Tables a table refers to: only these (and the file's own tables) are read from the database. */
const REFERS: Record<Entity, Entity[]> = {
  regios: [],
  sectoren: [],
  processen: ['sectoren'],
  documenten: [],
  organisaties: ['sectoren', 'regios', 'processen'],
  personen: ['organisaties'],
  coalities: ['personen', 'organisaties'],
  voortgangsgesprekken: ['coalities'],
  koppelvlakken: ['organisaties', 'processen'],
  afspraken: ['organisaties', 'koppelvlakken', 'documenten'],
  contacten: ['organisaties', 'personen'],
  bijeenkomsten: ['organisaties', 'personen'],
};

type Row = Record<string, unknown>;
const LOADERS: Record<Entity, () => Promise<Row[]>> = {
  regios: async () => (await runQuery('get-regions', {})).map((r) => ({ ...r, id: r.code })),
  sectoren: () => runQuery('get-sectors', {}),
  processen: () => runQuery('get-processes', {}),
  documenten: () => runQuery('get-documents', {}),
  organisaties: () => runQuery('get-organisations', {}),
  personen: () => runQuery('get-people', {}),
  coalities: () => runQuery('get-coalitions', {}),
  voortgangsgesprekken: () => runQuery('get-reviews', {}),
  koppelvlakken: () => runQuery('get-koppelvlakken', { seeConfidential: true, viewerOrgIds: [] }),
  afspraken: () => runQuery('get-agreements', {}),
  contacten: () => runQuery('get-contacts', {}),
  bijeenkomsten: () => runQuery('get-meetings', {}),
};

async function loadExisting(needed: Set<Entity>): Promise<{ known: Known; existing: Existing }> {
  const loaded = await Promise.all(ENTITIES.map(async (e) => (needed.has(e) ? LOADERS[e]() : [])));
  const known = {} as Known;
  const existing = {} as Existing;
  ENTITIES.forEach((e, i) => {
    const rows = loaded[i] ?? [];
    known[e] = rows.map((r) => ({ id: String(r.id), name: String(r.name ?? r.title ?? '') }));
    existing[e] = new Map(rows.map((r) => [String(r.id), r]));
  });
  return { known, existing };
}

const norm = (v: unknown) =>
  Array.isArray(v) ? JSON.stringify([...v].map(String).sort()) : JSON.stringify(v ?? null);

function compare(batches: Batches, existing: Existing): Partial<Record<Entity, ImportCounts>> {
  const counts: Partial<Record<Entity, ImportCounts>> = {};
  for (const e of ENTITIES) {
    const rows = batches[e] as Record<string, unknown>[];
    if (rows.length === 0) continue;
    const c: ImportCounts = { create: 0, update: 0, unchanged: 0 };
    for (const r of rows) {
      const old = existing[e].get(String(r.id ?? r.code));
      if (!old) c.create++;
      else if (Object.keys(old).some((k) => k !== 'version' && k in r && norm(old[k]) !== norm(r[k])))
        c.update++;
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
  const cached =
    mode === 'apply'
      ? takeParsed<ParseResult & { rows: number }>(viewer.userId, `${fileHash}:${input.entity ?? ''}`)
      : undefined;
  let parsed: ParseResult;
  let rows: number;
  if (cached) ({ rows, ...parsed } = cached);
  else {
    const raw = await readFile(input.fileName, input.bytes, input.entity ?? null);
    rows = raw.reduce((n, t) => n + t.rows.length, 0);
    progress('controleren', 0, rows);
    parsed = parseTables(raw);
    if (mode === 'dry-run')
      cacheParsed(viewer.userId, `${fileHash}:${input.entity ?? ''}`, { ...parsed, rows });
  }
  const needed = new Set<Entity>(parsed.tables.flatMap((t) => [t.entity, ...REFERS[t.entity]]));
  const { known, existing } = await loadExisting(needed);
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

const BATCH = 5_000;

async function writeBatches(tx: ManagedTransaction, b: Batches, now: string, onRows: (n: number) => void) {
  const chunks = <T>(rows: T[]) =>
    Array.from({ length: Math.ceil(rows.length / BATCH) }, (_, i) => rows.slice(i * BATCH, (i + 1) * BATCH));
  const o = { tx };
  if (b.regios.length) await runQuery('upsert-regions', { rows: b.regios }, o);
  if (b.sectoren.length) await runQuery('upsert-sectors', { rows: b.sectoren }, o);
  const groups = new Map<string, typeof b.processen>();
  for (const p of b.processen)
    groups.set(`${p.source}\u0000${p.date}`, [...(groups.get(`${p.source}\u0000${p.date}`) ?? []), p]);
  for (const rows of groups.values())
    await runQuery('upsert-processes', { rows, source: rows[0]!.source, date: rows[0]!.date }, o);
  onRows(b.regios.length + b.sectoren.length + b.processen.length);
  const each = async <T>(rows: T[], write: (chunk: T[]) => Promise<unknown>) => {
    for (const chunk of chunks(rows)) {
      await write(chunk);
      onRows(chunk.length);
    }
  };
  await each(b.documenten, (rows) => runQuery('upsert-documents', { rows, now }, o));
  await each(b.organisaties, (rows) => runQuery('upsert-organisations', { rows, now }, o));
  await each(b.personen, (rows) => runQuery('upsert-people', { rows, now }, o));
  await each(b.koppelvlakken, (rows) => runQuery('upsert-koppelvlakken', { rows, now }, o));
  await each(b.afspraken, (rows) => runQuery('upsert-agreements', { rows, now }, o));
  await each(b.contacten, (rows) => runQuery('upsert-contacts', { rows, now }, o));
  await each(b.coalities, (rows) => runQuery('upsert-coalitions', { rows, now }, o));
  await each(b.voortgangsgesprekken, (rows) => runQuery('upsert-reviews', { rows, now }, o));
  await each(b.bijeenkomsten, (rows) => runQuery('upsert-meetings', { rows, now }, o));
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
        {
          action: 'import.apply',
          entityType: 'import',
          entityId: report.fileHash.slice(0, 16),
          after: { fileName: input.fileName, rows: report.rows, counts: report.counts },
        },
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
