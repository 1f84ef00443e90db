import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { analyzeNetwork } from '../analysis';
import { recordAudit } from '../audit/record';
import type { Viewer } from '../auth/viewer';
import { loadNetwork } from '../db/network';
import { runQuery, withWriteTransaction } from '../db/run';
import { NotFoundError, ValidationError, zodIssuesToText } from '../errors';
import { networkAsOf } from '../report/asof';
import { computeHeadline, type HeadlineMetrics } from '../report/headline';
import {
  buildSnapshotMetrics,
  parseHeadline,
  parseSnapshotMetrics,
  type SnapshotMetrics,
} from '../report/snapshot';
import { getFullAnalysis } from './analysis';
import { assertCan } from '../auth/permissions';
import { today } from './network';
import { bilingual } from '../i18n/define';
import { errors } from '../i18n/messages/errors';

export interface SnapshotSummary {
  id: string;
  takenAt: string;
  asOf: string;
  authorId: string | null;
  authorName: string | null;
  note: string;
  /** 'demo': recomputed from the data as of an earlier date by seedDemoSnapshots. */
  kind: 'manual' | 'demo';
  headline: HeadlineMetrics | null;
}
export interface Snapshot extends SnapshotSummary {
  metrics: SnapshotMetrics | null;
}

const noteSchema = z
  .string()
  .trim()
  .max(2000, { message: 'notitie: max 2000 tekens / note: max 2000 characters' });

/** Freezes today's figures (regisseur): headline, coverage per region/sector/category, gap ids, ties. */
export async function takeSnapshot(
  viewer: Viewer,
  note: unknown,
  ip: string | null = null,
): Promise<SnapshotSummary> {
  assertCan(viewer, 'snapshot:create');
  const parsed = noteSchema.safeParse(note ?? '');
  if (!parsed.success) throw new ValidationError(zodIssuesToText(parsed.error.issues));
  const full = await getFullAnalysis(viewer);
  const metrics = buildSnapshotMetrics(full.analysis, full.headline);
  const id = randomUUID();
  const takenAt = new Date().toISOString();
  await withWriteTransaction(async (tx) => {
    await runQuery(
      'create-snapshot',
      {
        id,
        takenAt,
        asOf: full.analysis.asOf,
        authorId: viewer.userId,
        note: parsed.data,
        kind: 'manual',
        headlineJson: JSON.stringify(full.headline),
        metricsJson: JSON.stringify(metrics),
      },
      { tx },
    );
    await recordAudit(
      viewer,
      {
        action: 'snapshot.create',
        entityType: 'Snapshot',
        entityId: id,
        after: { note: parsed.data, asOf: full.analysis.asOf },
        ip,
      },
      tx,
    );
  });
  return {
    id,
    takenAt,
    asOf: full.analysis.asOf,
    authorId: viewer.userId,
    authorName: viewer.name,
    note: parsed.data,
    kind: 'manual',
    headline: full.headline,
  };
}

async function readAll(): Promise<SnapshotSummary[]> {
  const rows = await runQuery('get-snapshots', {});
  return rows.map(({ headlineJson, ...r }) => ({ ...r, headline: parseHeadline(headlineJson) }));
}

/** Every snapshot, oldest asOf first (projectteam, regisseur, stuurgroep). */
export async function listSnapshots(viewer: Viewer): Promise<SnapshotSummary[]> {
  assertCan(viewer, 'snapshot:read');
  return readAll();
}

/** Headline figures per snapshot date only (no notes, authors or ids): for the public trend charts. */
export async function listSnapshotHeadlines(
  viewer: Viewer,
): Promise<Array<{ asOf: string; takenAt: string; headline: HeadlineMetrics }>> {
  assertCan(viewer, 'aggregate:read');
  return (await readAll()).flatMap((s) =>
    s.headline ? [{ asOf: s.asOf, takenAt: s.takenAt, headline: s.headline }] : [],
  );
}

export async function getSnapshot(viewer: Viewer, id: string): Promise<Snapshot> {
  assertCan(viewer, 'snapshot:read');
  const [row] = await runQuery('get-snapshot', { id });
  if (!row) throw new NotFoundError(bilingual(errors, 'snapshotNotFound', { id }));
  const { headlineJson, metricsJson, ...r } = row;
  return { ...r, headline: parseHeadline(headlineJson), metrics: parseSnapshotMetrics(metricsJson) };
}

/** The latest snapshot of a date before `asOf` (default today), or null. */
export async function previousSnapshot(
  viewer: Viewer,
  asOf: string = today(),
): Promise<SnapshotSummary | null> {
  assertCan(viewer, 'snapshot:read');
  const before = (await readAll()).filter((s) => s.asOf < asOf);
  return before.at(-1) ?? null;
}

export const DEMO_SNAPSHOT_DATES = ['2025-10-01', '2026-01-01', '2026-04-01', '2026-07-01'] as const;

/**
 * Seed/demo only (no viewer: called by the seed script): recomputes the figures as of each date
 * from the dated facts in the database (networkAsOf removes later contacts, agreements, …) and
 * stores them as snapshots of kind 'demo'. Idempotent: same ids, recomputed on every run.
 */
export async function seedDemoSnapshots(
  dates: readonly string[] = DEMO_SNAPSHOT_DATES,
): Promise<SnapshotSummary[]> {
  const current = await loadNetwork({ seeConfidential: true, viewerOrgIds: [] }, today());
  const out: SnapshotSummary[] = [];
  for (const asOf of dates) {
    const network = networkAsOf(current, asOf);
    const analysis = analyzeNetwork(network);
    const headline = computeHeadline(analysis, network);
    const id = `demo-${asOf}`;
    const takenAt = `${asOf}T12:00:00.000Z`;
    const note = `Herberekend uit de gegevens per ${asOf} / Recomputed from the data as of ${asOf}`;
    await runQuery('create-snapshot', {
      id,
      takenAt,
      asOf,
      authorId: null,
      note,
      kind: 'demo',
      headlineJson: JSON.stringify(headline),
      metricsJson: JSON.stringify(buildSnapshotMetrics(analysis, headline)),
    });
    out.push({ id, takenAt, asOf, authorId: null, authorName: null, note, kind: 'demo', headline });
  }
  return out;
}
