// The palette's text pairs meet WCAG AA (4.5:1 for body text), computed with the WCAG 2 formula.
import { describe, expect, it } from 'vitest';
import { COLORS, TYPE } from '../../../src/ui/theme';

function luminance(rgb: number): number {
  const ch = [(rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255].map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * ch[0]! + 0.7152 * ch[1]! + 0.0722 * ch[2]!;
}

export function contrast(a: number, b: number): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Every text colour the arcade draws, on the surface it is drawn on. */
const PAIRS: Array<[string, number, number]> = [
  ['ink on surface', COLORS.ink, COLORS.surface],
  ['soft ink on surface', COLORS.inkSoft, COLORS.surface],
  ['white on background', COLORS.onBg, COLORS.bg],
  ['soft text on background', COLORS.onBgSoft, COLORS.bg],
  ['accent text on background', COLORS.accent, COLORS.bg],
  ['button label on button', COLORS.ink, COLORS.button],
  ['button label on hovered button', COLORS.ink, COLORS.buttonHover],
  ['label on quiet button', COLORS.onBg, COLORS.buttonQuiet],
  ['label on locked button', COLORS.onBg, COLORS.locked],
  ['right verdict on surface', COLORS.right, COLORS.surface],
  ['partly-right verdict on surface', COLORS.partial, COLORS.surface],
  ['wrong verdict on surface', COLORS.wrong, COLORS.surface],
  ['ink on alternative surface', COLORS.ink, COLORS.surfaceAlt],
];

describe('palette', () => {
  it.each(PAIRS)('%s reaches 4.5:1', (_name, fg, bg) => {
    expect(contrast(fg, bg)).toBeGreaterThanOrEqual(4.5);
  });

  it('computes contrast as WCAG does (black on white is 21:1, a colour on itself 1:1)', () => {
    expect(contrast(0x000000, 0xffffff)).toBeCloseTo(21, 5);
    expect(contrast(COLORS.bg, COLORS.bg)).toBe(1);
  });

  it('starts no text size below 16 CSS px', () => {
    expect(Math.min(...Object.values(TYPE))).toBeGreaterThanOrEqual(16);
  });
});
