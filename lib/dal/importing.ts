import { createHash } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import type { Viewer } from '../auth/viewer';
import { recordAudit } from '../audit/record';
import { env } from '../config/env';
import { runQuery, withWriteTransaction } from '../db/run';
import { ConflictError, PayloadTooLargeError, ValidationError } from '../errors';
import { ENTITIES, type Entity } from '../import/columns';
import { compare, loadByIds, loadPlan, loadWhole, type ImportCounts } from '../import/existing';
import { parseTables, type ParseResult, type Problem, type Warning } from '../import/parse';
import { cacheParsed, hasPreview, rememberPreview, setProgress, takeParsed } from '../import/progress';
import { readFile } from '../import/readers';
import { resolveTables, type Batches } from '../import/resolve';
import { assertCan } from '../auth/permissions';
import { today } from './network';

// Import: read → check → (dry run: compare with the database) → (apply: ONE write transaction
// with every upsert and the audit record; all or nothing).

export type { ImportCounts };

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
  /** The client address for the audit record (lib/http/request-context). */
  ip?: string | null;
  /** Rows per UNWIND batch inside the one write transaction (default 10,000; tests use small batches). */
  batchSize?: number;
  /** Called with the duration of each phase (scripts/bench-import.ts prints the breakdown). */
  onTiming?: (phase: string, ms: number) => void;
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

/** Reports the milliseconds since the previous call under a phase name. */
function lapTimer(onTiming: ImportInput['onTiming']): (phase: string) => void {
  let last = Date.now();
  return (phase) => {
    const now = Date.now();
    onTiming?.(phase, now - last);
    last = now;
  };
}

async function check(viewer: Viewer, input: ImportInput, mode: ImportReport['mode']) {
  assertCan(viewer, 'import:data');
  if (input.bytes.length > maxUploadBytes()) throw tooLarge(input.bytes.length);
  const t0 = Date.now();
  const lap = lapTimer(input.onTiming);
  const fileHash = createHash('sha256').update(input.bytes).digest('hex');
  const progress = (
    phase: 'lezen' | 'controleren' | 'schrijven' | 'vastleggen',
    done: number,
    total: number,
  ) => setProgress(input.jobId, viewer.userId, { phase, done, total });
  progress('lezen', 0, 1);
  // The dry run keeps what it found; applying the same file reuses it when the network has not
  // changed since (every audited change bumps the revision) and it is still the same day.
  const key = `${fileHash}:${input.entity ?? ''}`;
  const revision = await runQuery('get-revisions', {}).then((r) => `${r[0]?.network ?? 0}:${today()}`);
  const cached = mode === 'apply' ? takeParsed<Checked>(viewer.userId, key) : undefined;
  let checked: Checked;
  if (cached?.revision === revision) {
    checked = cached;
    lap('reuse the dry run (network unchanged)');
  } else {
    checked = await checkFile(input, cached, revision, lap, (done, total) =>
      progress('controleren', done, total),
    );
    if (mode === 'dry-run') cacheParsed(viewer.userId, key, checked);
  }
  progress('controleren', checked.rows, checked.rows);
  const report: ImportReport = {
    fileName: input.fileName,
    fileHash,
    mode,
    rows: checked.rows,
    counts: checked.counts,
    problems: checked.problems,
    warnings: checked.parsed.warnings,
    ms: 0,
  };
  return { report, batches: checked.toWrite, fresh: checked.toCreate, t0, progress, lap };
}

/** What a dry run found: the parsed file and, per table, the rows to create and to update. */
interface Checked {
  revision: string;
  rows: number;
  parsed: ParseResult;
  counts: ImportReport['counts'];
  problems: Problem[];
  toWrite: Batches;
  toCreate: Batches;
}

