import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { viewerFromToken } from '../../lib/auth/session';
import type { Viewer } from '../../lib/auth/viewer';
import { invalidateAnalysisCache } from '../../lib/dal/analysis';
import { getGapDetail, getGapReport, parseGapFilters, setGapStatus } from '../../lib/dal/gaps';
import { closeDriver, databaseName, getDriver } from '../../lib/db/driver';
import { runQuery } from '../../lib/db/run';
import { ConflictError, ForbiddenError, ValidationError } from '../../lib/errors';
import { createTestSession } from '../helpers/session';

let team: Viewer;
let member: Viewer;

async function viewer(role: 'projectteam' | 'deelnemer', personId?: string): Promise<Viewer> {
  const s = await createTestSession(role, personId ? { personId } : {});
  const v = await viewerFromToken(s.token);
  if (!v) throw new Error('no viewer');
  return v;
}

async function cypher(text: string, params: Record<string, unknown> = {}) {
  return getDriver().executeQuery(text, params, { database: databaseName() });
}

async function firstOpen(filters: Record<string, string>) {
  const report = await getGapReport(team, parseGapFilters({ ...filters, status: 'open' }));
  const row = report.rows[0];
  if (!row) throw new Error(`no open gap for ${JSON.stringify(filters)}`);
  return row;
}

beforeAll(async () => {
  team = await viewer('projectteam');
  member = await viewer('deelnemer', 'p-vr-vr01-1');
});
afterAll(async () => {
  await closeDriver();
});

