/**
 * Cypher injection: hostile strings in every text field of the membership form, login, account
 * invitation, decline reason, audit filters and erasure lookup are stored or compared as plain
 * text (parameters, never string building); the network itself is left untouched.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { signInWithPassword } from '../../lib/auth/login';
import { viewerFromToken } from '../../lib/auth/session';
import { closeDriver } from '../../lib/db/driver';
import { withReadTransaction } from '../../lib/db/run';
import { listAuditEvents, parseAuditFilter } from '../../lib/dal/audit';
import { previewErasure } from '../../lib/dal/erasure';
import { declineMember, listMembershipRequests, submitMembershipRequest } from '../../lib/dal/membership';
import { getInvitation, inviteUser, listUsers } from '../../lib/dal/users';
import { createTestSession } from '../helpers/session';

afterAll(() => closeDriver());
const run = Math.random().toString(36).slice(2, 8);

const HOSTILE = [
  "'}) MATCH (n) DETACH DELETE n //",
  '"}) MATCH (n) DETACH DELETE n //',
  '`}) MATCH (n) DETACH DELETE n //',
  "x' OR 1=1 WITH 1 AS a MATCH (n) DETACH DELETE n //",
  '$name}) CALL db.clearQueryCaches() //',
  "Robert'); MATCH (p:Person) SET p.name = 'pwned' //",
  '\\u0027 }) RETURN 1 UNION MATCH (u:User) RETURN u.passwordHash //',
  '{{7*7}} ${7*7} <script>alert(1)</script>',
];
// Labels of the network and its accounts that none of these calls may add to or remove from.
const NETWORK = [
  'Organisation',
  'Person',
  'Koppelvlak',
  'Coalition',
  'Region',
  'Sector',
  'VitalProcess',
  'Agreement',
  'Contact',
  'Meeting',
  'Session',
];

async function counts(): Promise<Record<string, number>> {
  return withReadTransaction(async (tx) => {
    const out: Record<string, number> = {};
    for (const label of NETWORK) {
      const r = await tx.run(`MATCH (n:${label}) RETURN count(n) AS c`);
      out[label] = Number(r.records[0]?.get('c') ?? -1);
    }
    const rels = await tx.run('MATCH ()-[r]->() RETURN count(r) AS c');
    out.relationships = Number(rels.records[0]?.get('c') ?? -1);
    const pwned = await tx.run("MATCH (p:Person {name: 'pwned'}) RETURN count(p) AS c");
    out.pwned = Number(pwned.records[0]?.get('c') ?? -1);
    return out;
  });
}

describe('Cypher injection', () => {
  it('stores hostile text as plain text and leaves the network alone', async () => {
    const reg = await createTestSession('regisseur');
    const regViewer = await viewerFromToken(reg.token);
    const team = await viewerFromToken((await createTestSession('projectteam')).token);
    const before = await counts();
    expect(before.Person).toBeGreaterThan(0);
    const relsBefore = before.relationships ?? 0;

    let i = 0;
    for (const s of HOSTILE) {
      i++;
      const ip = `192.0.2.${i}`;
      // Membership form: every text field.
      const { id } = await submitMembershipRequest(
        {
          name: `N ${s}`,
          email: `inj${i}@test.invalid`,
          organisationName: `O ${s}`,
          motivation: `Motivatie ${s}`,
        },
        ip,
      );
      const stored = (await listMembershipRequests(team)).find((r) => r.id === id);
      expect(stored).toMatchObject({
        name: `N ${s}`,
        organisationName: `O ${s}`,
        motivation: `Motivatie ${s}`,
      });
      await declineMember(team, { requestId: id, reason: `Reden ${s}` });
      expect((await listMembershipRequests(team, 'afgewezen')).find((r) => r.id === id)?.reason).toBe(
        `Reden ${s}`,
      );

      // Login: hostile e-mail and password are just a failed login.
      expect((await signInWithPassword({ email: s, password: s, ip })).status).toBe('invalid');
      expect(
        (await signInWithPassword({ email: reg.email, password: s, ip: `198.51.100.${i}` })).status,
      ).toBe('invalid');

      // Account name in an invitation.
      const inv = await inviteUser(regViewer, {
        email: `inj-user-${run}-${i}@test.invalid`,
        name: `U ${s}`,
        role: 'deelnemer',
        personId: s,
      });
      expect((await listUsers(regViewer)).find((u) => u.userId === inv.userId)?.name).toBe(`U ${s}`);
      expect(await getInvitation(s)).toBeNull();

      // Audit filters and the erasure lookup.
      const filtered = await listAuditEvents(
        regViewer,
        parseAuditFilter({ actorId: s, action: s.slice(0, 80), entityType: s.slice(0, 80), entityId: s }),
      );
      expect(filtered.total).toBe(0);
      const byEntity = await listAuditEvents(regViewer, parseAuditFilter({ entityId: id }));
      expect(
        byEntity.events.some((e) => (e.after ?? '').includes(JSON.stringify(`N ${s}`).slice(1, -1))),
      ).toBe(true);
      expect(await previewErasure(regViewer, s)).toBeNull();
    }

    const after = await counts();
    for (const label of NETWORK.filter((l) => l !== 'Session'))
      expect(after[label], label).toBe(before[label]);
    expect(after.pwned).toBe(0);
    // Only invitations and their accounts add relationships (Invitation-FOR->User); nothing was deleted.
    expect(after.relationships).toBeGreaterThanOrEqual(relsBefore);
  });
});
