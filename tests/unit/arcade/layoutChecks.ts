// What the shell screens' layout tests check, in one place: the screens they are laid out for (a projector, a 4:3
// screen, a phone held upright, each at every text size), whether a rectangle is on the screen and below the
// header, whether two overlap, and a stand-in for a measured line of text (its lines at an average letter width).
import { expect } from 'vitest';
import type { Rect } from '../../../src/core/rect';
import { computeLayout, type Layout } from '../../../src/ui/layout';

export const SIZES = [
  ['projector 1920x1080', 1920, 1080],
  ['4:3 1024x768', 1024, 768],
  ['phone 390x844', 390, 844],
] as const;
export const SCALES = [1, 1.25, 1.5] as const;
/** The smallest tap target, in CSS px. */
export const MIN_TARGET = 44;

/** Every size at every text scale, named for the test's title. */
export const SCREENS: Array<[string, Layout]> = SIZES.flatMap(([name, w, h]) =>
  SCALES.map((s): [string, Layout] => [`${name} at text ${s}`, computeLayout(w, h, s)]),
);

/** On the screen and below the header (half a pixel of rounding allowed). */
export function onScreen(L: Layout, r: Rect): boolean {
  return r.w > 0 && r.h > 0 && r.x >= -0.5 && r.y >= L.header.h - 0.5 && r.x + r.w <= L.w + 0.5 && r.y + r.h <= L.h + 0.5;
}

export function overlap(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.w - 0.5 && b.x < a.x + a.w - 0.5 && a.y < b.y + b.h - 0.5 && b.y < a.y + a.h - 0.5;
}

/** The names of every pair that overlaps. */
export function overlaps(named: Record<string, Rect>): string[] {
  const e = Object.entries(named);
  const out: string[] = [];
  for (let i = 0; i < e.length; i++) for (let j = i + 1; j < e.length; j++) if (overlap(e[i]![1], e[j]![1])) out.push(`${e[i]![0]} / ${e[j]![0]}`);
  return out;
}

/** Rectangles that are too small to tap, by name. */
export function tooSmall(named: Record<string, Rect>): string[] {
  return Object.entries(named)
    .filter(([, r]) => Math.min(r.w, r.h) < MIN_TARGET)
    .map(([n, r]) => `${n} is ${Math.round(r.w)} x ${Math.round(r.h)}`);
}

/** Names rects as `<prefix> <index>`. */
export function named(prefix: string, rects: readonly Rect[]): Record<string, Rect> {
  return Object.fromEntries(rects.map((r, i) => [`${prefix} ${i}`, r]));
}

/** About how tall a text comes out at a font size, wrapped at a width: its lines (at about `em` a letter, 0.55 by
 * default, 0.66 in bold), each 1.2 em with the widgets' 4 px between lines. A stand-in for the height the scene
 * measures once drawn (checked against the browser's: the same number of lines for the shell's English at the tested
 * sizes). */
export function textH(text: string, font: number, width: number, bold = false, em = 0.55): number {
  const perLine = Math.max(1, Math.floor(width / (font * (bold ? Math.max(0.66, em) : em))));
  let lines = 1;
  let used = 0;
  for (const word of text.split(' ')) {
    const n = word.length + (used > 0 ? 1 : 0);
    if (used > 0 && used + n > perLine) {
      lines++;
      used = word.length;
    } else used += n;
  }
  return lines * font * 1.2 + (lines - 1) * 4;
}

/**
 * Every rectangle where it can be reached: on the screen above its bottom margin, or, where the screen scrolls, inside
 * the scroll area's content (`slack`: the rounding allowed at the content's end), the area itself on the screen under
 * the header.
 */
export function reachable(L: Layout, scroll: { rect: Rect; contentH: number } | null, rects: readonly Rect[], slack = 0): void {
  if (!scroll) {
    for (const r of rects) expect(onScreen(L, r) && r.y + r.h <= L.h - L.pad + 0.5, JSON.stringify(r)).toBe(true);
    return;
  }
  const s = scroll;
  expect(s.rect.y).toBe(L.header.h);
  expect(s.rect.x >= 0 && s.rect.x + s.rect.w <= L.w && s.rect.y + s.rect.h <= L.h).toBe(true);
  expect(s.contentH).toBeGreaterThan(s.rect.h);
  for (const r of rects) expect(r.x >= 0 && r.x + r.w <= s.rect.w && r.y > 0 && r.y + r.h <= s.contentH - L.pad + slack, JSON.stringify(r)).toBe(true);
}
