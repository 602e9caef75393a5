// Rectangles of a reading screen (a game's primer, a level's errors): the text's panel (it scrolls) under the
// header, at most 900 px wide, and one button at the bottom. Pure.
import type { Rect } from '../core/rect';
import type { Layout } from '../ui/layout';

export function readingLayout(L: Layout): { panel: Rect; button: Rect } {
  const w = Math.min(900, L.body.w);
  const bw = Math.min(360, L.body.w);
  const button = { x: L.w / 2 - bw / 2, y: L.h - L.pad - L.buttonH, w: bw, h: L.buttonH };
  return { panel: { x: L.w / 2 - w / 2, y: L.body.y, w, h: Math.max(L.buttonH, button.y - 2 * L.gap - L.body.y) }, button };
}