describe('gap report', () => {
  it('filters to one region server-side, with counts that follow the filter and paging', async () => {
    const all = await getGapReport(team, parseGapFilters({}));
    const vr01 = await getGapReport(team, parseGapFilters({ region: 'VR01', pageSize: '5' }));
    expect(vr01.counts.total).toBeGreaterThan(0);
    expect(vr01.counts.total).toBeLessThan(all.counts.total);
    expect(vr01.rows.length).toBeLessThanOrEqual(5);
    expect(vr01.rows.every((r) => r.regionCode === 'VR01')).toBe(true);
    expect(Object.values(vr01.counts.byType).reduce((a, b) => a + b, 0)).toBe(vr01.counts.total);
    expect(vr01.pages).toBe(Math.ceil(vr01.counts.total / 5));
    const page2 = await getGapReport(team, parseGapFilters({ region: 'VR01', pageSize: '5', page: '2' }));
    expect(page2.rows[0]?.id).not.toBe(vr01.rows[0]?.id);
  });

  it('refuses unknown filter values with a readable message', () => {
    expect(() => parseGapFilters({ type: 'bestaat-niet' })).toThrow(ValidationError);
    expect(() => parseGapFilters({ region: 'X1' })).toThrow(/VR01/);
  });

  it('is closed to members (403 from the dal)', async () => {
    await expect(getGapReport(member, parseGapFilters({}))).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe('gap workflow', () => {
  it('keeps a status change with its note, in history and in the audit trail', async () => {
    const gap = await firstOpen({ region: 'VR02' });
    const res = await setGapStatus(team, {
      gapId: gap.id,
      status: 'erkend',
      expectedVersion: gap.version,
      note: 'Besproken in het projectteam',
    });
    expect(res.status).toBe('erkend');
    const detail = await getGapDetail(team, gap.id);
    expect(detail.row.status).toBe('erkend');
    const last = detail.events.at(-1)!;
    expect(last).toMatchObject({
      kind: 'status',
      fromStatus: 'open',
      toStatus: 'erkend',
      note: 'Besproken in het projectteam',
      actorId: team.userId,
    });
    const audit = await cypher(
      'MATCH (a:AuditEvent {action: "gap.status", entityId: $id}) RETURN a.after AS after',
      { id: gap.id },
    );
    expect(audit.records.length).toBe(1);
    expect(String(audit.records[0]!.get('after'))).toContain('Besproken');
  });

  it('requires an owner and due date for in-behandeling and a reason to close', async () => {
    const gap = await firstOpen({ region: 'VR03' });
    await expect(
      setGapStatus(team, { gapId: gap.id, status: 'in-behandeling', expectedVersion: gap.version }),
    ).rejects.toBeInstanceOf(ValidationError);
    const r1 = await setGapStatus(team, {
      gapId: gap.id,
      status: 'in-behandeling',
      expectedVersion: gap.version,
      owner: 'Anna Voorbeeldstra',
      due: '2027-01-31',
    });
    await expect(
      setGapStatus(team, { gapId: gap.id, status: 'opgelost', expectedVersion: r1.version }),
    ).rejects.toThrow(/reden|reason/);
    await expect(
      setGapStatus(team, {
        gapId: gap.id,
        status: 'niet-van-toepassing',
        expectedVersion: r1.version,
        reason: '   ',
      }),
    ).rejects.toBeInstanceOf(ValidationError);
    const r2 = await setGapStatus(team, {
      gapId: gap.id,
      status: 'opgelost',
      expectedVersion: r1.version,
      reason: 'Afspraak getekend',
    });
    const detail = await getGapDetail(team, gap.id);
    expect(detail.row).toMatchObject({
      status: 'opgelost',
      owner: 'Anna Voorbeeldstra',
      due: '2027-01-31',
      version: r2.version,
    });
    expect(detail.events.map((e) => e.toStatus)).toEqual(['in-behandeling', 'opgelost']);
    expect(detail.events[1]!.reason).toBe('Afspraak getekend');
  });

  it('refuses a stale version (409) and a transition the workflow does not allow', async () => {
    const gap = await firstOpen({ region: 'VR04' });
    await expect(
      setGapStatus(team, { gapId: gap.id, status: 'erkend', expectedVersion: gap.version + 7 }),
    ).rejects.toBeInstanceOf(ConflictError);
    await expect(
      setGapStatus(team, { gapId: gap.id, status: 'opgelost', expectedVersion: gap.version, reason: 'x' }),
    ).rejects.toThrow(/kan niet naar/);
  });

  it('refuses a member (403) and leaves the gap unchanged', async () => {
    const gap = await firstOpen({ region: 'VR05' });
    await expect(
      setGapStatus(member, { gapId: gap.id, status: 'erkend', expectedVersion: gap.version }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect((await getGapDetail(team, gap.id)).row.status).toBe('open');
  });

  it('shows a gap the data closes as resolved by the data, and reopens it with its history when it returns', async () => {
    const gap = await firstOpen({ type: 'geen-recent-contact', region: 'VR06' });
    const [a, b] = gap.organisations.map((o) => o.id) as [string, string];
    await setGapStatus(team, {
      gapId: gap.id,
      status: 'erkend',
      expectedVersion: gap.version,
      note: 'voor heropenen',
    });
    const contactId = `test-contact-${randomUUID()}`;
    const today = new Date().toISOString().slice(0, 10);
    await runQuery('upsert-contacts', {
      rows: [
        {
          id: contactId,
          orgAId: a,
          orgBId: b,
          date: today,
          kind: 'overleg',
          strength: 2,
          personIds: [],
          note: 'test',
          source: 'test',
        },
      ],
      now: new Date().toISOString(),
    });
    invalidateAnalysisCache();
    const closed = await getGapDetail(team, gap.id);
    expect(closed.row.resolvedByData).not.toBeNull();
    expect(closed.events.at(-1)!.kind).toBe('verdwenen');
    const byData = await getGapReport(
      team,
      parseGapFilters({ status: 'door-data', q: gap.organisations[0]!.name }),
    );
    expect(byData.rows.map((r) => r.id)).toContain(gap.id);

    await cypher('MATCH (c:Contact {id: $id}) DETACH DELETE c', { id: contactId });
    invalidateAnalysisCache();
    const back = await getGapDetail(team, gap.id);
    expect(back.row.resolvedByData).toBeNull();
    expect(back.row.status).toBe('erkend');
    expect(back.events.map((e) => e.kind)).toEqual(['status', 'verdwenen', 'heropend']);
    expect(back.events[0]!.note).toBe('voor heropenen');
  });
});
