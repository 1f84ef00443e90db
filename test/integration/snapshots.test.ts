import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeNetwork } from '../../lib/analysis';
import { viewerFromToken } from '../../lib/auth/session';
import { PUBLIC_VIEWER, type Viewer } from '../../lib/auth/viewer';
import { getAnalysis, invalidateAnalysisCache } from '../../lib/dal/analysis';
import { today } from '../../lib/dal/network';
import { getOverview } from '../../lib/dal/overview';
import {
  DEMO_SNAPSHOT_DATES,
  getSnapshot,
  listSnapshots,
  previousSnapshot,
  seedDemoSnapshots,
  takeSnapshot,
} from '../../lib/dal/snapshots';
import { closeDriver, databaseName, getDriver } from '../../lib/db/driver';
import { loadNetwork } from '../../lib/db/network';
import { ForbiddenError, UnauthenticatedError, ValidationError } from '../../lib/errors';
import { networkAsOf } from '../../lib/report/asof';
import { computeHeadline } from '../../lib/report/headline';
import { createTestSession } from '../helpers/session';

let regisseur: Viewer;
let team: Viewer;
let board: Viewer;

beforeAll(async () => {
  regisseur = (await viewerFromToken((await createTestSession('regisseur')).token))!;
  team = (await viewerFromToken((await createTestSession('projectteam')).token))!;
  board = (await viewerFromToken((await createTestSession('stuurgroep')).token))!;
  invalidateAnalysisCache();
});
afterAll(async () => {
  await closeDriver();
});

describe('demo snapshots', () => {
  it('are recomputed from the data as of each date, not invented', async () => {
    const made = await seedDemoSnapshots();
    expect(made.map((s) => s.asOf)).toEqual([...DEMO_SNAPSHOT_DATES]);
    const current = await loadNetwork({ seeConfidential: true, viewerOrgIds: [] }, today());
    for (const s of made) {
      const n = networkAsOf(current, s.asOf);
      expect(s.headline).toEqual(computeHeadline(analyzeNetwork(n), n));
      expect(n.contacts.every((c) => c.date <= s.asOf)).toBe(true);
    }
    const densities = made.map((s) => s.headline!.crossChainDensity);
    expect(new Set(densities).size).toBeGreaterThan(1);
    await seedDemoSnapshots();
    expect((await listSnapshots(team)).filter((s) => s.kind === 'demo')).toHaveLength(4);
  });

  it('feed the overview trend line, oldest first, ending with today', async () => {
    const data = await getOverview(PUBLIC_VIEWER);
    const dates = data.trends.map((t) => t.asOf);
    for (const d of DEMO_SNAPSHOT_DATES) expect(dates).toContain(d);
    expect([...dates].sort()).toEqual(dates);
    expect(data.trends.at(-1)!.kind).toBe('current');
    expect(data.previous).not.toBeNull();
  });
});

describe('takeSnapshot', () => {
  it('freezes the headline, coverage, gap ids and ties (regisseur), audited', async () => {
    const snap = await takeSnapshot(regisseur, 'Voor de stuurgroep van december');
    const full = await getSnapshot(team, snap.id);
    const now = await getAnalysis(regisseur);
    if (now.level !== 'full') throw new Error('expected full');
    expect(full.note).toBe('Voor de stuurgroep van december');
    expect(full.metrics?.headline).toEqual(snap.headline);
    expect(full.metrics?.coverage.overall).toEqual([
      now.analysis.coverage.overall.expected,
      now.analysis.coverage.overall.realised,
    ]);
    const ids = Object.values(full.metrics!.gaps).flatMap((byLevel) => Object.values(byLevel).flat());
    expect(ids.sort()).toEqual(now.analysis.gaps.map((g) => g.id).sort());
    expect(full.metrics!.ties).toHaveLength(now.analysis.ties.length);
    const audit = await getDriver().executeQuery(
      'MATCH (a:AuditEvent {action: "snapshot.create", entityId: $id}) RETURN count(a) AS n',
      { id: snap.id },
      { database: databaseName() },
    );
    expect(audit.records[0]!.get('n')).toBe(1);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    expect((await previousSnapshot(board, tomorrow))?.id).toBe(snap.id);
  });

  it('is for the regisseur only; reading is for projectteam, regisseur and stuurgroep', async () => {
    await expect(takeSnapshot(team, 'x')).rejects.toBeInstanceOf(ForbiddenError);
    await expect(takeSnapshot(regisseur, 'x'.repeat(2001))).rejects.toBeInstanceOf(ValidationError);
    await expect(listSnapshots(PUBLIC_VIEWER)).rejects.toBeInstanceOf(UnauthenticatedError);
    expect((await listSnapshots(board)).length).toBeGreaterThan(0);
    await expect(getSnapshot(board, 'bestaat-niet')).rejects.toThrow(/bestaat niet/);
  });
});
