import { describe, expect, it } from 'vitest';
import { present } from '@/lib/present';

describe('present()', () => {
  it('gives back any value that is there, falsy ones too', () => {
    expect(present(0)).toBe(0);
    expect(present('')).toBe('');
    expect(present(false)).toBe(false);
    const object = { heading: 'About Harrow' };
    expect(present(object)).toBe(object);
  });

  it('refuses null and undefined, saying which it found', () => {
    expect(() => present(null)).toThrow(new TypeError('expected a value, found null'));
    expect(() => present(undefined)).toThrow(new TypeError('expected a value, found undefined'));
  });
});
