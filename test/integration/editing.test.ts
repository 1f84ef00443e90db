import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { viewerFromToken } from '../../lib/auth/session';
import type { Viewer } from '../../lib/auth/viewer';
import { closeDriver, databaseName, getDriver } from '../../lib/db/driver';
import { countAgreementsFollowingCurrentModel } from '../../lib/dal/documents';
import { deleteEntity, getEntity, getLastChange, saveEntity } from '../../lib/dal/editing';
import { expiringAgreements } from '../../lib/dal/agreements';
import { peopleNotReached } from '../../lib/dal/meetings';
import { getRecurringBlockers } from '../../lib/dal/coalitions';
import { ConflictError, ForbiddenError, ValidationError } from '../../lib/errors';
import { createTestSession } from '../helpers/session';

// Form edits against the real test database: rights, validation, optimistic concurrency,
// refusal of orphaning deletes and the audit record written with the change.
let team: Viewer;
let member: Viewer;
let memberPersonId: string;
let coalitionId: string;

async function one<T>(cypher: string, params: Record<string, unknown> = {}): Promise<T> {
  const r = await getDriver().executeQuery(cypher, params, { database: databaseName() });
  return r.records[0]?.toObject() as T;
}

beforeAll(async () => {
  team = await viewerFromToken((await createTestSession('projectteam')).token);
  const pick = await one<{ p: string; c: string }>(
    'MATCH (p:Person)-[:MEMBER_OF]->(c:Coalition) WHERE NOT (p)<-[:IS]-() RETURN p.id AS p, c.id AS c ORDER BY p.id LIMIT 1',
  );
  memberPersonId = pick.p;
  coalitionId = pick.c;
  member = await viewerFromToken((await createTestSession('deelnemer', { personId: memberPersonId })).token);
});
afterAll(async () => {
  await closeDriver();
});

