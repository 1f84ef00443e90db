import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  base32Decode,
  base32Encode,
  hotp,
  otpauthUri,
  totpCode,
  verifyTotp,
  generateTotpSecret,
} from '../../../lib/auth/totp';

// RFC 6238 appendix B (SHA-1 seed "12345678901234567890"), last six of the eight digits.
const SEED = base32Encode(Buffer.from('12345678901234567890', 'ascii'));
const VECTORS: [number, string][] = [
  [59, '94287082'],
  [1111111109, '07081804'],
  [1111111111, '14050471'],
  [1234567890, '89005924'],
  [2000000000, '69279037'],
  [20000000000, '65353130'],
];

describe('totp', () => {
  it('matches the RFC 6238 SHA-1 test vectors (8 and 6 digits)', () => {
    for (const [t, code] of VECTORS) {
      expect(totpCode(SEED, t * 1000, 8)).toBe(code);
      expect(totpCode(SEED, t * 1000)).toBe(code.slice(2));
    }
  });

  it('matches the RFC 4226 HOTP vectors', () => {
    const key = Buffer.from('12345678901234567890', 'ascii');
    expect([0, 1, 2, 3, 9].map((c) => hotp(key, c))).toEqual([
      '755224',
      '287082',
      '359152',
      '969429',
      '520489',
    ]);
  });

  it('accepts one step of drift either side and nothing further', () => {
    const secret = generateTotpSecret();
    const t = 1_800_000_000_000;
    const code = totpCode(secret, t);
    expect(verifyTotp(secret, code, { timeMs: t })).not.toBeNull();
    expect(verifyTotp(secret, code, { timeMs: t + 30_000 })).not.toBeNull();
    expect(verifyTotp(secret, code, { timeMs: t - 30_000 })).not.toBeNull();
    expect(verifyTotp(secret, code, { timeMs: t + 90_000 })).toBeNull();
    expect(verifyTotp(secret, '12345', { timeMs: t })).toBeNull();
    expect(verifyTotp(secret, 'abcdef', { timeMs: t })).toBeNull();
  });

  it('refuses a code whose step was used already (replay)', () => {
    const secret = generateTotpSecret();
    const t = 1_800_000_000_000;
    const step = verifyTotp(secret, totpCode(secret, t), { timeMs: t });
    expect(step).not.toBeNull();
    expect(verifyTotp(secret, totpCode(secret, t), { timeMs: t, afterStep: step })).toBeNull();
  });

  it('round-trips base32 for any bytes and ignores case, spaces and padding', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 64 }), (bytes) => {
        const enc = base32Encode(bytes);
        expect([...base32Decode(enc)]).toEqual([...bytes]);
        expect([...base32Decode(enc.toLowerCase().replace(/(.{4})/g, '$1 ') + '==')]).toEqual([...bytes]);
      }),
    );
    expect(base32Encode(Buffer.from('foobar'))).toBe('MZXW6YTBOI');
    expect(() => base32Decode('ABC1')).toThrow(/base32/);
  });

  it('builds an otpauth URI with issuer, SHA1, 6 digits and 30 s', () => {
    const uri = otpauthUri('JBSWY3DPEHPK3PXP', 'regisseur@demo.invalid');
    expect(uri).toMatch(/^otpauth:\/\/totp\/Koppelvlak%3Aregisseur%40demo\.invalid\?/);
    const q = new URL(uri).searchParams;
    expect(Object.fromEntries(q)).toEqual({
      secret: 'JBSWY3DPEHPK3PXP',
      issuer: 'Koppelvlak',
      algorithm: 'SHA1',
      digits: '6',
      period: '30',
    });
  });
});
