import { createHash } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import type { Viewer } from '../auth/viewer';
import { recordAudit } from '../audit/record';
import { env } from '../config/env';
import { runQuery, withWriteTransaction } from '../db/run';
import { ConflictError, PayloadTooLargeError, ValidationError } from '../errors';
import type { Locale } from '../i18n/define';
import { CONTACT_LIST, ENTITIES, type Entity, type TableKind } from '../import/columns';
import type { Confirmation } from '../import/contact-list';
import { compare, loadByIds, loadPlan, loadWhole, type ImportCounts } from '../import/existing';
import { parseTables, type ParseResult, type TableMapping } from '../import/parse';
import { describeProblems, type Problem, type Warning } from '../import/problems';
import { cacheParsed, takeParsed } from '../import/progress';
import { readFile } from '../import/readers';
import { resolveTables, type Batches } from '../import/resolve';
import { assertCan } from '../auth/permissions';
import {
  cancelJob,
  getJob,
  hasCleanDryRun,
  JobCancelledError,
  startJob,
  type JobStatus,
  type JobView,
  type RunningJob,
} from './jobs';
import { today } from './network';
import { bilingual } from '../i18n/define';
import { records } from '../i18n/messages/records';

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
  /** Names close to an existing organisation: the user decides, nothing is merged silently. */
  confirmations: Confirmation[];
  /** The first rows per table as they will be stored (dry run). */
  preview: Partial<Record<Entity, Record<string, unknown>[]>>;
  ms: number;
}

export interface ImportInput {
  fileName: string;
  bytes: Buffer;
  entity?: TableKind | null;
  /** The column mapping chosen per raw table (the mapping step); null = guessed. */
  mappings?: (TableMapping | null)[];
  /** Near matches decided by the user: organisationKey → existing organisation id or 'new'. */
  decisions?: Record<string, string>;
  /** The language of problem texts (default Dutch). */
  locale?: Locale;
  /** The tracked job's id (lib/dal/jobs.ts; made up by the browser so it can poll from the start). */
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
  return new PayloadTooLargeError(
    bilingual(records, 'fileTooLarge', { size: (bytes / 1048576).toFixed(1), mb }),
  );
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

type Phase = 'lezen' | 'controleren' | 'schrijven' | 'vastleggen';

async function check(
  viewer: Viewer,
  input: ImportInput,
  mode: ImportReport['mode'],
  job: RunningJob,
  fileHash: string,
) {
  const t0 = Date.now();
  const lap = lapTimer(input.onTiming);
  const progress = (phase: Phase, done: number, total: number) => job.progress(phase, done, total);
  progress('lezen', 0, 1);
  // The dry run keeps what it found; applying the same file reuses it when the network has not
  // changed since (every audited change bumps the revision) and it is still the same day.
  // The same file with another mapping or other decisions is another import.
  const key = `${fileHash}:${optionsHash(input)}`;
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
    await job.sync();
    if (mode === 'dry-run') cacheParsed(viewer.userId, key, checked);
  }
  progress('controleren', checked.rows, checked.rows);
  const report: ImportReport = describeProblems(
    {
      fileName: input.fileName,
      fileHash,
      mode,
      rows: checked.rows,
      counts: checked.counts,
      problems: checked.problems,
      warnings: checked.parsed.warnings,
      confirmations: checked.confirmations,
      preview: Object.fromEntries(
        ENTITIES.filter((e) => checked.all[e].length > 0).map((e) => [e, checked.all[e].slice(0, 5)]),
      ),
      ms: 0,
    },
    input.locale ?? 'nl',
  );
  return { report, batches: checked.toWrite, fresh: checked.toCreate, t0, progress, lap };
}

/** What a clean dry run is recorded under: the file's bytes with its table, mapping and decisions. */
export function dryRunKey(input: Pick<ImportInput, 'bytes' | 'entity' | 'mappings' | 'decisions'>): string {
  return `${createHash('sha256').update(input.bytes).digest('hex')}:${optionsHash(input)}`;
}

