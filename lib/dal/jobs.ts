import { randomUUID } from 'node:crypto';
import type { Viewer } from '../auth/viewer';
import { assertCan, type Permission } from '../auth/permissions';
import { env } from '../config/env';
import type { JobRow } from '../db/queries/jobs';
import { runQuery } from '../db/run';
import { AppError, ConflictError, NotFoundError, ValidationError } from '../errors';
import { jobText } from '../i18n/messages/jobs';

// Tracked jobs: imports and PDF briefings keep their progress, heartbeat and outcome on a :Job node,
// so that a job started through one app process is followed, cancelled and read through any other.
// The process running a job writes its progress (at most every PROGRESS_MS) and a heartbeat every
// HEARTBEAT_MS; a running job whose heartbeat is older than KOPPELVLAK_JOB_TIMEOUT_MS is marked
// failed by whichever process reads it next (the one running it stopped). A job's own writes are
// one transaction (imports) or atomic files (briefings), so a stopped job leaves nothing half-written.

export type JobKind = JobRow['kind'];
export type JobStatus = JobRow['status'];
export type { JobRow };

/** How often the running process writes a heartbeat, whatever the job is doing. */
export const HEARTBEAT_MS = 2_000;
/** Progress is written at most this often (and at every change of phase). */
const PROGRESS_MS = 400;
/** Finished jobs are kept this long. */
const KEEP_MS = 7 * 24 * 3_600_000;

const JOB_ID = /^[A-Za-z0-9_-]{3,64}$/;

/** Who may follow a job of each kind (on top of owning it). */
const READ: Record<JobKind, Permission> = { import: 'import:data', briefing: 'snapshot:create' };

/** Thrown inside a job when it was cancelled (or failed by another process): its work rolls back. */
export class JobCancelledError extends ConflictError {}

export function isJobId(id: string): boolean {
  return JOB_ID.test(id);
}

export function jobTimeoutMs(): number {
  return env().KOPPELVLAK_JOB_TIMEOUT_MS;
}

/** The handle of a running job, held by the process that runs it. */
export interface RunningJob {
  id: string;
  /** Records progress (written at most every PROGRESS_MS, and at once when the phase changes). */
  progress(phase: string, done: number, total: number): void;
  /** Throws JobCancelledError when a cancel was asked (seen with the last write) or the job was failed. */
  checkCancelled(): void;
  /** Writes the latest progress now and then checks for a cancel (between batches of a long job). */
  sync(): Promise<void>;
  /** Stores the outcome and stops the heartbeat. Never throws. */
  finish(
    status: Exclude<JobStatus, 'running'>,
    outcome?: { error?: string; result?: unknown; clean?: boolean },
  ): Promise<void>;
}

export async function startJob(opts: {
  id?: string;
  kind: JobKind;
  userId: string | null;
  mode?: string | null;
  subject?: string | null;
  phase: string;
  total?: number;
}): Promise<RunningJob> {
  const id = opts.id ?? randomUUID();
  if (!isJobId(id)) throw new ValidationError(jobText('badId', { id: id.slice(0, 70) }));
  const now = new Date();
  let created: unknown[];
  try {
    created = await runQuery('create-job', {
      id,
      kind: opts.kind,
      userId: opts.userId,
      mode: opts.mode ?? null,
      subject: opts.subject ?? null,
      phase: opts.phase,
      total: opts.total ?? 0,
      now: now.toISOString(),
      pruneBefore: new Date(now.getTime() - KEEP_MS).toISOString(),
    });
  } catch (e) {
    // Two processes creating the same new id at once: one MERGE wins, the other hits the constraint.
    if (e instanceof AppError && e.status === 409) throw new ConflictError(jobText('exists', { id }));
    throw e;
  }
  if (!created.length) throw new ConflictError(jobText('exists', { id }));
  let latest = { phase: opts.phase, done: 0, total: opts.total ?? 0 };
  let written = { ...latest };
  let lastWrite = 0;
  /** Why the job must stop: a cancel was asked, or another process marked it failed. */
  let stopped: 'cancelled' | 'gone' | null = null;
  let inflight: Promise<void> = Promise.resolve();
  let finished = false;

  const write = (): Promise<void> => {
    const snapshot = { ...latest };
    lastWrite = Date.now();
    inflight = inflight
      .then(async () => {
        if (finished) return;
        const [row] = await runQuery('update-job', { id, ...snapshot, now: new Date().toISOString() });
        written = snapshot;
        if (!row) stopped = 'gone';
        else if (row.cancelRequested) stopped = 'cancelled';
      })
      .catch((e: unknown) => {
        // A missed heartbeat is not fatal (the next one may get through); the timeout decides.
        console.warn('[koppelvlak] job progress not written', id, (e as Error).message);
      });
    return inflight;
  };
  const heartbeat = setInterval(() => void write(), HEARTBEAT_MS);
  heartbeat.unref();

  const job: RunningJob = {
    id,
    progress(phase, done, total) {
      latest = { phase, done, total };
      if (phase !== written.phase || Date.now() - lastWrite >= PROGRESS_MS) void write();
    },
    checkCancelled() {
      if (stopped === 'cancelled') throw new JobCancelledError(jobText('cancelled'));
      if (stopped === 'gone')
        throw new JobCancelledError(
          jobText('processStopped', { seconds: Math.round(jobTimeoutMs() / 1000) }),
        );
    },
    async sync() {
      await write();
      job.checkCancelled();
    },
    async finish(status, outcome = {}) {
      clearInterval(heartbeat);
      await inflight;
      finished = true;
      const result = outcome.result === undefined ? null : JSON.stringify(outcome.result);
      await runQuery('finish-job', {
        id,
        status,
        error: outcome.error?.slice(0, 1000) ?? null,
        result,
        clean: outcome.clean ?? false,
        now: new Date().toISOString(),
      }).catch((e: unknown) =>
        console.error('[koppelvlak] job outcome not written', id, (e as Error).message),
      );
    },
  };
  return job;
}

