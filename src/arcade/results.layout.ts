// Rectangles of the results screen, from the screen's layout, the measured heights of its lines and how many buttons
// it has. Pure. On a wide screen: a column at the left (score, stars, a new best, the headline, then the buttons one
// under another) and the answers' panel beside it. Upright: the same lines across the top, the answers under them,
// the buttons in a row along the bottom.
import type { Rect } from '../core/rect';
import type { Layout } from '../ui/layout';

/** A line of text centred on x, its top at y, wrapping at w. */
export interface LineAt {
  x: number;
  y: number;
  w: number;
}

export interface ResultsLayout {
  /** Side by side (a wide screen), else stacked. */
  side: boolean;
  score: LineAt;
  /** The stars' centre and size. */
  stars: { x: number; y: number; size: number };
  newBest: LineAt | null;
  headline: LineAt | null;
  buttons: Rect[];
  /** Upright, the buttons share a row: their text is the small size. */
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
    const rects: Rect[] = [];
    for (let i = 0; i < buttons; i++, y += bh + L.gap) rects.push({ x: left.x, y, w: left.w, h: bh });
    return {
      side,
      score,
      stars,
      newBest,
      headline,
      buttons: rects,
      buttonsSmall: false,
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
