/**
 * Accounts and sessions against the real Neo4j: blocking stops sessions at once, the login rate
 * limit refuses before hashing, two-factor where required, invitations, password reset.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureDemoUsers } from '../../lib/auth/demo-users';
import { signInWithPassword, type LoginDeps } from '../../lib/auth/login';
import { verifyPassword } from '../../lib/auth/password';
import { viewerFromToken } from '../../lib/auth/session';
import { totpCode, generateTotpSecret } from '../../lib/auth/totp';
import { passTotpStep } from '../../lib/auth/totp-step';
import { closeDriver } from '../../lib/db/driver';
import { runQuery } from '../../lib/db/run';
import { listAuditEvents, parseAuditFilter } from '../../lib/dal/audit';
import {
  acceptInvitation,
  changeRole,
  getInvitation,
  inviteUser,
  resetPassword,
  setDisabled,
} from '../../lib/dal/users';
import { createTestSession, TEST_PASSWORD } from '../helpers/session';

afterAll(() => closeDriver());

const ip = () =>
  `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
async function admin() {
  const s = await createTestSession('regisseur');
  return { ...s, viewer: await viewerFromToken(s.token) };
}
function spyVerifier(): LoginDeps & { calls: number } {
  const spy = {
    calls: 0,
    verify: async (h: string, p: string) => {
      spy.calls++;
      return verifyPassword(h, p);
    },
  };
  return spy;
}

describe('blocking an account', () => {
  it('stops every session of that account at once', async () => {
    const { viewer: reg } = await admin();
    const a = await createTestSession('deelnemer', { personId: 'p-vr-vr01-1' });
    expect((await viewerFromToken(a.token)).role).toBe('deelnemer');
    await setDisabled(reg, a.userId, true, '127.0.0.1');
    expect((await viewerFromToken(a.token)).role).toBe('publiek');
    expect((await viewerFromToken(a.token)).userId).toBeNull();
    const r = await signInWithPassword({ email: a.email, password: TEST_PASSWORD, ip: ip() });
    expect(r.status).toBe('invalid');
    await setDisabled(reg, a.userId, false);
    // Unblocking does not revive old sessions.
    expect((await viewerFromToken(a.token)).userId).toBeNull();
  });

  it('refuses a deelnemer trying to block someone', async () => {
    const a = await createTestSession('deelnemer');
    const b = await createTestSession('deelnemer');
    await expect(setDisabled(await viewerFromToken(a.token), b.userId, true)).rejects.toMatchObject({
      status: 403,
    });
  });
});

describe('login rate limit', () => {
  it('refuses the 10th wrong password within a minute without checking the hash', async () => {
    const a = await createTestSession('deelnemer');
    const spy = spyVerifier();
    const from = ip();
    for (let i = 1; i <= 9; i++) {
      const r = await signInWithPassword({ email: a.email, password: `wrong ${i}`, ip: from }, spy);
      expect(r).toEqual({ status: 'invalid', hashChecked: true });
    }
    expect(spy.calls).toBe(9);
    const tenth = await signInWithPassword({ email: a.email, password: 'wrong 10', ip: from }, spy);
    expect(tenth).toEqual({ status: 'rate-limited', hashChecked: false });
    // Even the right password is refused while the window lasts, still without hashing.
    const right = await signInWithPassword({ email: a.email, password: TEST_PASSWORD, ip: ip() }, spy);
    expect(right.status).toBe('rate-limited');
    expect(spy.calls).toBe(9);
    const key = (
      await runQuery('get-rate-limit', {
        key: (await import('../../lib/auth/rate-limit')).limitKey('login-account', a.email),
        windowStart: new Date(Date.now() - 60_000).toISOString(),
      })
    )[0];
    expect(key?.count).toBeGreaterThanOrEqual(11);
  });

  it('gives the same answer for an unknown account and a wrong password (and still hashes)', async () => {
    const a = await createTestSession('deelnemer');
    const spy = spyVerifier();
    const unknown = await signInWithPassword(
      { email: `nobody-${randomUUID()}@test.invalid`, password: 'whatever it is', ip: ip() },
      spy,
    );
    const wrong = await signInWithPassword({ email: a.email, password: 'not the password', ip: ip() }, spy);
    expect(unknown).toEqual(wrong);
    expect(spy.calls).toBe(2);
  });

  it('records login success and failure in the audit trail', async () => {
    const a = await createTestSession('deelnemer');
    await signInWithPassword({ email: a.email, password: 'nope nope nope', ip: ip() });
    const ok = await signInWithPassword({ email: a.email, password: TEST_PASSWORD, ip: ip() });
    expect(ok.status).toBe('ok');
    const { viewer } = await admin();
    const events = await listAuditEvents(viewer, parseAuditFilter({ entityId: a.userId, action: 'login.' }));
    expect(events.events.map((e) => e.action).sort()).toEqual(['login.failure', 'login.success']);
  });
});

describe('two-factor', () => {
  it('is required for regisseur and projectteam: public access until the TOTP step passed', async () => {
    for (const role of ['regisseur', 'projectteam'] as const) {
      const a = await createTestSession(role);
      await runQuery('set-user-totp', {
        userId: a.userId,
        totpSecret: null,
        step: null,
        now: new Date().toISOString(),
      });
      const r = await signInWithPassword({ email: a.email, password: TEST_PASSWORD, ip: ip() });
      if (r.status !== 'ok') throw new Error(r.status);
      expect(r.totpStep).toBe('enrol');
      expect((await viewerFromToken(r.token)).role).toBe('publiek');
      const secret = generateTotpSecret();
      // One moment for the codes of this test: a 30 s step boundary between enrolling and the
      // replay would otherwise turn the "replayed" code into a fresh one.
      const at = Date.now();
      const used = totpCode(secret, at);
      expect((await passTotpStep(r.token, '000000', '127.0.0.1', { enrolSecret: secret })).status).toBe(
        used === '000000' ? 'ok' : 'invalid',
      );
      expect((await passTotpStep(r.token, used, '127.0.0.1', { enrolSecret: secret })).status).toBe('ok');
      expect((await viewerFromToken(r.token)).role).toBe(role);
      // Next sign-in: the stored secret is asked for; a replayed code is refused.
      const again = await signInWithPassword({ email: a.email, password: TEST_PASSWORD, ip: ip() });
      if (again.status !== 'ok') throw new Error(again.status);
      expect(again.totpStep).toBe('verify');
      expect((await passTotpStep(again.token, used, '127.0.0.1')).status).toBe('invalid');
      expect((await viewerFromToken(again.token)).role).toBe('publiek');
      const next = totpCode(secret, at + 30_000);
      expect(
        (await passTotpStep(again.token, next, '127.0.0.1', { enrolSecret: generateTotpSecret() })).status,
      ).toBe('ok');
      expect((await viewerFromToken(again.token)).role).toBe(role);
    }
  });

  it('is optional for a deelnemer, and once on it is asked for', async () => {
    const a = await createTestSession('deelnemer');
    const first = await signInWithPassword({ email: a.email, password: TEST_PASSWORD, ip: ip() });
    if (first.status !== 'ok') throw new Error(first.status);
    expect(first.totpStep).toBe('none');
    expect((await viewerFromToken(first.token)).role).toBe('deelnemer');
    const secret = generateTotpSecret();
    expect(
      (await passTotpStep(first.token, totpCode(secret), '127.0.0.1', { enrolSecret: secret })).status,
    ).toBe('ok');
    expect((await viewerFromToken(first.token)).role).toBe('deelnemer');
    const second = await signInWithPassword({ email: a.email, password: TEST_PASSWORD, ip: ip() });
    if (second.status !== 'ok') throw new Error(second.status);
    expect(second.totpStep).toBe('verify');
    expect((await viewerFromToken(second.token)).role).toBe('publiek');
  });

  it('gives the demo regisseur and projectteam a TOTP secret (DEMO_TOTP_SECRET fixes it)', async () => {
    process.env.DEMO_TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
    process.env.DEMO_PASSWORD = 'demo password for tests';
    const accounts = await ensureDemoUsers();
    delete process.env.DEMO_TOTP_SECRET;
    delete process.env.DEMO_PASSWORD;
    const byRole = Object.fromEntries(accounts.map((a) => [a.role, a]));
    expect(byRole.regisseur?.totpSecret).toBe('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP');
    expect(byRole.projectteam?.totpSecret).toBe('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP');
    expect(byRole.deelnemer?.totpSecret).toBeUndefined();
    const r = await signInWithPassword({
      email: 'regisseur@demo.invalid',
      password: 'demo password for tests',
      ip: ip(),
    });
    expect(r.status === 'ok' && r.totpStep).toBe('verify');
  });
});

describe('invitations and password reset', () => {
  it('lets an invitee set a password once, through an expiring single-use link', async () => {
    const { viewer } = await admin();
    const email = `invitee-${randomUUID().slice(0, 8)}@test.invalid`;
    const { token, userId } = await inviteUser(viewer, {
      email,
      name: 'Bert Uitgenodigd (fictief)',
      role: 'deelnemer',
      personId: null,
    });
    expect((await getInvitation(token))?.email).toBe(email);
    await expect(
      acceptInvitation({ token, password: 'wachtwoord', confirm: 'wachtwoord' }, ip()),
    ).rejects.toMatchObject({ status: 400 });
    await expect(
      acceptInvitation({ token, password: 'een lange zin als wachtwoord', confirm: 'anders' }, ip()),
    ).rejects.toMatchObject({ status: 400 });
    await acceptInvitation(
      { token, password: 'een lange zin als wachtwoord', confirm: 'een lange zin als wachtwoord' },
      ip(),
    );
    await expect(
      acceptInvitation(
        { token, password: 'nog een lange zin hier', confirm: 'nog een lange zin hier' },
        ip(),
      ),
    ).rejects.toMatchObject({ status: 404 });
    const r = await signInWithPassword({ email, password: 'een lange zin als wachtwoord', ip: ip() });
    expect(r.status === 'ok' && r.userId).toBe(userId);
    await expect(
      inviteUser(viewer, { email, name: 'Dubbel', role: 'deelnemer', personId: null }),
    ).rejects.toMatchObject({ status: 409 });
  });

  it('refuses an expired invitation', async () => {
    const { viewer } = await admin();
    const { token } = await inviteUser(viewer, {
      email: `late-${randomUUID().slice(0, 8)}@test.invalid`,
      name: 'Laat (fictief)',
      role: 'stuurgroep',
      personId: null,
    });
    const { hashToken } = await import('../../lib/auth/tokens');
    const { withWriteTransaction } = await import('../../lib/db/run');
    await withWriteTransaction((tx) =>
      tx.run('MATCH (i:Invitation {tokenHash: $h}) SET i.expiresAt = $past', {
        h: hashToken(token),
        past: '2000-01-01T00:00:00.000Z',
      }),
    );
    expect(await getInvitation(token)).toBeNull();
  });

  it('reset: the old password and sessions stop, a fresh link works', async () => {
    const { viewer } = await admin();
    const a = await createTestSession('deelnemer');
    const { token } = await resetPassword(viewer, a.userId);
    expect((await viewerFromToken(a.token)).userId).toBeNull();
    expect((await signInWithPassword({ email: a.email, password: TEST_PASSWORD, ip: ip() })).status).toBe(
      'invalid',
    );
    await acceptInvitation(
      { token, password: 'weer een nieuw wachtwoord', confirm: 'weer een nieuw wachtwoord' },
      ip(),
    );
    expect(
      (await signInWithPassword({ email: a.email, password: 'weer een nieuw wachtwoord', ip: ip() })).status,
    ).toBe('ok');
  });

  it('role change is audited with before and after and ends the sessions', async () => {
    const { viewer } = await admin();
    const a = await createTestSession('deelnemer');
    await changeRole(viewer, a.userId, 'stuurgroep', '127.0.0.1');
    expect((await viewerFromToken(a.token)).userId).toBeNull();
    const ev = await listAuditEvents(viewer, parseAuditFilter({ entityId: a.userId, action: 'user.role' }));
    expect(ev.total).toBe(1);
    expect(JSON.parse(ev.events[0]?.before ?? '{}')).toEqual({ role: 'deelnemer' });
    expect(JSON.parse(ev.events[0]?.after ?? '{}')).toEqual({ role: 'stuurgroep' });
    await expect(changeRole(viewer, viewer.userId ?? '', 'deelnemer')).rejects.toMatchObject({ status: 409 });
  });
});
