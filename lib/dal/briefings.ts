import { randomUUID } from 'node:crypto';
import { recordAudit } from '../audit/record';
import type { Viewer } from '../auth/viewer';
import { runQuery, withWriteTransaction } from '../db/run';
import type { BriefingRow } from '../db/queries/briefings';
import type { GapStatus } from '../domain';
import { ConflictError, NotFoundError, ValidationError, zodIssuesToText } from '../errors';
import { buildBriefingData } from '../pdf/build';
import { briefingHtml, headerFooter } from '../pdf/html';
import { failJob, jobProgress, setStep, startJob, type JobProgress } from '../pdf/jobs';
import { briefingRequest, type BriefingData, type BriefingRequest } from '../pdf/model';
import { htmlToPdf, warmPdfBrowser } from '../pdf/render';
import {
  countPdfPages,
  isBriefingId,
  readBriefingDataFile,
  readBriefingPdfFile,
  saveBriefing,
} from '../pdf/storage';
import { getFullAnalysis } from './analysis';
import { assertCan } from './guard';
import { getSnapshot, previousSnapshot, type Snapshot } from './snapshots';

// PDF briefings for steering bodies. Made by the regisseur (snapshot:create) from a snapshot;
// read and downloaded by everyone with snapshot:read (projectteam, regisseur, stuurgroep).
// Members (deelnemer) and the public get 403/401 here, whatever the UI shows.

export type Briefing = BriefingRow & { progress: JobProgress | null };

const notFound = (id: string) =>
  new NotFoundError({ nl: `Briefing ${id} bestaat niet.`, en: `Briefing ${id} does not exist.` });

async function row(id: string): Promise<BriefingRow> {
  if (!isBriefingId(id)) throw notFound(id.slice(0, 40));
  const [r] = await runQuery('get-briefing', { id });
  if (!r) throw notFound(id);
  return r;
}

function withProgress(r: BriefingRow): Briefing {
  const progress = jobProgress(r.id);
  // 'bezig' without a job in this process: the process that made it stopped half-way.
  const status = r.status === 'bezig' && !progress ? 'mislukt' : r.status;
  return { ...r, status, progress };
}

export async function listBriefings(viewer: Viewer, snapshotId: string | null = null): Promise<Briefing[]> {
  assertCan(viewer, 'snapshot:read');
  return (await runQuery('get-briefings', { snapshotId })).map(withProgress);
}

export async function getBriefing(viewer: Viewer, id: string): Promise<Briefing> {
  assertCan(viewer, 'snapshot:read');
  return withProgress(await row(id));
}

async function generate(viewer: Viewer, id: string, req: BriefingRequest, snapshot: Snapshot): Promise<void> {
  const t0 = Date.now();
  warmPdfBrowser();
  setStep(id, 'gegevens', 0.1);
  const [full, previous, states, layouts] = await Promise.all([
    getFullAnalysis(viewer),
    previousSnapshot(viewer, snapshot.asOf),
    runQuery('get-gap-states', {}),
    runQuery('get-layouts', {}),
  ]);
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
  setStep(id, 'opmaak', 0.4);
  const data: BriefingData = buildBriefingData({
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
    previous: previous ? { id: previous.id, asOf: previous.asOf, headline: previous.headline } : null,
    gapStatuses,
    savedLayout,
    generatedAt: new Date().toISOString(),
  });
  const html = briefingHtml(data);
  setStep(id, 'pdf', 0.6);
  const pdf = await htmlToPdf(html, headerFooter(data));
  setStep(id, 'opslaan', 0.9);
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
  setStep(id, 'klaar', 1);
}

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
  const snapshot = await getSnapshot(viewer, req.snapshotId);
  const id = randomUUID();
  const createdAt = new Date().toISOString();
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
        },
        ip,
      },
      tx,
    );
  });
  startJob(id);
  const done = generate(viewer, id, req, snapshot).then(
    () => 'klaar' as const,
    async (e: unknown) => {
      const message = e instanceof Error ? e.message : String(e);
      console.error('[koppelvlak] briefing failed', id, message);
      failJob(id, message);
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
  const b = withProgress(await row(id));
  if (b.status !== 'klaar')
    throw new ConflictError({
      nl: 'Deze briefing is nog niet klaar (of mislukt).',
      en: 'This briefing is not ready yet (or failed).',
    });
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
  const b = withProgress(await row(id));
  if (b.status !== 'klaar')
    throw new ConflictError({
      nl: 'Deze briefing is nog niet klaar (of mislukt).',
      en: 'This briefing is not ready yet (or failed).',
    });
  return readBriefingDataFile(id);
}
