import { describe, expect, it } from 'vitest';
import { lowerCasePath } from '@/lib/canonical-path';

describe('lowerCasePath()', () => {
  it('lower-cases an address typed with capitals', () => {
    expect(lowerCasePath('/London-Borough-Of-Harrow/Safeguarding')).toBe('/london-borough-of-harrow/safeguarding');
    expect(lowerCasePath('/SEARCH')).toBe('/search');
    expect(lowerCasePath('/Downloads/london-borough-of-harrow.JSON')).toBe('/downloads/london-borough-of-harrow.json');
  });

  it('leaves an address without capitals alone', () => {
    expect(lowerCasePath('/london-borough-of-harrow/safeguarding')).toBeNull();
    expect(lowerCasePath('/')).toBeNull();
  });

  it('keeps percent-escapes as they are: they stand for bytes, not letters', () => {
    expect(lowerCasePath('/caf%C3%A9')).toBeNull();
    expect(lowerCasePath('/Caf%C3%A9')).toBe('/caf%C3%A9');
    expect(lowerCasePath('/A%2FB')).toBe('/a%2Fb');
  });
});
