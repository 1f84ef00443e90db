import { randomUUID } from 'node:crypto';
import { recordAudit } from '../audit/record';
import type { Viewer } from '../auth/viewer';
import { runQuery, withWriteTransaction } from '../db/run';
import type { BriefingRow } from '../db/queries/briefings';
import type { GapStatus } from '../domain';
import { ConflictError, NotFoundError, ValidationError, zodIssuesToText } from '../errors';
import { buildBriefingData } from '../pdf/build';
import { getBriefingSurvey } from './survey-results';
import { getSavedScenario, scenarioForBriefing } from './scenario';
import { briefingHtml, headerFooter } from '../pdf/html';
import {
  addPhases,
  failJob,
  jobProgress,
  setStep as setLocalStep,
  startJob as startLocalJob,
  STEPS,
  type JobProgress,
  type Step,
} from '../pdf/jobs';
import { AUDIENCES, briefingRequest, type BriefingData, type BriefingRequest } from '../pdf/model';
import { htmlToPdf, warmPdfBrowser, type RenderTimings } from '../pdf/render';
import {
  countPdfPages,
  isBriefingId,
  readBriefingDataFile,
  readBriefingPdfFile,
  saveBriefing,
} from '../pdf/storage';
import { getFullAnalysis } from './analysis';
import { ALL, defineCache } from './cache';
import { cancelJob, jobById, JobCancelledError, startJob, type RunningJob } from './jobs';
import { assertCan, can } from '../auth/permissions';
import { getSnapshot, listSnapshots, previousSnapshot, type Snapshot } from './snapshots';
import { bilingual } from '../i18n/define';
import { errors } from '../i18n/messages/errors';
import { jobText } from '../i18n/messages/jobs';

// PDF briefings for steering bodies. Made by the regisseur (snapshot:create) from a snapshot;
// read and downloaded by everyone with snapshot:read (projectteam, regisseur, stuurgroep).
// Members (deelnemer) and the public get 403/401 here, whatever the UI shows.

export type Briefing = BriefingRow & { progress: JobProgress | null };

const notFound = (id: string) => new NotFoundError(bilingual(errors, 'briefingNotFound', { id }));

async function row(id: string): Promise<BriefingRow> {
  if (!isBriefingId(id)) throw notFound(id.slice(0, 40));
  const [r] = await runQuery('get-briefing', { id });
  if (!r) throw notFound(id);
  return r;
}

/**
 * A briefing with its progress as its job in Neo4j has it (lib/dal/jobs.ts), whichever process
 * makes it; the phase timings only where it is made. A briefing still 'bezig' whose job failed
 * (its process stopped: no heartbeat) or has none is failed, and recorded so.
 */
async function withProgress(r: BriefingRow): Promise<Briefing> {
  const local = jobProgress(r.id);
  if (r.status !== 'bezig') return { ...r, progress: local };
  const job = await jobById(r.id);
  if (!job || job.status === 'failed' || job.status === 'cancelled') {
    const error = job?.error ?? 'no job';
    await runQuery('finish-briefing', {
      id: r.id,
      status: 'mislukt',
      file: null,
      pages: null,
      bytes: null,
      ms: null,
      confidential: false,
      error: error.slice(0, 500),
      finishedAt: new Date().toISOString(),
    });
    return { ...r, status: 'mislukt', error, progress: local };
  }
  const step: Step = (STEPS as readonly string[]).includes(job.phase) ? (job.phase as Step) : 'wachten';
  const progress: JobProgress = {
    step,
    fraction: job.total ? job.done / job.total : 0,
    startedAt: Date.parse(job.startedAt),
    ms: null,
    error: job.error,
    timings: local?.timings ?? {},
    phases: local?.phases ?? {},
  };
  return { ...r, progress };
}

export async function listBriefings(viewer: Viewer, snapshotId: string | null = null): Promise<Briefing[]> {
  assertCan(viewer, 'snapshot:read');
  return Promise.all((await runQuery('get-briefings', { snapshotId })).map(withProgress));
}

