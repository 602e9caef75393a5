// Every palette keeps its text readable (WCAG 2.2 AA: 4.5:1 for text, 3:1 for large text and the focus ring) on the
// surfaces the screens use it on; the projector palette aims higher (7:1), for a washed-out image at the back of a room.
import { afterAll, describe, expect, it } from 'vitest';
import { COLORS, setPalette, type ColorName, type Palette } from '../../../src/ui/theme';

/** WCAG relative luminance of a 0xRRGGBB colour. */
function luminance(c: number): number {
  const ch = [(c >> 16) & 0xff, (c >> 8) & 0xff, c & 0xff].map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * ch[0]! + 0.7152 * ch[1]! + 0.0722 * ch[2]!;
}

export function contrast(a: number, b: number): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Text colour, the surface it is drawn on, and the ratio it needs. */
const PAIRS: Array<[ColorName, ColorName, number]> = [
  ['ink', 'surface', 4.5],
  ['ink', 'surfaceAlt', 4.5],
  ['inkSoft', 'surface', 4.5],
  ['onBg', 'bg', 4.5],
  ['onBgSoft', 'bg', 4.5],
  ['ink', 'button', 4.5],
  ['ink', 'buttonHover', 4.5],
  ['onBg', 'buttonQuiet', 4.5],
  ['right', 'surface', 4.5],
  ['partial', 'surface', 4.5],
  ['wrong', 'surface', 4.5],
  ['locked', 'surface', 4.5],
  ['focus', 'bg', 3],
  ['star', 'bg', 3],
  ['accent', 'bg', 3],
];

describe.each<[Palette, number]>([
  ['standard', 1],
  ['projector', 7 / 4.5],
])('the %s palette', (palette, factor) => {
  afterAll(() => setPalette('standard'));

  it.each(PAIRS)('%s on %s is readable', (fg, bg, need) => {
    setPalette(palette);
    // The projector asks 7:1 of body text; large-text pairs keep 3:1 (they are marks and rings, not reading).
    const want = need >= 4.5 ? need * factor : need;
    expect(contrast(COLORS[fg], COLORS[bg])).toBeGreaterThanOrEqual(want);
  });

  it('the verdict colours differ from each other, so a colour-blind reader still gets the symbol and the word', () => {
    setPalette(palette);
    expect(new Set([COLORS.right, COLORS.partial, COLORS.wrong]).size).toBe(3);
  });
});
