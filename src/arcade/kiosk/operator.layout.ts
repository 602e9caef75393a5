// Rectangles of the operator panel, from the screen's layout: the games' buttons and the booth's in two columns side
// by side on a wide screen (one above the other upright), the status panel under the booth's buttons where there is
// room for it, and the bottom row (back to the booth, exit). Pure.
import type { Rect } from '../../core/rect';
import type { Layout } from '../../ui/layout';

export interface OperatorLayout {
  /** Each game's buttons, in the order given. */
  games: Rect[][];
  booth: Rect[];
  /** The status panel; null where less than four lines' room is left (the lines are then only read out). */
  status: Rect | null;
  bottom: [Rect, Rect];
}

/** `games`: how many buttons each game has (two, or three with a short round); `booth`: the booth's buttons. */
export function operatorLayout(L: Layout, o: { games: readonly number[]; booth: number }): OperatorLayout {
  const bh = L.buttonH;
  // Two columns side by side in landscape (games | booth), one above the other in portrait.
  const colW = L.portrait ? L.body.w : (L.body.w - L.pad) / 2;
  const left = { x: L.body.x, y: L.body.y, w: colW };
  const right = L.portrait ? null : { x: L.body.x + colW + L.pad, y: L.body.y, w: colW };
  const row = (col: { x: number; w: number }, y: number): Rect => ({ x: col.x, y, w: col.w, h: bh });
  let y = left.y;
  const games = o.games.map((n) => {
    const rects = Array.from({ length: n }, () => {
      const r = row(left, y);
      y = y + bh + L.gap;
      return r;
    });
    y += L.gap * 0.5;
    return rects;
  });
  const col = right ?? left;
  let ry = right ? right.y : y + L.gap;
  const booth = Array.from({ length: o.booth }, () => {
    const r = row(col, ry);
    ry = ry + bh + L.gap;
    return r;
  });
  const bottomY = L.h - L.pad - bh;
  const statusH = bottomY - L.gap - ry;
  const half = (L.body.w - L.gap) / 2;
  return {
    games,
    booth,
    status: statusH > L.font.body * 4 ? { x: col.x, y: ry, w: col.w, h: statusH } : null,
    bottom: [
      { x: L.body.x, y: bottomY, w: half, h: bh },
      { x: L.body.x + half + L.gap, y: bottomY, w: half, h: bh },
    ],
  };
}