export async function getBriefing(viewer: Viewer, id: string): Promise<Briefing> {
  assertCan(viewer, 'snapshot:read');
  return withProgress(await row(id));
}

/**
 * Asks the process making the viewer's own briefing (any process: the job is in Neo4j) to stop.
 * It stops at its next step, stores no file and reads as failed with the cancel message. Audited.
 */
export async function cancelBriefing(
  viewer: Viewer,
  id: string,
  ip: string | null = null,
  snapshotId: string | null = null,
) {
  assertCan(viewer, 'snapshot:create');
  const r = await row(id);
  if (snapshotId !== null && r.snapshotId !== snapshotId) throw notFound(id);
  if (r.status !== 'bezig') throw new ConflictError(bilingual(errors, 'briefingNotRunning'));
  const job = await cancelJob(viewer, id);
  await recordAudit(viewer, {
    action: 'briefing.cancel',
    entityType: 'Briefing',
    entityId: id,
    before: { status: r.status },
    ip,
  });
  return { id, snapshotId: r.snapshotId, cancelRequested: job.cancelRequested };
}

/** Resolves like `p`, writing how long it took (ms) under `key`. */
function timed<T>(phases: Record<string, number>, key: string, p: Promise<T>): Promise<T> {
  const t = performance.now();
  return p.finally(() => (phases[key] = Math.round(performance.now() - t)));
}

type FullAnalysis = Awaited<ReturnType<typeof getFullAnalysis>>;

/** Loads what a briefing of `snapshot` needs and builds what it shows; times 'load' and 'build'. */
async function loadAndBuild(
  viewer: Viewer,
  id: string,
  req: BriefingRequest,
  snapshot: Snapshot,
  analysis: Promise<FullAnalysis>,
  phases: Record<string, number>,
  onLoaded: () => void = () => undefined,
): Promise<BriefingData> {
  const t = performance.now();
  const [full, previous, states, layouts, recs, steps, survey, scenarios] = await Promise.all([
    timed(phases, 'analysis', analysis),
    timed(phases, 'previous', previousSnapshot(viewer, snapshot.asOf)),
    runQuery('get-gap-states', {}),
    timed(phases, 'layouts', runQuery('get-layouts', { views: ['organisaties'] })),
    runQuery('get-recommendations', {}),
    runQuery('get-recommendation-steps', { id: null }),
    timed(phases, 'survey', getBriefingSurvey(viewer, snapshot.asOf)),
    timed(
      phases,
      'scenarios',
      Promise.all(req.scenarioIds.map((sid) => scenarioForBriefing(viewer, sid, req.includeNames))),
    ),
  ]);
  const t1 = performance.now();
  phases.load = Math.round(t1 - t);
  onLoaded();
  const gapStatuses: Record<string, GapStatus> = Object.fromEntries(states.map((s) => [s.id, s.status]));
  const layout = layouts.find((l) => l.view === 'organisaties');
  const savedLayout = layout
    ? Object.fromEntries(
        layout.ids.flatMap((nodeId, i) =>
          layout.xs[i] !== undefined && layout.ys[i] !== undefined
            ? [[nodeId, { x: layout.xs[i]!, y: layout.ys[i]! }]]
            : [],
        ),
      )
    : null;
  const data = buildBriefingData({
    id,
    request: req,
    network: full.network,
    analysis: full.analysis,
    snapshot: {
      id: snapshot.id,
      takenAt: snapshot.takenAt,
      asOf: snapshot.asOf,
      authorName: snapshot.authorName,
      note: snapshot.note,
      headline: snapshot.headline,
      metrics: snapshot.metrics,
    },
    previous: previous
      ? { id: previous.id, asOf: previous.asOf, takenAt: previous.takenAt, headline: previous.headline }
      : null,
    recommendations: { titles: Object.fromEntries(recs.map((r) => [r.id, r.title])), steps },
    gapStatuses,
    savedLayout,
    generatedAt: new Date().toISOString(),
    survey,
  });
  if (scenarios.length > 0) data.scenarios = scenarios;
  phases.build = Math.round(performance.now() - t1);
  return data;
}