/** A short hash of what, besides the bytes, decides the outcome: table, mapping, decisions. */
function optionsHash(input: Pick<ImportInput, 'entity' | 'mappings' | 'decisions'>): string {
  const o = JSON.stringify([input.entity ?? null, input.mappings ?? null, input.decisions ?? null]);
  return createHash('sha256').update(o).digest('hex').slice(0, 16);
}

/** What a dry run found: the parsed file and, per table, the rows to create and to update. */
interface Checked {
  revision: string;
  rows: number;
  parsed: ParseResult;
  counts: ImportReport['counts'];
  problems: Problem[];
  confirmations: Confirmation[];
  all: Batches;
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
    parsed = parseTables(raw, input.mappings ?? []);
    lap('parse');
  }
  const plan = loadPlan(parsed.tables.map((t) => t.entity));
  const { known, existing } = await loadWhole(plan.whole);
  lap('load references from database');
  const resolved = resolveTables(parsed.tables, known, today(), {
    existing,
    decisions: input.decisions ?? {},
  });
  lap('resolve');
  await loadByIds(plan.byId, resolved.batches, existing);
  lap('load rows by id from database');
  // Rows of a contact list start from the stored row: an unchanged one is not written again.
  const onlyContactList = parsed.tables.length > 0 && parsed.tables.every((t) => t.entity === CONTACT_LIST);
  const complete = new Set<Entity>(onlyContactList ? ['organisaties', 'personen', 'afspraken'] : []);
  const { counts, toWrite, toCreate } = compare(resolved.batches, existing, plan.byId, complete);
  lap('compare');
  // In the order of the file: by file, sheet and row (a stable sort keeps columns in order).
  const where = (p: Problem) => `${p.file}\u0000${p.sheet ?? ''}`;
  const problems = [...parsed.problems, ...resolved.problems].sort(
    (a, b) => where(a).localeCompare(where(b)) || a.row - b.row,
  );
  return {
    revision,
    rows,
    parsed,
    counts,
    problems,
    confirmations: resolved.confirmations,
    all: resolved.batches,
    toWrite,
    toCreate,
  };
}

/** The tracked job of one import request: the viewer's, checked and started before any work. */
async function begin(viewer: Viewer, input: ImportInput, mode: ImportReport['mode']) {
  assertCan(viewer, 'import:data');
  if (input.bytes.length > maxUploadBytes()) throw tooLarge(input.bytes.length);
  const fileHash = createHash('sha256').update(input.bytes).digest('hex');
  const job = await startJob({
    id: input.jobId,
    kind: 'import',
    userId: viewer.userId ?? '',
    mode,
    // The dry run that permits an apply is one of this file with this mapping and these decisions.
    subject: `${fileHash}:${optionsHash(input)}`,
    phase: 'lezen',
    total: 1,
  });
  return { job, fileHash, key: `${fileHash}:${optionsHash(input)}` };
}

/** Records a failed or cancelled import on its job and rethrows. */
async function failed(job: RunningJob, e: unknown): Promise<never> {
  const status = e instanceof JobCancelledError ? 'cancelled' : 'failed';
  await job.finish(status, { error: e instanceof Error ? e.message : String(e) });
  throw e;
}

/** Dry run: what would be created, updated and left alone, and every problem. Writes nothing. */
export async function previewImport(viewer: Viewer, input: ImportInput): Promise<ImportReport> {
  const { job, fileHash } = await begin(viewer, input, 'dry-run');
  try {
    const { report, t0 } = await check(viewer, input, 'dry-run', job, fileHash);
    report.ms = Date.now() - t0;
    job.progress('klaar', report.rows, report.rows);
    await job.finish('done', { result: report, clean: report.problems.length === 0 });
    return report;
  } catch (e) {
    return failed(job, e);
  }
}

export const DEFAULT_BATCH = 10_000;

