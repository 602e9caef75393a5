// Rectangles of the operator's PIN screen, from the screen's layout and the measured heights of the prompt and the
// dots: the prompt, the dots and the message centred down the screen, the keypad (three keys a row) under them, and
// Cancel under the keypad, kept on screen. Pure.
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
}

/** The widest the prompt and the message are set (they wrap). */
export function pinTextWidth(L: Layout): number {
  return Math.min(L.w - 2 * L.pad, 720);
}

/** `keys`: how many keys (three a row); `promptH`, `dotsH`: the prompt's and the dots' heights as drawn. */
export function pinLayout(L: Layout, o: { keys: number; promptH: number; dotsH: number }): PinLayout {
  const w = Math.min(L.w - 2 * L.pad, 420);
  const x = L.w / 2 - w / 2;
  const keyH = Math.max(56, L.buttonH * 1.1);
  const rows = Math.ceil(o.keys / 3);
  const padH = rows * keyH + (rows - 1) * L.gap;
  const textW = pinTextWidth(L);
  let y = Math.max(L.pad, L.h * 0.06);
  const prompt = { x: L.w / 2, y, w: textW };
  y += o.promptH + L.gap;
  const dots = { x: L.w / 2, y, w: textW };
  y += o.dotsH + L.gap;
  const mh = L.font.body * 2.8;
  const message = { x: L.w / 2 - textW / 2, y, w: textW, h: mh };
  y += mh;
  const cw = (w - 2 * L.gap) / 3;
  const keys = Array.from({ length: o.keys }, (_, i) => ({ x: x + (i % 3) * (cw + L.gap), y: y + Math.floor(i / 3) * (keyH + L.gap), w: cw, h: keyH }));
  y += padH + L.gap * 2;
  return { prompt, dots, message, keys, cancel: { x, y: Math.min(y, L.h - L.pad - L.buttonH), w, h: L.buttonH } };
}