async function generate(
  viewer: Viewer,
  job: RunningJob,
  req: BriefingRequest,
  snapshot: Snapshot,
  analysis: Promise<FullAnalysis>,
  t0: number,
): Promise<void> {
  const id = job.id;
  // Each step is shown through any process (the job) and timed here (the bench figures).
  const setStep = (step: Step, fraction: number) => {
    setLocalStep(id, step, fraction);
    job.progress(step, Math.round(fraction * 100), 100);
  };
  // 'request': from the call to here (snapshot read, briefing + audit written).
  const phases: Record<string, number> = { request: Date.now() - t0 };
  setStep('gegevens', 0.1);
  const data = await loadAndBuild(viewer, id, req, snapshot, analysis, phases, () => setStep('opmaak', 0.4));
  // A cancel asked meanwhile (through any process) stops the job here, before Chromium starts.
  await job.sync();
  let t = performance.now();
  const lap = (key: string) => {
    const now = performance.now();
    phases[key] = Math.round(now - t);
    t = now;
  };
  const html = briefingHtml(data);
  lap('html');
  setStep('pdf', 0.6);
  await job.sync();
  const render: RenderTimings = {};
  const pdf = await htmlToPdf(html, headerFooter(data), render);
  lap('render');
  addPhases(id, render);
  setStep('opslaan', 0.9);
  // Another process may have failed this job meanwhile (a missed heartbeat): then store nothing.
  await job.sync();
  const file = await saveBriefing(id, data, pdf);
  await runQuery('finish-briefing', {
    id,
    status: 'klaar',
    file,
    pages: countPdfPages(pdf),
    bytes: pdf.length,
    ms: Date.now() - t0,
    confidential: data.confidential,
    error: null,
    finishedAt: new Date().toISOString(),
  });
  lap('store');
  addPhases(id, phases);
  setStep('klaar', 1);
  await job.finish('done');
}

/**
 * For the snapshots page (fire and forget): when the viewer can make a briefing, start Chromium
 * (with a page ready) and the analysis now, so a briefing requested from that page skips both
 * cold starts. Does nothing for others; settles when ready, never rejects (callers need not wait).
 */
export function prepareBriefings(viewer: Viewer): Promise<void> {
  if (!can(viewer, 'snapshot:create')) return Promise.resolve();
  warmPdfBrowser();
  const analysis = getFullAnalysis(viewer);
  analysis.catch(() => undefined);
  return (async () => {
    // A dry build of the newest snapshot: computes (and remembers) its network picture layout.
    const [snapshots] = await Promise.all([listSnapshots(viewer), analysis]);
    const latest = snapshots.at(-1);
    if (!latest) return;
    // Once per snapshot and network revision (concurrent calls share one build).
    await prepared.get({ scope: ALL, variant: latest.id }, async () => {
      const snapshot = await getSnapshot(viewer, latest.id);
      const req = briefingRequest.parse({ snapshotId: latest.id, audience: AUDIENCES[0] });
      await loadAndBuild(viewer, randomUUID(), req, snapshot, analysis, {});
    });
  })().catch(() => undefined);
}
/** The snapshots whose briefing was built dry at the current revision (a page view then costs no more CPU). */
const prepared = defineCache<void>('briefing-prepared', { dependsOn: ['network'], max: 50 });

/**
 * Starts a briefing of `snapshotId` (regisseur). Returns at once with the id; `done` settles when
 * the PDF is written (or failed: it never rejects). The route handler answers 202 and the page
 * polls the status; tests await `done`.
 */