async function writeBatches(
  tx: ManagedTransaction,
  b: Batches,
  fresh: Pick<Batches, 'personen' | 'contacten'>,
  now: string,
  size: number,
  onRows: (n: number, phase: string) => Promise<void>,
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
  await onRows(b.regios.length + b.sectoren.length + b.processen.length, 'write regions/sectors/processes');
  let batchNo = 0;
  const each = async <T>(rows: T[], write: (chunk: T[]) => Promise<unknown>) => {
    for (const chunk of chunks(rows)) {
      await write(chunk);
      await onRows(chunk.length, `write batch ${++batchNo} (${chunk.length} rows)`);
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
  const { job, fileHash, key } = await begin(viewer, input, 'apply');
  try {
    const { report, batches, fresh, t0, progress, lap } = await check(viewer, input, 'apply', job, fileHash);
    if (report.problems.length > 0)
      throw new ValidationError(
        bilingual(records, 'importRefused', { count: report.problems.length }),
        report,
      );
    if (!(await hasCleanDryRun(viewer.userId, key)))
      throw new ConflictError(bilingual(records, 'dryRunFirst'));
    // Unchanged rows of the tables compared field by field are not in `batches`: nothing to write.
    const total = ENTITIES.reduce((n, e) => n + batches[e].length + fresh[e].length, 0);
    const size = Math.max(1, Math.floor(input.batchSize ?? DEFAULT_BATCH));
    const now = new Date().toISOString();
    await withWriteTransaction(async (tx) => {
      let done = 0;
      progress('schrijven', 0, total);
      await writeBatches(tx, batches, fresh, now, size, async (n, phase) => {
        progress('schrijven', (done += n), total);
        lap(phase);
        // A cancel (from any process) or a lost job stops here: the transaction rolls back.
        await job.sync();
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
            mappings: input.mappings ?? null,
            decisions: input.decisions ?? null,
            rows: report.rows,
            written: total,
            counts: report.counts,
          },
          ip: input.ip ?? null,
        },
        tx,
      );
      lap('audit record');
      await job.sync(); // the last moment a cancel can still roll everything back
      progress('vastleggen', total, total); // the commit itself can take seconds
    });
    lap('commit');
    report.ms = Date.now() - t0;
    job.progress('klaar', total, total);
    await job.finish('done', { result: report, clean: true });
    return report;
  } catch (e) {
    return failed(job, e);
  }
}

/** What the import page shows of a job: its phase and counts, and its outcome once finished. */
export interface ImportProgress {
  phase: 'lezen' | 'controleren' | 'schrijven' | 'vastleggen' | 'klaar' | 'fout';
  done: number;
  total: number;
  status: JobStatus;
  error: string | null;
  cancelRequested: boolean;
  /** The report of a finished import (dry run or applied). */
  report: ImportReport | null;
}

function toProgress(job: JobView | null): ImportProgress | null {
  if (!job || job.kind !== 'import') return null;
  const phase = job.status === 'failed' || job.status === 'cancelled' ? 'fout' : job.phase;
  return {
    phase: PHASES.includes(phase as ImportProgress['phase']) ? (phase as ImportProgress['phase']) : 'lezen',
    done: job.done,
    total: job.total,
    status: job.status,
    error: job.error,
    cancelRequested: job.cancelRequested,
    report: job.status === 'done' ? (job.result as ImportReport) : null,
  };
}
const PHASES: readonly string[] = ['lezen', 'controleren', 'schrijven', 'vastleggen', 'klaar', 'fout'];

/** The progress of the viewer's import job, from any process (null: no such job of the viewer's). */
export async function importProgress(viewer: Viewer, jobId: string): Promise<ImportProgress | null> {
  assertCan(viewer, 'import:data');
  return toProgress(await getJob(viewer, jobId));
}

/** Cancels the viewer's running import: the process running it rolls back at its next batch. */
export async function cancelImport(viewer: Viewer, jobId: string): Promise<ImportProgress | null> {
  assertCan(viewer, 'import:data');
  return toProgress(await cancelJob(viewer, jobId));
}
