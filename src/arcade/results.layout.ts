// Rectangles of the results screen, from the screen's layout, the measured heights of its lines and how many buttons
// it has. Pure. On a wide screen: a column at the left (score, stars, a new best, the headline, then the buttons one
// under another, shorter or two to a row where the column has no room for them) and the answers' panel beside it.
// Upright: the same lines across the top, the answers under them, the buttons in a row along the bottom.
import type { LineAt, Rect } from '../core/rect';
import type { Layout } from '../ui/layout';

export interface ResultsLayout {
  /** Side by side (a wide screen), else stacked. */
  side: boolean;
  score: LineAt;
  /** The stars' centre and size. */
  stars: { x: number; y: number; size: number };
  newBest: LineAt | null;
  /** With `maxH` where a headline too long for the column must shrink to leave the buttons their room. */
  headline: (LineAt & { maxH?: number }) | null;
  buttons: Rect[];
  /** Upright, the buttons share a row; on a wide screen, they are shorter than usual: their text is the small size. */
  buttonsSmall: boolean;
  /** The answers, one by one. */
  panel: Rect;
}

/** How tall the lines came out (measured once drawn at their width), null for a line not shown. */
export interface ResultsLines {
  score: number;
  newBest: number | null;
  headline: number | null;
}

/** The left column's width on a wide screen (all of the body upright): the lines wrap at it. */
export function resultsColumnW(L: Layout): number {
  return !L.portrait ? Math.min(460, L.body.w * 0.36) : L.body.w;
}

export function resultsLayout(L: Layout, lines: ResultsLines, buttons: number): ResultsLayout {
  const side = !L.portrait;
  const left = { x: L.body.x, y: L.body.y, w: resultsColumnW(L), h: L.body.h };
  const cx = left.x + left.w / 2;
  const line = (y: number): LineAt => ({ x: cx, y, w: left.w });
  let y = left.y;
  const score = line(y);
  y += lines.score + L.gap;
  const starSize = side ? 56 : 40;
  const stars = { x: cx, y: y + starSize / 2, size: starSize };
  y += starSize + L.gap;
  const newBest = lines.newBest === null ? null : line(y);
  if (lines.newBest !== null) y += lines.newBest + L.gap;
  const headline = lines.headline === null ? null : line(y);
  if (lines.headline !== null) y += lines.headline + L.gap;
  const bh = L.buttonH;
  if (side) {
    const area = sideButtons(L, { x: left.x, y, w: left.w, h: L.body.y + L.body.h - y }, buttons);
    return {
      side,
      score,
      stars,
      newBest,
      headline: headline && area.squeezed ? { ...headline, maxH: area.rects[0]!.y - L.gap - headline.y } : headline,
      buttons: area.rects,
      buttonsSmall: area.small,
      panel: { x: left.x + left.w + L.pad, y: L.body.y, w: L.body.w - left.w - L.pad, h: L.body.h },
    };
  }
  const bw = (L.body.w - L.gap * (buttons - 1)) / buttons;
  const by = L.h - L.pad - bh;
  return {
    side,
    score,
    stars,
    newBest,
    headline,
    buttons: Array.from({ length: buttons }, (_, i) => ({ x: L.body.x + i * (bw + L.gap), y: by, w: bw, h: bh })),
    buttonsSmall: true,
    panel: { x: L.body.x, y, w: L.body.w, h: L.h - L.pad - bh - L.gap - y },
  };
}

/** The shortest a button of the column gets before the buttons go two to a row: a line of small words with room. */
export function minResultsButtonH(L: Layout): number {
  return Math.max(48, Math.round(L.font.small * 1.8));
}

/**
 * A wide screen's buttons, one under another under the lines at their usual height where `room` (the column under the
 * lines) holds them; else shorter (with the small text once they are short for it); else two to a row; else two to a row at their shortest, at
 * the foot of the column (`squeezed`: the headline above them gets only the room they leave).
 */
function sideButtons(L: Layout, room: Rect, n: number): { rects: Rect[]; small: boolean; squeezed: boolean } {
  const grid = (cols: number, h: number, top: number): Rect[] => {
    const w = (room.w - (cols - 1) * L.gap) / cols;
    return Array.from({ length: n }, (_, i) => ({ x: room.x + (i % cols) * (w + L.gap), y: top + Math.floor(i / cols) * (h + L.gap), w, h }));
  };
  if (n * L.buttonH + (n - 1) * L.gap <= room.h) return { rects: grid(1, L.buttonH, room.y), small: false, squeezed: false };
  const min = minResultsButtonH(L);
  for (const cols of [1, 2]) {
    const rows = Math.ceil(n / cols);
    const h = Math.min(L.buttonH, Math.floor((room.h - (rows - 1) * L.gap) / rows));
    if (h >= min) return { rects: grid(cols, h, room.y), small: cols > 1 || h < L.font.body * 2.2, squeezed: false };
  }
  const cols = Math.min(2, n);
  const rows = Math.ceil(n / cols);
  const top = room.y + room.h - rows * min - (rows - 1) * L.gap;
  return { rects: grid(cols, min, top), small: true, squeezed: true };
}
