import { randomBytes, randomUUID } from 'node:crypto';
import type { Role } from '../domain/enums';
import { runQuery } from '../db/run';
import { hashPassword } from './password';
import { TOTP_REQUIRED } from './permissions';
import { generateTotpSecret } from './totp';

export interface DemoAccount {
  role: Role;
  email: string;
  password: string;
  totpSecret?: string;
}

const DEMO: { role: Exclude<Role, 'publiek'>; email: string; name: string; personId: string | null }[] = [
  { role: 'regisseur', email: 'regisseur@demo.invalid', name: 'Demo Regisseur (fictief)', personId: null },
  {
    role: 'projectteam',
    email: 'projectteam@demo.invalid',
    name: 'Demo Projectteam (fictief)',
    personId: null,
  },
  {
    role: 'deelnemer',
    email: 'deelnemer@demo.invalid',
    name: 'Demo Deelnemer (fictief)',
    personId: 'p-vr-vr01-3',
  },
  { role: 'stuurgroep', email: 'stuurgroep@demo.invalid', name: 'Demo Stuurgroep (fictief)', personId: null },
];

/**
 * Creates (or resets) one demo account per role with a fresh random password, printed by
 * `npm run demo` and never stored in git. Passwords can be fixed with DEMO_PASSWORD (tests).
 * Roles that need two-factor get a TOTP secret, printed too; DEMO_TOTP_SECRET fixes it (tests).
 */
export async function ensureDemoUsers(): Promise<DemoAccount[]> {
  const out: DemoAccount[] = [];
  for (const d of DEMO) {
    const password = process.env.DEMO_PASSWORD ?? randomBytes(12).toString('base64url');
    const [row] = await runQuery('upsert-user', {
      id: randomUUID(),
      email: d.email,
      name: d.name,
      role: d.role,
      passwordHash: await hashPassword(password),
      personId: d.personId,
      now: new Date().toISOString(),
    });
    const totpSecret = TOTP_REQUIRED.includes(d.role)
      ? (process.env.DEMO_TOTP_SECRET ?? generateTotpSecret())
      : undefined;
    if (row)
      await runQuery('set-user-totp', {
        userId: row.userId,
        totpSecret: totpSecret ?? null,
        step: null,
        now: new Date().toISOString(),
      });
    out.push(
      totpSecret
        ? { role: d.role, email: d.email, password, totpSecret }
        : { role: d.role, email: d.email, password },
    );
  }
  return out;
}