export async function createBriefing(
  viewer: Viewer,
  snapshotId: string,
  body: unknown,
  ip: string | null = null,
): Promise<{ id: string; done: Promise<'klaar' | 'mislukt'> }> {
  assertCan(viewer, 'snapshot:create');
  const parsed = briefingRequest.safeParse({ ...(typeof body === 'object' && body ? body : {}), snapshotId });
  if (!parsed.success) throw new ValidationError(zodIssuesToText(parsed.error.issues));
  const req = parsed.data;
  const t0 = Date.now();
  // Chromium and the analysis (usually cached) get going while the request is recorded.
  warmPdfBrowser();
  const analysis = getFullAnalysis(viewer);
  analysis.catch(() => undefined);
  const snapshot = await getSnapshot(viewer, req.snapshotId);
  // A scenario that does not exist (any more) is refused now, not in the middle of the job.
  for (const sid of req.scenarioIds) await getSavedScenario(viewer, sid);
  const id = randomUUID();
  const createdAt = new Date().toISOString();
  // The job first: a status read through any process between the two writes finds it running.
  const job = await startJob({
    id,
    kind: 'briefing',
    userId: viewer.userId ?? '',
    subject: snapshot.id,
    phase: 'wachten',
    total: 100,
  });
  try {
    await withWriteTransaction(async (tx) => {
      await runQuery(
        'create-briefing',
        {
          id,
          snapshotId: snapshot.id,
          audience: req.audience,
          locale: req.locale,
          includeNames: req.includeNames,
          createdAt,
          createdBy: viewer.userId,
        },
        { tx },
      );
      await recordAudit(
        viewer,
        {
          action: 'briefing.create',
          entityType: 'Briefing',
          entityId: id,
          after: {
            snapshotId: snapshot.id,
            audience: req.audience,
            locale: req.locale,
            includeNames: req.includeNames,
            scenarioIds: req.scenarioIds,
          },
          ip,
        },
        tx,
      );
    });
  } catch (e) {
    await job.finish('failed', { error: e instanceof Error ? e.message : String(e) });
    throw e;
  }
  startLocalJob(id);
  const done = generate(viewer, job, req, snapshot, analysis, t0).then(
    () => 'klaar' as const,
    async (e: unknown) => {
      const message = e instanceof Error ? e.message : String(e);
      // Cancelled by its owner (not failed by another process that saw no heartbeat).
      const cancelled = e instanceof JobCancelledError && e.text.nl === jobText('cancelled').nl;
      if (!cancelled) console.error('[koppelvlak] briefing failed', id, message);
      failJob(id, message);
      await job.finish(cancelled ? 'cancelled' : 'failed', { error: message });
      await runQuery('finish-briefing', {
        id,
        status: 'mislukt',
        file: null,
        pages: null,
        bytes: null,
        ms: null,
        confidential: false,
        error: message.slice(0, 500),
        finishedAt: new Date().toISOString(),
      }).catch(() => undefined);
      return 'mislukt' as const;
    },
  );
  return { id, done };
}

/** The PDF file (snapshot:read); every download is audited as an export. */
export async function downloadBriefing(
  viewer: Viewer,
  id: string,
  ip: string | null = null,
): Promise<{ pdf: Buffer; filename: string; briefing: Briefing }> {
  assertCan(viewer, 'snapshot:read');
  const b = await withProgress(await row(id));
  if (b.status !== 'klaar') throw new ConflictError(bilingual(errors, 'briefingNotReady'));
  const pdf = await readBriefingPdfFile(id);
  await recordAudit(viewer, {
    action: 'export.briefing',
    entityType: 'Briefing',
    entityId: id,
    after: { audience: b.audience, includeNames: b.includeNames },
    ip,
  });
  const day = b.createdAt.slice(0, 10);
  return { pdf, filename: `briefing-${b.audience}-${day}-${b.locale}.pdf`, briefing: b };
}

/** What the PDF shows, for the print preview (snapshot:read). */
export async function getBriefingData(viewer: Viewer, id: string): Promise<BriefingData> {
  assertCan(viewer, 'snapshot:read');
  const b = await withProgress(await row(id));
  if (b.status !== 'klaar') throw new ConflictError(bilingual(errors, 'briefingNotReady'));
  return readBriefingDataFile(id);
}
