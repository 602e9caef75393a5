// Rectangles of the operator's PIN screen, from the screen's layout and the measured heights of the prompt and the
// dots: the prompt, the dots and the message centred down the screen, the keypad (three keys a row) under them, and
// Cancel under the keypad. The keys shrink to what the screen has left (never under 44 px); where that would make
// them smaller than comfortable on a landscape screen (a long prompt at the largest text), the keypad and Cancel
// stand beside the text instead. Pure.
import type { Rect } from '../../core/rect';
import type { Layout } from '../../ui/layout';

/** A centred line of text: its centre, its top and its widest. */
export interface CentredText {
  x: number;
  y: number;
  w: number;
}

export interface PinLayout {
  prompt: CentredText;
  dots: CentredText;
  /** The message's place, kept whether or not there is one (so the keypad does not jump). */
  message: Rect;
  keys: Rect[];
  cancel: Rect;
  /** The keypad stands beside the text (a landscape screen with no room under it). */
  beside: boolean;
}

/** The smallest tap target, in CSS px. */
const MIN_KEY = 44;
/** Keys smaller than this on a landscape screen: the keypad goes beside the text. */
const COMFORTABLE_KEY = 56;
const KEYPAD_W = 420;

/** The widest the prompt and the message are set (they wrap): the same stacked or beside the keypad. */
export function pinTextWidth(L: Layout): number {
  const column = L.portrait ? L.w - 2 * L.pad : (L.w - 3 * L.pad) / 2;
  return Math.min(column, 720);
}

/** The message's height: two lines and a half of body text. */
function messageH(L: Layout): number {
  return L.font.body * 2.8;
}

/** The keypad's keys from (x, y), three a row in `w`, each `keyH` tall. */
function keypad(L: Layout, keys: number, x: number, y: number, w: number, keyH: number): Rect[] {
  const cw = (w - 2 * L.gap) / 3;
  return Array.from({ length: keys }, (_, i) => ({ x: x + (i % 3) * (cw + L.gap), y: y + Math.floor(i / 3) * (keyH + L.gap), w: cw, h: keyH }));
}

/** How tall the keys may be for `rows` of them and Cancel in `room`, at most their usual height. */
function keyHeight(L: Layout, rows: number, room: number): number {
  const usual = Math.max(COMFORTABLE_KEY, L.buttonH * 1.1);
  const fit = (room - L.gap * 2 - L.buttonH - (rows - 1) * L.gap) / rows;
  return Math.min(usual, fit);
}

/** `keys`: how many keys (three a row); `promptH`, `dotsH`: the prompt's and the dots' heights as drawn. */
export function pinLayout(L: Layout, o: { keys: number; promptH: number; dotsH: number }): PinLayout {
  const rows = Math.ceil(o.keys / 3);
  const textW = pinTextWidth(L);
  const mh = messageH(L);
  const textH = o.promptH + L.gap + o.dotsH + L.gap + mh;
  const top = Math.max(L.pad, L.h * 0.06);
  const stackedKeyH = keyHeight(L, rows, L.h - L.pad - top - textH);
  if (L.portrait || stackedKeyH >= COMFORTABLE_KEY) {
    const w = Math.min(L.w - 2 * L.pad, KEYPAD_W);
    const x = L.w / 2 - w / 2;
    const keyH = Math.max(MIN_KEY, stackedKeyH);
    let y = top;
    const prompt = { x: L.w / 2, y, w: textW };
    y += o.promptH + L.gap;
    const dots = { x: L.w / 2, y, w: textW };
    y += o.dotsH + L.gap;
    const message = { x: L.w / 2 - textW / 2, y, w: textW, h: mh };
    y += mh;
    const keys = keypad(L, o.keys, x, y, w, keyH);
    y += rows * keyH + (rows - 1) * L.gap + L.gap * 2;
    return { prompt, dots, message, keys, cancel: { x, y, w, h: L.buttonH }, beside: false };
  }
  // Beside: the text centred in the left half, the keypad and Cancel in the right, each centred down the screen.
  const colW = (L.w - 3 * L.pad) / 2;
  const cx = L.pad + colW / 2;
  let y = Math.max(L.pad, (L.h - textH) / 2);
  const prompt = { x: cx, y, w: textW };
  y += o.promptH + L.gap;
  const dots = { x: cx, y, w: textW };
  y += o.dotsH + L.gap;
  const message = { x: cx - textW / 2, y, w: textW, h: mh };
  const keyH = Math.max(MIN_KEY, keyHeight(L, rows, L.h - 2 * L.pad));
  const padH = rows * keyH + (rows - 1) * L.gap;
  const w = Math.min(colW, KEYPAD_W);
  const x = 2 * L.pad + colW + (colW - w) / 2;
  const ky = Math.max(L.pad, (L.h - (padH + L.gap * 2 + L.buttonH)) / 2);
  const keys = keypad(L, o.keys, x, ky, w, keyH);
  return { prompt, dots, message, keys, cancel: { x, y: ky + padH + L.gap * 2, w, h: L.buttonH }, beside: true };
}
