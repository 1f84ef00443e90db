import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Bilingual } from '../errors';
import { accounts } from '../i18n/messages/accounts';
import { bilingual } from '../i18n/define';

// NIST SP 800-63B style: at least 8 characters, no composition rules, refuse well-known
// passwords. The list ships with the code (common-passwords.txt).
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 256;

let common: Set<string> | undefined;

function commonPasswords(): Set<string> {
  if (!common) {
    const file = path.join(process.cwd(), 'lib', 'auth', 'common-passwords.txt');
    common = new Set(
      readFileSync(file, 'utf8')
        .split('\n')
        .map((l) => l.trim().toLowerCase())
        .filter((l) => l.length > 0 && !l.startsWith('#')),
    );
  }
  return common;
}

/** Null when the password is acceptable, otherwise what is wrong with it (Dutch and English). */
export function passwordProblem(password: string, context: { email?: string } = {}): Bilingual | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH)
    return bilingual(accounts, 'passwordTooShort', { min: PASSWORD_MIN_LENGTH });
  if (length > PASSWORD_MAX_LENGTH)
    return bilingual(accounts, 'passwordTooLong', { max: PASSWORD_MAX_LENGTH });
  const lower = password.trim().toLowerCase();
  if (commonPasswords().has(lower)) return bilingual(accounts, 'passwordCommon');
  if (context.email && lower === context.email.trim().toLowerCase())
    return bilingual(accounts, 'passwordIsEmail');
  return null;
}

export function isCommonPassword(password: string): boolean {
  return commonPasswords().has(password.trim().toLowerCase());
}
