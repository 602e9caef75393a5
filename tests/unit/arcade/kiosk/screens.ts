// What the booth screens' layout tests check: the screens a booth meets (a landscape screen, a totem, a laptop, a
// phone held upright; each at the usual text size and at 1.5), whether a rectangle is on the screen below the
// header, whether two overlap, which targets are under 44 px, and a stand-in for a measured text's height.
import type { Rect } from '../../../../src/core/rect';
import { computeLayout, type Layout } from '../../../../src/ui/layout';
import { onScreen, textH as shellTextH } from '../layoutChecks';

export const SIZES = [
  ['1920x1080', 1920, 1080],
  ['1080x1920', 1080, 1920],
  ['1366x768', 1366, 768],
  ['390x844', 390, 844],
] as const;
export const SCALES = [1, 1.5] as const;
// The checks themselves are the shell screens' (one definition of on screen, overlapping and too small).
export { named, onScreen, overlaps, tooSmall } from '../layoutChecks';

/** A visitor's screen on a totem keeps to its lower two-thirds (kiosk.reachTop): the layout is that part's. */
export function visitorLayout(w: number, h: number, scale: number): Layout {
  const top = h >= 1.4 * w && h >= 900 ? Math.round(h / 3) : 0;
  return computeLayout(w, h - top, scale);
}

/** Every size at every text scale, named for a test's title; `visitor`: laid out within a totem's reach. */
export function screens(visitor: boolean): Array<[string, Layout]> {
  return SIZES.flatMap(([name, w, h]) =>
    SCALES.map((s): [string, Layout] => [`${name} at text ${s}`, visitor ? visitorLayout(w, h, s) : computeLayout(w, h, s)]),
  );
}

/** The names of the rectangles that are not on the screen. */
export function offScreen(L: Layout, named: Record<string, Rect>): string[] {
  return Object.entries(named)
    .filter(([, r]) => !onScreen(L, r))
    .map(([n]) => n);
}

/** The shell's text-height stand-in (layoutChecks.textH) at a wider letter, 0.6 em: the booth's screens are held to
 * it, a margin for their French and Spanish at the largest text. */
export function textH(text: string, font: number, width: number, bold = false): number {
  return shellTextH(text, font, width, bold, 0.6);
}
