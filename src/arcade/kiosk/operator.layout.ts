// Rectangles of the operator panel, from the screen's layout: the settings' buttons in a scroll area (the games', and
// the booth's where they do not fit beside them), the status panel beside or under it at a readable height, and the
// bottom row (back to the booth, exit) always on screen. On a wide screen the games scroll in the left column and the
// booth's buttons sit above the status in the right one, or join the games' list where the right column cannot hold
// both; upright, one list above the status. At the usual text size on the booth's screens nothing scrolls. Pure.
import type { Rect } from '../../core/rect';
import type { Layout } from '../../ui/layout';

export interface OperatorLayout {
  /** The settings' area (with room for the focus ring round its buttons), the height of what it holds, and whether
   * that is more than it shows (the buttons then scroll in it). */
  area: Rect;
  contentH: number;
  scrolls: boolean;
  /** Each game's buttons, in the order given, in the area's content coordinates. */
  games: Rect[][];
  /** The booth's buttons: in the area's content coordinates when `boothInArea`, else on the screen. */
  booth: Rect[];
  boothInArea: boolean;
  /** The status panel (its text scrolls within it); null only where a screen is too small to hold it at all. */
  status: Rect | null;
  bottom: [Rect, Rect];
}

/** The status panel's smallest height: eight times the body text's size (its title and five lines or so), or 35%
 * of the column on a short screen. */
export function statusMin(L: Layout, colH: number): number {
  return Math.min(colH * 0.35, L.font.body * 8);
}

/** Room for the focus ring round the buttons inside the scroll area (no more than the gap, so it stays clear). */
function ring(L: Layout): number {
  return Math.min(8, L.gap);
}

/** A column of buttons from `y` (content coordinates): each game's, a little apart, then the booth's if asked. */
function stack(L: Layout, x: number, w: number, y: number, games: readonly number[], booth: number): { games: Rect[][]; booth: Rect[]; end: number } {
  const bh = L.buttonH;
  const row = (): Rect => {
    const r = { x, y, w, h: bh };
    y += bh + L.gap;
    return r;
  };
  const g = games.map((n, i) => {
    if (i > 0) y += L.gap * 0.5;
    return Array.from({ length: n }, row);
  });
  if (games.length > 0 && booth > 0) y += L.gap * 1.5;
  const b = Array.from({ length: booth }, row);
  return { games: g, booth: b, end: y - L.gap };
}

/** `games`: how many buttons each game has (two, or three with a short round); `booth`: the booth's buttons. */
export function operatorLayout(L: Layout, o: { games: readonly number[]; booth: number }): OperatorLayout {
  const bh = L.buttonH;
  const k = ring(L);
  const top = L.body.y;
  const bottomY = L.h - L.pad - bh;
  const colH = bottomY - L.gap - top;
  const need = statusMin(L, colH);
  const colW = L.portrait ? L.body.w : (L.body.w - L.pad) / 2;
  const right = { x: L.body.x + colW + L.pad, w: colW };
  // On a wide screen the booth's buttons stay beside the games, above the status, where both fit there.
  const boothH = o.booth * (bh + L.gap) - L.gap;
  const boothBeside = !L.portrait && boothH + L.gap + need <= colH;
  const list = stack(L, k, colW, k, o.games, boothBeside ? 0 : o.booth);
  const listH = list.end - k;
  // The list shows whole where it can; upright it leaves the status its readable height below.
  const viewH = Math.max(0, Math.min(listH, L.portrait ? colH - need - L.gap : colH));
  const area = { x: L.body.x - k, y: top - k, w: colW + 2 * k, h: viewH + 2 * k };
  let booth = list.booth;
  let status: Rect;
  if (boothBeside) {
    booth = stack(L, right.x, colW, top, [], o.booth).booth;
    const y = top + boothH + L.gap;
    status = { x: right.x, y, w: colW, h: bottomY - L.gap - y };
  } else if (L.portrait) {
    const y = top + viewH + L.gap;
    status = { x: L.body.x, y, w: L.body.w, h: bottomY - L.gap - y };
  } else {
    status = { x: right.x, y: top, w: colW, h: colH };
  }
  const half = (L.body.w - L.gap) / 2;
  return {
    area,
    contentH: listH + 2 * k,
    scrolls: listH > viewH + 0.5,
    games: list.games,
    booth,
    boothInArea: !boothBeside,
    status: status.h > L.font.body * 4 ? status : null,
    bottom: [
      { x: L.body.x, y: bottomY, w: half, h: bh },
      { x: L.body.x + half + L.gap, y: bottomY, w: half, h: bh },
    ],
  };
}
