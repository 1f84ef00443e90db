/**
 * Tracked jobs (lib/dal/jobs.ts) live in Neo4j: progress, outcome, cancel and the heartbeat
 * timeout are seen by any process. Here one process plays both sides: the runner (startJob) and
 * the reader (getJob, as the other process does), and a cancelled import writes nothing.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { viewerFromToken } from '../../lib/auth/session';
import type { Viewer } from '../../lib/auth/viewer';
import { applyImport, cancelImport, dryRunKey, importProgress, previewImport } from '../../lib/dal/importing';
import { cancelJob, getJob, hasCleanDryRun, JobCancelledError, jobById, startJob } from '../../lib/dal/jobs';
import { closeDriver, databaseName, getDriver } from '../../lib/db/driver';
import { runQuery } from '../../lib/db/run';
import { ConflictError } from '../../lib/errors';
import { createTestSession } from '../helpers/session';

let regisseur: Viewer;
let other: Viewer;
let member: Viewer;
let orgs: string[];

const sql = (q: string, p: Record<string, unknown> = {}) =>
  getDriver().executeQuery(q, p, { database: databaseName() });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const people = (n: number, prefix: string) =>
  Buffer.from(
    '\uFEFF' +
      [
        'id;naam;functie;niveau;organisatie;e-mail',
        ...Array.from(
          { length: n },
          (_, i) => `${prefix}${i};Taakpersoon ${i} (fictief);Adviseur;tactisch;${orgs[i % orgs.length]};`,
        ),
      ].join('\r\n') +
      '\r\n',
  );

beforeAll(async () => {
  regisseur = await viewerFromToken((await createTestSession('regisseur')).token);
  other = await viewerFromToken((await createTestSession('regisseur')).token);
  member = await viewerFromToken((await createTestSession('deelnemer', { personId: 'p-ggd-vr01-1' })).token);
  orgs = (await runQuery('get-organisations', {})).slice(0, 5).map((o) => o.id);
});
afterAll(async () => {
  await sql("MATCH (n:Person) WHERE n.id STARTS WITH 'job-' DETACH DELETE n");
  await closeDriver();
});

describe('tracked jobs', () => {
  it('shows progress and outcome to its owner only, and refuses a taken id', async () => {
    const id = `t-${randomUUID()}`;
    const job = await startJob({ id, kind: 'import', userId: regisseur.userId, phase: 'lezen', total: 10 });
    job.progress('controleren', 4, 10);
    await job.sync();
    expect(await getJob(regisseur, id)).toMatchObject({
      status: 'running',
      phase: 'controleren',
      done: 4,
      total: 10,
    });
    expect(await getJob(other, id)).toBeNull();
    await expect(
      startJob({ id, kind: 'import', userId: regisseur.userId, phase: 'x' }),
    ).rejects.toBeInstanceOf(ConflictError);
    await job.finish('done', { result: { rows: 10 }, clean: true });
    expect(await getJob(regisseur, id)).toMatchObject({ status: 'done', result: { rows: 10 } });
    // Someone else may not take over a finished id either; its owner may start it again.
    await expect(startJob({ id, kind: 'import', userId: other.userId, phase: 'x' })).rejects.toBeInstanceOf(
      ConflictError,
    );
    const again = await startJob({ id, kind: 'import', userId: regisseur.userId, phase: 'lezen' });
    await again.finish('cancelled');
  });

  it('refuses a member the import progress', async () => {
    await expect(importProgress(member, 'whatever')).rejects.toMatchObject({ status: 403 });
  });

  it('a cancel asked through any process stops the runner at its next progress write', async () => {
    const id = `t-${randomUUID()}`;
    const job = await startJob({
      id,
      kind: 'import',
      userId: regisseur.userId,
      phase: 'schrijven',
      total: 3,
    });
    expect((await cancelJob(regisseur, id)).cancelRequested).toBe(true);
    await expect(job.sync()).rejects.toBeInstanceOf(JobCancelledError);
    await job.finish('cancelled');
    expect((await getJob(regisseur, id))?.status).toBe('cancelled');
    await expect(cancelJob(other, id)).rejects.toMatchObject({ status: 404 });
  });

  it('marks a running job failed, with a clear message, once its heartbeat is older than the timeout', async () => {
    const id = `t-${randomUUID()}`;
    const job = await startJob({ id, kind: 'briefing', userId: regisseur.userId, phase: 'pdf', total: 100 });
    await job.finish('done'); // stops the heartbeat; then pretend it is still running, silent for a minute
    await sql("MATCH (j:Job {id: $id}) SET j.status = 'running', j.heartbeatAt = $old", {
      id,
      old: new Date(Date.now() - 60_000).toISOString(),
    });
    const failed = await jobById(id);
    expect(failed?.status).toBe('failed');
    expect(failed?.error).toMatch(/serverproces.*gestopt.*niets half opgeslagen/i);
    expect(failed?.error).toMatch(/server process running this job stopped/i);
    // A live job is left alone: its heartbeat is recent.
    const live = await startJob({
      id: `t-${randomUUID()}`,
      kind: 'import',
      userId: regisseur.userId,
      phase: 'lezen',
    });
    await sleep(50);
    expect((await jobById(live.id))?.status).toBe('running');
    await live.finish('done');
  });

  it('a cancelled import rolls back every batch it wrote; the job says cancelled', async () => {
    const bytes = people(30, 'job-cancel-');
    const jobId = `t-${randomUUID()}`;
    await previewImport(regisseur, { fileName: 'personen.csv', bytes });
    expect(await hasCleanDryRun(regisseur.userId, dryRunKey({ bytes }))).toBe(true);
    let asked = false;
    const err = await applyImport(regisseur, {
      fileName: 'personen.csv',
      bytes,
      batchSize: 10,
      jobId,
      onTiming: (phase) => {
        if (phase.startsWith('write batch 1') && !asked) {
          asked = true;
          void cancelImport(regisseur, jobId);
        }
      },
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(JobCancelledError);
    const r = await sql("MATCH (p:Person) WHERE p.id STARTS WITH 'job-cancel-' RETURN count(p) AS n");
    expect(r.records[0]?.get('n')).toBe(0);
    expect(await importProgress(regisseur, jobId)).toMatchObject({ status: 'cancelled', phase: 'fout' });
  });

  it('an applied import stores its report on the job, readable through any process', async () => {
    const bytes = people(5, 'job-ok-');
    const jobId = `t-${randomUUID()}`;
    await previewImport(regisseur, { fileName: 'personen.csv', bytes });
    const report = await applyImport(regisseur, { fileName: 'personen.csv', bytes, jobId });
    const p = await importProgress(regisseur, jobId);
    expect(p).toMatchObject({ status: 'done', phase: 'klaar' });
    expect(p?.report?.counts).toEqual(report.counts);
  });
});
