// Rectangles of "Your levels", from the screen's layout and the number of kept files. Pure: a scrolling list, a row
// per file; on a wide screen the title at the left and its buttons at the right, upright the title above a row of
// buttons across the width. Rows are in the scroll area's content coordinates.
import type { Rect } from '../core/rect';
import type { Layout } from '../ui/layout';

export interface OwnRowLayout {
  /** The title's top left and the width it wraps at. */
  title: { x: number; y: number; w: number };
  buttons: Rect[];
}

export interface YourLevelsLayout {
  /** The scroll area, and the height of what it holds. */
  scroll: Rect;
  contentH: number;
  rows: OwnRowLayout[];
}

/** `rows`: kept files; `buttons`: each row's buttons (4 with the level editor, else 3). */
export function yourLevelsLayout(L: Layout, rows: number, buttons: number): YourLevelsLayout {
  const rowH = L.buttonH * (L.portrait ? 2.2 : 1.2) + L.gap;
  const w = L.body.w;
  const n = buttons;
  const bw = L.portrait ? (w - (n - 1) * L.gap) / n : Math.min(180, w / (2 * n));
  const bx = L.portrait ? 0 : w - n * bw - (n - 1) * L.gap;
  return {
    scroll: L.body,
    contentH: rows * rowH,
    rows: Array.from({ length: rows }, (_, i) => {
      const y = i * rowH;
      const by = L.portrait ? y + L.font.body * 1.6 : y;
      return {
        title: { x: 0, y: y + (L.portrait ? 0 : L.buttonH * 0.2), w: L.portrait ? w : w - n * (bw + L.gap) },
        buttons: Array.from({ length: n }, (_, k) => ({ x: bx + k * (bw + L.gap), y: by, w: bw, h: L.buttonH })),
      };
    }),
  };
}

/** The line shown with no level kept: centred on x, its top at y, wrapping at w. */
export function noneAt(L: Layout): { x: number; y: number; w: number } {
  return { x: L.w / 2, y: L.body.y + L.pad, w: Math.min(L.body.w, 700) };
}
