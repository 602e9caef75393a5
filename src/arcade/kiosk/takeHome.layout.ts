// Rectangles of the take-home result page, from the screen's layout and the score's measured height: on a wide
// screen the score, the stars and Play at home in a column on the left and the result's text beside them; upright
// (or for a link that cannot be read) the text under the score and Play at home at the foot. Pure.
import type { Rect } from '../../core/rect';
import type { Layout } from '../../ui/layout';

export interface TakeHomeLayout {
  /** The score's centre, top and width; the stars' centre and size (both null with no result to show). */
  score: { x: number; y: number; w: number } | null;
  stars: { x: number; y: number; size: number } | null;
  play: Rect;
  panel: Rect;
}

/** The score column's width: beside the text on a wide screen with a result, else the whole width. */
export function takeHomeColumn(L: Layout, result: boolean): number {
  return !L.portrait && result ? Math.min(460, L.body.w * 0.36) : L.body.w;
}

/** `result`: there is a result to show (a readable link to a game this arcade has); `scoreH`: the score's height. */
export function takeHomeLayout(L: Layout, o: { result: boolean; scoreH: number }): TakeHomeLayout {
  const bh = L.buttonH;
  const side = !L.portrait && o.result;
  const leftW = takeHomeColumn(L, o.result);
  let y = L.body.y;
  const cx = L.body.x + leftW / 2;
  let score: TakeHomeLayout['score'] = null;
  let stars: TakeHomeLayout['stars'] = null;
  if (o.result) {
    score = { x: cx, y, w: leftW };
    y += o.scoreH + L.gap;
    const starSize = side ? 56 : 40;
    stars = { x: cx, y: y + starSize / 2, size: starSize };
    y += starSize + L.gap;
  }
  if (side) {
    return {
      score,
      stars,
      play: { x: L.body.x, y, w: leftW, h: bh * 1.2 },
      panel: { x: L.body.x + leftW + L.pad, y: L.body.y, w: L.body.w - leftW - L.pad, h: L.body.h },
    };
  }
  const bw = Math.min(L.body.w, 480);
  const by = L.h - L.pad - bh * 1.2;
  return { score, stars, play: { x: L.w / 2 - bw / 2, y: by, w: bw, h: bh * 1.2 }, panel: { x: L.body.x, y, w: L.body.w, h: by - L.gap - y } };
}
