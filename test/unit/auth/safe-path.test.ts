import { describe, expect, it } from 'vitest';
import { safePath } from '../../../lib/auth/form-route';

describe('safePath', () => {
  it('keeps same-site paths', () => {
    expect(safePath('/gaps?region=VR01')).toBe('/gaps?region=VR01');
  });
  it('refuses anything a browser would read as another site', () => {
    for (const bad of [
      '//evil.example',
      '/\\evil.example',
      '/\t/evil.example',
      '/\n/evil.example',
      'https://evil.example',
      'gaps',
      42,
    ])
      expect(safePath(bad)).toBe('/');
  });
});
