import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Bilingual } from '../errors';

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
    return {
      nl: `Het wachtwoord moet minstens ${PASSWORD_MIN_LENGTH} tekens lang zijn.`,
      en: `The password must be at least ${PASSWORD_MIN_LENGTH} characters long.`,
    };
  if (length > PASSWORD_MAX_LENGTH)
    return {
      nl: `Het wachtwoord mag hoogstens ${PASSWORD_MAX_LENGTH} tekens lang zijn.`,
      en: `The password may be at most ${PASSWORD_MAX_LENGTH} characters long.`,
    };
  const lower = password.trim().toLowerCase();
  if (commonPasswords().has(lower))
    return {
      nl: 'Dit wachtwoord staat op de lijst van veelgebruikte wachtwoorden; kies een ander (een zin werkt goed).',
      en: 'This password is on the list of commonly used passwords; choose another (a sentence works well).',
    };
  if (context.email && lower === context.email.trim().toLowerCase())
    return {
      nl: 'Het wachtwoord mag niet gelijk zijn aan uw e-mailadres.',
      en: 'The password must not be your e-mail address.',
    };
  return null;
}

export function isCommonPassword(password: string): boolean {
  return commonPasswords().has(password.trim().toLowerCase());
}
