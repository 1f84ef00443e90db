// `npm run user:create -- --email x@y.nl --role regisseur [--name "…"] [--person p-…] [--reset]`:
// creates an account (the first regisseur, typically) with a generated password, printed once.
// Roles that require two-factor (regisseur, projectteam) also get a TOTP secret and otpauth URI.
import { randomBytes, randomUUID } from 'node:crypto';
import { z } from 'zod';
import { recordAudit } from '../lib/audit/record';
import { hashPassword } from '../lib/auth/password';
import { TOTP_REQUIRED } from '../lib/auth/permissions';
import { formatSecret, generateTotpSecret, otpauthUri } from '../lib/auth/totp';
import { closeDriver } from '../lib/db/driver';
import { migrate } from '../lib/db/migrate';
import { runQuery, withWriteTransaction } from '../lib/db/run';
import { ACCOUNT_ROLES } from '../lib/domain/enums';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const input = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .email({ message: '--email: verwacht een e-mailadres / expected an e-mail address' }),
  role: z.enum(ACCOUNT_ROLES, { message: `--role: verwacht / expected ${ACCOUNT_ROLES.join(', ')}` }),
  name: z.string().trim().min(1).max(200),
  person: z.string().trim().max(120).nullable(),
});

async function main() {
  const parsed = input.safeParse({
    email: arg('--email'),
    role: arg('--role'),
    name: arg('--name') ?? arg('--email') ?? '',
    person: arg('--person') ?? null,
  });
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join('; '));
  const { email, role, name, person } = parsed.data;
  await migrate();
  const existing = await runQuery('get-user-for-login', { email });
  if (existing.length > 0 && !process.argv.includes('--reset'))
    throw new Error(
      `Er is al een account voor ${email}; gebruik --reset om het wachtwoord te vervangen / an account exists; use --reset to replace its password`,
    );
  const password = randomBytes(15).toString('base64url');
  const totpSecret = TOTP_REQUIRED.includes(role) ? generateTotpSecret() : null;
  const passwordHash = await hashPassword(password);
  const now = new Date().toISOString();
  await withWriteTransaction(async (tx) => {
    const [row] = await runQuery(
      'upsert-user',
      { id: randomUUID(), email, name, role, passwordHash, personId: person, now },
      { tx },
    );
    if (!row) throw new Error('account niet aangemaakt / account not created');
    await runQuery('set-user-totp', { userId: row.userId, totpSecret, step: null, now }, { tx });
    await runQuery('revoke-user-sessions', { userId: row.userId, now }, { tx });
    await recordAudit(
      { userId: null, role: 'publiek' },
      {
        action: 'user.create-cli',
        entityType: 'User',
        entityId: row.userId,
        after: { email, role, personId: person },
        ip: 'cli',
      },
      tx,
    );
  });
  console.log(`\nAccount / account: ${email} (${role})`);
  console.log(`Wachtwoord / password: ${password}`);
  if (totpSecret) {
    console.log(`TOTP-sleutel / secret: ${formatSecret(totpSecret)}`);
    console.log(`otpauth URI: ${otpauthUri(totpSecret, email)}`);
    console.log('Voeg de sleutel toe aan een authenticator-app / add the secret to an authenticator app.');
  }
  console.log(
    'Bewaar dit veilig; het wordt nergens opgeslagen / keep this safe; it is not stored anywhere.\n',
  );
}

main()
  .catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 1;
  })
  .finally(() => closeDriver());
