import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../../lib/i18n';

describe('messages', () => {
  for (const [feature, m] of Object.entries(MESSAGES)) {
    it(`${feature}: Dutch and English have the same keys and no empty text`, () => {
      expect(Object.keys(m.en).sort()).toEqual(Object.keys(m.nl).sort());
      for (const v of [...Object.values(m.nl), ...Object.values(m.en)]) expect(String(v).trim()).not.toBe('');
    });
  }
});
