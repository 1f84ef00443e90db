/**
 * Need-to-know, admission and erasure against the real Neo4j: a confidential koppelvlak stays
 * hidden from members of uninvolved organisations; admission creates a person (audited); erasure
 * removes a person everywhere and scrubs their name from the audit trail.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { viewerFromToken } from '../../lib/auth/session';
import { PUBLIC_VIEWER } from '../../lib/auth/viewer';
import { closeDriver } from '../../lib/db/driver';
import { runQuery } from '../../lib/db/run';
import { listAuditEvents, parseAuditFilter } from '../../lib/dal/audit';
import { erasePerson } from '../../lib/dal/erasure';
import {
  admitMember,
  declineMember,
  listMembershipRequests,
  submitMembershipRequest,
} from '../../lib/dal/membership';
import { getNetworkForViewer } from '../../lib/dal/network';
import { signInWithPassword } from '../../lib/auth/login';
import { acceptInvitation } from '../../lib/dal/users';
import { createTestSession } from '../helpers/session';

afterAll(() => closeDriver());
const ip = () => `172.16.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
const viewerFor = async (role: Parameters<typeof createTestSession>[0], personId?: string) =>
  viewerFromToken((await createTestSession(role, { personId: personId ?? null })).token);

describe('need-to-know for confidential koppelvlakken', () => {
  it('hides a confidential koppelvlak from a member of an uninvolved organisation, shows it to the involved and to projectteam', async () => {
    const all = await runQuery('get-koppelvlakken', { seeConfidential: true, viewerOrgIds: [] });
    const secret = all.find((k) => k.confidential);
    if (!secret) throw new Error('seed has no confidential koppelvlak');
    const people = await runQuery('get-people', {});
    const outsider = people.find(
      (p) => p.organisationId !== secret.fromId && p.organisationId !== secret.toId,
    );
    const insider = people.find(
      (p) => p.organisationId === secret.fromId || p.organisationId === secret.toId,
    );
    if (!outsider || !insider) throw new Error('seed lacks an outsider or insider person');

    const out = await getNetworkForViewer(await viewerFor('deelnemer', outsider.id));
    expect(out.koppelvlakken.length).toBeGreaterThan(0);
    expect(out.koppelvlakken.map((k) => k.id)).not.toContain(secret.id);
    expect(
      out.koppelvlakken.every((k) => !k.confidential || [k.fromId, k.toId].includes(outsider.organisationId)),
    ).toBe(true);

    const inside = await getNetworkForViewer(await viewerFor('deelnemer', insider.id));
    expect(inside.koppelvlakken.map((k) => k.id)).toContain(secret.id);
    const team = await getNetworkForViewer(await viewerFor('projectteam'));
    expect(team.koppelvlakken.map((k) => k.id)).toContain(secret.id);
    await expect(getNetworkForViewer(PUBLIC_VIEWER)).rejects.toMatchObject({ status: 401 });
    await expect(getNetworkForViewer(await viewerFor('stuurgroep'))).rejects.toMatchObject({ status: 403 });
  });
});

describe('admission of members', () => {
  it('stores an application, and the projectteam admits it: a person at the organisation plus an invitation', async () => {
    const email = `appl-${randomUUID().slice(0, 8)}@test.invalid`;
    const { id } = await submitMembershipRequest(
      {
        name: 'Carla Aanvrager (fictief)',
        email,
        organisationName: 'Veiligheidsregio Groningen',
        motivation: 'Ik coördineer de continuïteitsplannen.',
      },
      ip(),
    );
    const team = await viewerFor('projectteam');
    expect((await listMembershipRequests(team, 'aangevraagd')).some((r) => r.id === id)).toBe(true);
    await expect(listMembershipRequests(await viewerFor('deelnemer'))).rejects.toMatchObject({ status: 403 });
    const r = await admitMember(team, {
      requestId: id,
      organisationId: 'vr-vr01',
      personRole: 'adviseur',
      level: 'tactisch',
      invite: true,
    });
    const person = (await runQuery('get-people', {})).find((p) => p.id === r.personId);
    expect(person).toMatchObject({ name: 'Carla Aanvrager (fictief)', organisationId: 'vr-vr01', email });
    if (!r.token) throw new Error('no invitation');
    await acceptInvitation(
      { token: r.token, password: 'carla kiest een goede zin', confirm: 'carla kiest een goede zin' },
      ip(),
    );
    const login = await signInWithPassword({ email, password: 'carla kiest een goede zin', ip: ip() });
    if (login.status !== 'ok') throw new Error(login.status);
    const v = await viewerFromToken(login.token);
    expect(v).toMatchObject({ role: 'deelnemer', personId: r.personId, organisationIds: ['vr-vr01'] });
    await expect(
      admitMember(team, { requestId: id, organisationId: 'vr-vr01', level: 'tactisch' }),
    ).rejects.toMatchObject({ status: 404 });
    const audit = await listAuditEvents(await viewerFor('regisseur'), parseAuditFilter({ entityId: id }));
    expect(audit.events.map((e) => e.action).sort()).toEqual(['membership.admit', 'membership.request']);
  });

  it('requires a reason to decline, and validates the public form', async () => {
    const { id } = await submitMembershipRequest(
      {
        name: 'Dirk Afwijzing (fictief)',
        email: 'dirk@test.invalid',
        organisationName: 'Onbekend bv',
        motivation: 'Ik wil graag meedoen aan het netwerk.',
      },
      ip(),
    );
    const team = await viewerFor('projectteam');
    await expect(declineMember(team, { requestId: id, reason: '' })).rejects.toMatchObject({ status: 400 });
    await declineMember(team, { requestId: id, reason: 'Geen vitale aanbieder.' });
    const r = (await listMembershipRequests(team, 'afgewezen')).find((x) => x.id === id);
    expect(r?.reason).toBe('Geen vitale aanbieder.');
    await expect(
      submitMembershipRequest(
        { name: 'X', email: 'geen-mail', organisationName: '', motivation: 'kort' },
        ip(),
      ),
    ).rejects.toMatchObject({ status: 400 });
  });

  it('rate-limits the public form per IP address', async () => {
    const from = ip();
    const form = {
      name: 'Eva Herhaal (fictief)',
      email: 'eva@test.invalid',
      organisationName: 'Testorganisatie',
      motivation: 'Herhaalde aanvraag om de limiet te testen.',
    };
    for (let i = 0; i < 5; i++) await submitMembershipRequest(form, from);
    await expect(submitMembershipRequest(form, from)).rejects.toMatchObject({ status: 429 });
  });
});

describe('erasure (AVG/GDPR)', () => {
  it('removes the person and relations, their account, and scrubs the name from audit JSON', async () => {
    const reg = await viewerFor('regisseur');
    const marker = `Wisbaar${randomUUID().slice(0, 6)}`;
    const name = `Frits "${marker}" O'Neil (fictief)`;
    const email = `frits-${randomUUID().slice(0, 6)}@test.invalid`;
    const { id } = await submitMembershipRequest(
      {
        name,
        email,
        organisationName: 'Veiligheidsregio Groningen',
        motivation: 'Graag toegang tot het netwerk.',
      },
      ip(),
    );
    const { personId, userId } = await admitMember(reg, {
      requestId: id,
      organisationId: 'vr-vr01',
      level: 'operationeel',
      invite: true,
    });
    const before = await listAuditEvents(reg, parseAuditFilter({ entityId: personId }));
    expect(before.events[0]?.after).toContain(marker);
    const size0 = (await runQuery('get-graph-size', {}))[0];

    const r = await erasePerson(reg, personId);
    expect(r.accountsRemoved).toBe(1);
    expect((await runQuery('get-people', {})).some((p) => p.id === personId)).toBe(false);
    expect(await runQuery('get-user', { userId: userId ?? '' })).toEqual([]);
    const network = await getNetworkForViewer(reg);
    expect(JSON.stringify(network)).not.toContain(marker);
    const size1 = (await runQuery('get-graph-size', {}))[0];
    expect(size1?.nodes).toBeLessThan(size0?.nodes ?? 0);

    const after = await listAuditEvents(reg, parseAuditFilter({ page: 1 }), 500);
    const text = JSON.stringify(after.events);
    expect(text).not.toContain(marker);
    expect(text).not.toContain(email);
    const created = (await listAuditEvents(reg, parseAuditFilter({ entityId: personId }))).events;
    expect(created.map((e) => e.action).sort()).toEqual(['person.create', 'person.erase']);
    expect(created.find((e) => e.action === 'person.create')?.after).toContain('[gewist]');
    expect((await listMembershipRequests(reg)).find((x) => x.id === id)?.name).toBe('[gewist]');
    await expect(erasePerson(await viewerFor('projectteam'), 'p-vr-vr01-1')).rejects.toMatchObject({
      status: 403,
    });
  });
});
