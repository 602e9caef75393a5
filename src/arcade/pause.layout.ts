// Rectangles of the pause screen: a box in the middle of the screen with the heading and the choices one under the
// other, at most 420 px wide. Pure. `headingH`: how tall the heading came out (it may wrap at the largest text).
import type { Rect } from '../core/rect';
import type { Layout } from '../ui/layout';

export interface PauseLayout {
  box: Rect;
  heading: { x: number; y: number; w: number };
  buttons: Rect[];
}

export function pauseLayout(L: Layout, o: { items: number; headingH: number }): PauseLayout {
  const w = Math.min(420, L.w - 4 * L.pad);
  const x = L.w / 2 - w / 2;
  const headingRoom = Math.max(o.headingH, L.font.title) + L.font.title;
  const boxH = L.buttonH * o.items + L.gap * (o.items - 1) + headingRoom + 2 * L.pad;
  const top = Math.max(L.pad, L.h / 2 - boxH / 2);
  const y = top + L.pad;
  const buttons = Array.from({ length: o.items }, (_, i) => ({ x, y: y + headingRoom + i * (L.buttonH + L.gap), w, h: L.buttonH }));
  return { box: { x: x - L.pad, y: top, w: w + 2 * L.pad, h: boxH }, heading: { x: L.w / 2, y, w }, buttons };
}
