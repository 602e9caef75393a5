// Rectangles of the title screen, from the screen's layout and the measured height of its words. Pure: the name and
// the promise at the top, then the picture, then Continue and Play, then a row of four (stacked on a narrow screen)
// and the line about the games. The buttons come first: the picture takes the room they leave, and is left out on a
// crowded screen; where even the buttons do not fit with their usual room around them, they close up, and get shorter.
import type { LineAt, Rect } from '../core/rect';
import type { Layout } from '../ui/layout';

/** The picture's own proportions (640 x 210). */
const ART_W = 640;
const ART_H = 210;

/** The arcade's name, at the top. */
export function nameAt(L: Layout): LineAt {
  return { x: L.w / 2, y: Math.max(L.pad, L.h * 0.08), w: L.w - 2 * L.pad };
}

/** Its promise, under the name (`nameH`: how tall the name came out). */
export function taglineAt(L: Layout, nameH: number): LineAt {
  const name = nameAt(L);
  return { ...name, y: name.y + nameH + L.gap };
}

export interface TitleLayout {
  /** The picture; null where it is not loaded yet or there is no room for it. */
  art: Rect | null;
  continue: Rect | null;
  play: Rect;
  more: Rect[];
  /** The line about the games; null where it would not fit. */
  about: LineAt | null;
}

/**
 * `textBottom`: the bottom of the promise; `continueRound`: there is a round to continue; `art`: the picture has
 * loaded; `more`: the buttons in the row under Play.
 */
export function titleLayout(L: Layout, o: { textBottom: number; continueRound: boolean; art: boolean; more: number }): TitleLayout {
  const cx = L.w / 2;
  const n = o.more;
  let artW = Math.min(L.w - 2 * L.pad, ART_W, (L.h * 0.32 * ART_W) / ART_H);
  let artH = (artW * ART_H) / ART_W;
  const artY = o.textBottom + L.gap * 2;
  const bw = Math.min(360, L.w - 2 * L.pad);
  const rowW = Math.min(L.w - 2 * L.pad, n * 260 + (n - 1) * L.gap);
  const stacked = rowW < n * 200;
  const buttonsH = (o.continueRound ? L.buttonH * 1.5 + L.gap * 1.5 : 0) + L.buttonH * 1.2 + L.gap * 1.5 + (stacked ? n * (L.buttonH + L.gap) : L.buttonH);
  const room = L.h - L.pad - buttonsH - L.gap * 3 - artY;
  // Not even the buttons fit with their usual room around them (a phone with the largest text and a round to
  // continue): no picture, one gap between them, and shorter where that is still not enough.
  if (room < 0) return crowded(L, o, stacked, bw);
  if (artH > room) {
    artH = Math.max(0, room);
    artW = (artH * ART_W) / ART_H;
  }
  const art = artH >= 40 && o.art ? { x: cx - artW / 2, y: artY, w: artW, h: artH } : null;
  let y = artY + (art ? artH : 0) + L.gap * 3;
  let cont: Rect | null = null;
  if (o.continueRound) {
    cont = { x: cx - bw / 2, y, w: bw, h: L.buttonH * 1.5 };
    y += L.buttonH * 1.5 + L.gap * 1.5;
  }
  const play = { x: cx - bw / 2, y, w: bw, h: L.buttonH * 1.2 };
  y += L.buttonH * 1.2 + L.gap * 1.5;
  const cw = stacked ? bw : (rowW - (n - 1) * L.gap) / n;
  const top = y;
  const more = Array.from({ length: n }, (_, i) =>
    stacked ? { x: cx - bw / 2, y: top + i * (L.buttonH + L.gap), w: bw, h: L.buttonH } : { x: cx - rowW / 2 + i * (cw + L.gap), y: top, w: cw, h: L.buttonH },
  );
  y += (stacked ? n * (L.buttonH + L.gap) : L.buttonH) + L.gap * 2;
  return { art, continue: cont, play, more, about: y < L.h - L.font.small * 3 ? { x: cx, y, w: Math.min(L.w - 2 * L.pad, 640) } : null };
}

/** The shortest a title button gets on a crowded screen. */
const MIN_H = 48;

/**
 * The buttons alone, under the words with two gaps: Continue, Play and the row (stacked or not) one gap apart, at their
 * usual heights where that fits, else all shorter in proportion (never under MIN_H).
 */
function crowded(L: Layout, o: { textBottom: number; continueRound: boolean; more: number }, stacked: boolean, bw: number): TitleLayout {
  const cx = L.w / 2;
  const n = o.more;
  const rows = stacked ? n : 1;
  const count = (o.continueRound ? 1 : 0) + 1 + rows;
  const top = o.textBottom + L.gap * 2;
  const room = L.h - L.pad - top - (count - 1) * L.gap;
  const f = Math.min(1, room / (((o.continueRound ? 1.5 : 0) + 1.2 + rows) * L.buttonH));
  const height = (k: number): number => Math.max(MIN_H, k * L.buttonH * f);
  let y = top;
  const take = (k: number): Rect => {
    const r = { x: cx - bw / 2, y, w: bw, h: height(k) };
    y += r.h + L.gap;
    return r;
  };
  const cont = o.continueRound ? take(1.5) : null;
  const play = take(1.2);
  const rowW = Math.min(L.w - 2 * L.pad, n * 260 + (n - 1) * L.gap);
  const cw = (rowW - (n - 1) * L.gap) / n;
  const more = stacked
    ? Array.from({ length: n }, () => take(1))
    : Array.from({ length: n }, (_, i) => ({ x: cx - rowW / 2 + i * (cw + L.gap), y, w: cw, h: height(1) }));
  return { art: null, continue: cont, play, more, about: null };
}