/** A job as any process sees it: a running job without a recent heartbeat is failed here, once. */
async function readJob(id: string): Promise<JobRow | null> {
  if (!isJobId(id)) return null;
  const [row] = await runQuery('get-job', { id });
  if (!row || row.status !== 'running') return row ?? null;
  const timeout = jobTimeoutMs();
  const staleBefore = new Date(Date.now() - timeout).toISOString();
  if (row.heartbeatAt >= staleBefore) return row;
  const error = jobText('processStopped', { seconds: Math.round(timeout / 1000) });
  await runQuery('fail-stale-job', {
    id,
    staleBefore,
    error: `${error.nl} / ${error.en}`,
    now: new Date().toISOString(),
  });
  const [after] = await runQuery('get-job', { id });
  return after ?? null;
}

export interface JobView {
  id: string;
  kind: JobKind;
  status: JobStatus;
  phase: string;
  done: number;
  total: number;
  startedAt: string;
  heartbeatAt: string;
  finishedAt: string | null;
  error: string | null;
  cancelRequested: boolean;
  /** The outcome a finished job stored (an import's report). */
  result: unknown;
}

function view(row: JobRow): JobView {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    phase: row.phase,
    done: row.done,
    total: row.total,
    startedAt: row.startedAt,
    heartbeatAt: row.heartbeatAt,
    finishedAt: row.finishedAt,
    error: row.error,
    cancelRequested: row.cancelRequested,
    result: row.result === null ? null : (JSON.parse(row.result) as unknown),
  };
}

/** The viewer's own job (through any process); null when it does not exist or is someone else's. */
export async function getJob(viewer: Viewer, id: string): Promise<JobView | null> {
  const row = await readJob(id);
  if (!row || row.userId === null || row.userId !== viewer.userId) return null;
  assertCan(viewer, READ[row.kind]);
  return view(row);
}

/** A job by id for the dal itself (briefings follow their own job whoever asks). */
export async function jobById(id: string): Promise<JobView | null> {
  const row = await readJob(id);
  return row ? view(row) : null;
}

/** Asks the process running the viewer's job to stop it; the job reads 'cancelled' once it has. */
export async function cancelJob(viewer: Viewer, id: string): Promise<JobView> {
  const job = await getJob(viewer, id);
  if (!job) throw new NotFoundError(jobText('notFound', { id: id.slice(0, 70) }));
  if (job.status === 'running') await runQuery('cancel-job', { id, userId: viewer.userId ?? '' });
  return { ...job, cancelRequested: job.status === 'running' || job.cancelRequested };
}

/** Whether the user finished a clean dry run of this file within the last hour (in any process). */
export async function hasCleanDryRun(userId: string | null, fileHash: string): Promise<boolean> {
  const since = new Date(Date.now() - 3_600_000).toISOString();
  const [row] = await runQuery('get-import-preview', { userId: userId ?? '', fileHash, since });
  return (row?.n ?? 0) > 0;
}