async function checkFile(
  input: ImportInput,
  cached: Checked | undefined,
  revision: string,
  lap: (phase: string) => void,
  progress: (done: number, total: number) => void,
): Promise<Checked> {
  let parsed: ParseResult;
  let rows: number;
  if (cached) ({ rows, parsed } = cached);
  else {
    const raw = await readFile(input.fileName, input.bytes, input.entity ?? null);
    rows = raw.reduce((n, t) => n + t.rows.length, 0);
    lap('read');
    progress(0, rows);
    parsed = parseTables(raw);
    lap('parse');
  }
  const plan = loadPlan(parsed.tables.map((t) => t.entity));
  const { known, existing } = await loadWhole(plan.whole);
  lap('load references from database');
  const resolved = resolveTables(parsed.tables, known, today());
  lap('resolve');
  await loadByIds(plan.byId, resolved.batches, existing);
  lap('load rows by id from database');
  const { counts, toWrite, toCreate } = compare(resolved.batches, existing, plan.byId);
  lap('compare');
  const problems = [...parsed.problems, ...resolved.problems];
  return { revision, rows, parsed, counts, problems, toWrite, toCreate };
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

export const DEFAULT_BATCH = 10_000;

async function writeBatches(
  tx: ManagedTransaction,
  b: Batches,
  fresh: Pick<Batches, 'personen' | 'contacten'>,
  now: string,
  size: number,
  onRows: (n: number, phase: string) => void,
) {
  const chunks = <T>(rows: T[]) =>
    Array.from({ length: Math.ceil(rows.length / size) }, (_, i) => rows.slice(i * size, (i + 1) * size));
  const o = { tx };
  if (b.regios.length) await runQuery('upsert-regions', { rows: b.regios }, o);
  if (b.sectoren.length) await runQuery('upsert-sectors', { rows: b.sectoren }, o);
  const groups = new Map<string, typeof b.processen>();
  for (const p of b.processen)
    groups.set(`${p.source}\u0000${p.date}`, [...(groups.get(`${p.source}\u0000${p.date}`) ?? []), p]);
  for (const rows of groups.values())
    await runQuery('upsert-processes', { rows, source: rows[0]!.source, date: rows[0]!.date }, o);
  onRows(b.regios.length + b.sectoren.length + b.processen.length, 'write regions/sectors/processes');
  let batchNo = 0;
  const each = async <T>(rows: T[], write: (chunk: T[]) => Promise<unknown>) => {
    for (const chunk of chunks(rows)) {
      await write(chunk);
      onRows(chunk.length, `write batch ${++batchNo} (${chunk.length} rows)`);
    }
  };
  await each(b.documenten, (rows) => runQuery('upsert-documents', { rows, now }, o));
  await each(b.organisaties, (rows) => runQuery('upsert-organisations', { rows, now }, o));
  await each(fresh.personen, (rows) => runQuery('create-people', { rows, now }, o));
  await each(b.personen, (rows) => runQuery('upsert-people', { rows, now }, o));
  await each(b.koppelvlakken, (rows) => runQuery('upsert-koppelvlakken', { rows, now }, o));
  await each(b.afspraken, (rows) => runQuery('upsert-agreements', { rows, now }, o));
  await each(fresh.contacten, (rows) => runQuery('create-contacts', { rows, now }, o));
  await each(b.contacten, (rows) => runQuery('upsert-contacts', { rows, now }, o));
  await each(b.coalities, (rows) => runQuery('upsert-coalitions', { rows, now }, o));
  await each(b.voortgangsgesprekken, (rows) => runQuery('upsert-reviews', { rows, now }, o));
  await each(b.bijeenkomsten, (rows) => runQuery('upsert-meetings', { rows, now }, o));
}

/**
 * Applies an import after its dry run: refuses when any row has a problem (nothing is written),
 * else writes every new or changed row in batches and the audit record in ONE transaction: a
 * failure in any batch (or the commit) rolls back all of them.
 */
export async function applyImport(viewer: Viewer, input: ImportInput): Promise<ImportReport> {
  try {
    const { report, batches, fresh, t0, progress, lap } = await check(viewer, input, 'apply');
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
    // Unchanged rows of the tables compared field by field are not in `batches`: nothing to write.
    const total = ENTITIES.reduce((n, e) => n + batches[e].length + fresh[e].length, 0);
    const size = Math.max(1, Math.floor(input.batchSize ?? DEFAULT_BATCH));
    const now = new Date().toISOString();
    await withWriteTransaction(async (tx) => {
      let done = 0;
      progress('schrijven', 0, total);
      await writeBatches(tx, batches, fresh, now, size, (n, phase) => {
        progress('schrijven', (done += n), total);
        lap(phase);
      });
      await recordAudit(
        viewer,
        {
          action: 'import.apply',
          entityType: 'import',
          entityId: report.fileHash.slice(0, 16),
          // A summary, not the rows: the file's hash identifies exactly what was imported.
          after: {
            fileName: input.fileName,
            fileHash: report.fileHash,
            rows: report.rows,
            written: total,
            counts: report.counts,
          },
          ip: input.ip ?? null,
        },
        tx,
      );
      lap('audit record');
      progress('vastleggen', total, total); // the commit itself can take seconds
    });
    lap('commit');
    report.ms = Date.now() - t0;
    setProgress(input.jobId, viewer.userId, { phase: 'klaar', done: total, total });
    return report;
  } catch (e) {
    setProgress(input.jobId, viewer.userId, { phase: 'fout', done: 0, total: 0 });
    throw e;
  }
}
