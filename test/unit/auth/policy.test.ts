import { describe, expect, it } from 'vitest';
import { safePath } from '../../../lib/auth/form-route';
import { isCommonPassword, passwordProblem } from '../../../lib/auth/password-policy';
import { ipFromHeaders } from '../../../lib/auth/request';
import { scrubNeedles } from '../../../lib/dal/erasure';

describe('passwordProblem', () => {
  it('needs at least 8 characters and has no composition rules', () => {
    expect(passwordProblem('kort')?.nl).toMatch(/minstens 8/);
    expect(passwordProblem('alleen kleine letters zonder cijfers')).toBeNull();
    expect(passwordProblem('ééééééé')?.en).toMatch(/at least 8/); // 7 characters, 14 bytes
  });
  it('refuses common passwords, Dutch ones included, in any case', () => {
    for (const p of ['wachtwoord', 'Wachtwoord123', 'password1', 'welkom2026', 'QWERTYUIOP', '12345678'])
      expect(passwordProblem(p)?.en, p).toMatch(/commonly used/);
    expect(isCommonPassword('koppelvlak')).toBe(true);
  });
  it('refuses the e-mail address itself', () => {
    expect(passwordProblem('anna@voorbeeld.invalid', { email: 'Anna@Voorbeeld.invalid' })?.en).toMatch(
      /e-mail/,
    );
  });
});

describe('safePath', () => {
  it('keeps same-site paths and refuses anything that leaves the site', () => {
    expect(safePath('/beheer?x=1')).toBe('/beheer?x=1');
    for (const bad of ['//evil.example', 'https://evil.example', '/\\evil.example', 'beheer', undefined, 42])
      expect(safePath(bad)).toBe('/');
  });
});

describe('ipFromHeaders', () => {
  it('takes the entry the nearest proxy appended', () => {
    expect(ipFromHeaders(new Headers({ 'x-forwarded-for': '6.6.6.6, 10.0.0.1' }))).toBe('10.0.0.1');
    expect(ipFromHeaders(new Headers())).toBe('unknown');
  });
});

describe('scrubNeedles', () => {
  it('covers the plain and JSON-escaped form, longest first, and skips very short values', () => {
    expect(scrubNeedles(['Anna "A" Voorbeeldstra', null, 'ab'])).toEqual([
      'Anna \\"A\\" Voorbeeldstra',
      'Anna "A" Voorbeeldstra',
    ]);
  });
});
