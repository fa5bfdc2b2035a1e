import { describe, expect, it } from 'vitest';
import { loadCardFonts } from '@/lib/card-fonts';

describe('loadCardFonts()', () => {
  it('reads Source Sans 3 in regular and bold from the installed package, as WOFF files', async () => {
    const fonts = await loadCardFonts();
    expect(fonts.map(({ name, weight, style }) => ({ name, weight, style }))).toEqual([
      { name: 'Source Sans 3', weight: 400, style: 'normal' },
      { name: 'Source Sans 3', weight: 700, style: 'normal' },
    ]);
    for (const font of fonts) expect(font.data.subarray(0, 4).toString('latin1')).toBe('wOFF');
    expect(fonts[0]?.data.equals(fonts[1]?.data ?? Buffer.alloc(0))).toBe(false);
  });

  it('reads them once for the whole build', async () => {
    expect(loadCardFonts()).toBe(loadCardFonts());
    expect(await loadCardFonts()).toBe(await loadCardFonts());
  });
});