describe('editing through lib/dal', () => {
  it('refuses a stale form with a message and keeps the newer change', async () => {
    const org = await getEntity(team, 'organisation', 'vr-vr01');
    expect(org).not.toBeNull();
    const v = org!.version!;
    await saveEntity(team, {
      entity: 'organisation',
      id: 'vr-vr01',
      expectedVersion: v,
      values: { ...org!, description: 'eerste wijziging' },
    });
    const stale = await saveEntity(team, {
      entity: 'organisation',
      id: 'vr-vr01',
      expectedVersion: v,
      values: { ...org!, description: 'tweede (verouderd)' },
    }).catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(ConflictError);
    expect((stale as ConflictError).text.en).toMatch(/stale form/);
    const now = await getEntity(team, 'organisation', 'vr-vr01');
    expect(now!.description).toBe('eerste wijziging');
    expect(now!.version).toBe(v + 1);
  });

  it('writes the audit event with the change and shows who changed it last', async () => {
    const ev = await one<{ n: number; after: string }>(
      "MATCH (a:AuditEvent {entityType: 'organisation', entityId: 'vr-vr01', action: 'organisation.update', actorId: $u}) RETURN count(a) AS n, max(a.after) AS after",
      { u: team.userId },
    );
    expect(ev.n).toBe(1);
    expect(ev.after).toContain('eerste wijziging');
    const last = await getLastChange(team, 'organisation', 'vr-vr01');
    expect(last?.actorRole).toBe('projectteam');
  });

  it('gives field-level validation errors', async () => {
    const err = await saveEntity(team, {
      entity: 'agreement',
      id: null,
      expectedVersion: null,
      values: {
        title: '',
        partyIds: ['vr-vr01'],
        status: 'getekend',
        koppelvlakIds: [],
        signedAt: 'gisteren',
      },
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
    const fields = ((err as ValidationError).details as { fields: Record<string, unknown> }).fields;
    expect(Object.keys(fields).sort()).toEqual(expect.arrayContaining(['partyIds', 'signedAt', 'title']));
  });

  it('refuses a delete that would orphan data, and deletes when nothing hangs on it', async () => {
    const org = await getEntity(team, 'organisation', 'vr-vr01');
    const refused = await deleteEntity(team, {
      entity: 'organisation',
      id: 'vr-vr01',
      expectedVersion: org!.version!,
    }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ConflictError);
    expect((refused as ConflictError).text.nl).toMatch(/werken nog personen/);
    expect(await getEntity(team, 'organisation', 'vr-vr01')).not.toBeNull();
    const made = await saveEntity(team, {
      entity: 'organisation',
      id: null,
      expectedVersion: null,
      values: {
        name: 'Tijdelijke testorganisatie',
        kind: 'overig',
        chain: 'overig',
        sectorId: null,
        regionCodes: [],
        processIds: [],
        description: '',
      },
    });
    await deleteEntity(team, { entity: 'organisation', id: made.id, expectedVersion: made.version });
    expect(await getEntity(team, 'organisation', made.id)).toBeNull();
  });

  it('lets a member edit only their own profile, and not move organisation', async () => {
    const me = await getEntity(member, 'person', memberPersonId);
    await saveEntity(member, {
      entity: 'person',
      id: memberPersonId,
      expectedVersion: me!.version!,
      values: { ...me!, role: 'Eigen functie', organisationId: 'vr-vr25' },
    });
    const after = await getEntity(member, 'person', memberPersonId);
    expect(after!.role).toBe('Eigen functie');
    expect(after!.organisationId).toBe(me!.organisationId);
    const other = await one<{ id: string }>('MATCH (p:Person) WHERE p.id <> $me RETURN p.id AS id LIMIT 1', {
      me: memberPersonId,
    });
    const o = await getEntity(member, 'person', other.id);
    await expect(
      saveEntity(member, {
        entity: 'person',
        id: other.id,
        expectedVersion: o!.version!,
        values: { ...o!, role: 'x' },
      }),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('lets a member add a progress review to their own coalition only', async () => {
    const r = await saveEntity(member, {
      entity: 'review',
      id: null,
      expectedVersion: null,
      values: {
        coalitionId,
        date: '2026-11-01',
        achieved: 'Test bereikt',
        direction: 'Verder',
        blockers: 'Geen budget',
      },
    });
    expect(r.version).toBe(1);
    // A coalition the member is not in (neither the person nor the organisation).
    const other = await one<{ id: string }>(
      'MATCH (c:Coalition) WHERE NOT c.id IN $mine RETURN c.id AS id ORDER BY id LIMIT 1',
      { mine: member.coalitionIds },
    );
    await expect(
      saveEntity(member, {
        entity: 'review',
        id: null,
        expectedVersion: null,
        values: { coalitionId: other.id, date: '2026-11-01', achieved: '', direction: '', blockers: '' },
      }),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe('registers and lists', () => {
  it('lists an agreement in the 90-day list after its review date is moved into the window', async () => {
    const a = await getEntity(team, 'agreement', 'ag-known-vr-vr01-op-enexis-netbeheer-b-v');
    await saveEntity(team, {
      entity: 'agreement',
      id: String(a!.id),
      expectedVersion: a!.version!,
      values: { ...a!, reviewAt: '2026-12-15' },
    });
    const due = await expiringAgreements(team, '2026-11-28');
    expect(due.find((d) => d.agreement.id === a!.id && d.what === 'review')).toMatchObject({
      date: '2026-12-15',
      days: 17,
    });
  });

  it('counts agreements following the current model, lists people not reached and recurring blockers', async () => {
    const c = await countAgreementsFollowingCurrentModel(team);
    expect(c.total).toBeGreaterThan(0);
    expect(c.following).toBeLessThanOrEqual(c.total);
    const nr = await peopleNotReached(team, '2026-10-01');
    expect(nr.every((p) => p.lastSeen === null || p.lastSeen < '2025-10-01')).toBe(true);
    const groups = await getRecurringBlockers(team);
    expect(groups[0]?.times).toBeGreaterThanOrEqual(2);
    await expect(getRecurringBlockers(member)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
