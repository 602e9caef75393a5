// Rectangles of the booth's board after a round, from the screen's layout and the measured heights of the form's
// label and message: the form (a name list, or the field with Save and the on-screen keys) on the left of a wide
// screen with the board beside it, or above the board upright; the three ways on along the bottom. Pure.
import type { Rect } from '../../core/rect';
import type { Layout } from '../../ui/layout';

/** Where a block of text starts (top-left) and how wide it wraps. */
export interface TextSpot {
  x: number;
  y: number;
  w: number;
}

export interface BoardLayout {
  /** The form's label (the list's prompt, or the field's name), where the form has one. */
  label: TextSpot | null;
  names: Rect[];
  field: Rect | null;
  save: Rect | null;
  /** The message, where there is one. */
  message: TextSpot | null;
  /** The on-screen keys, row by row, then Space and Delete under them. */
  keys: Rect[][];
  space: Rect | null;
  del: Rect | null;
  /** The board's panel. */
  panel: Rect;
  nav: Rect[];
}

export interface BoardLayoutInput {
  mode: 'done' | 'list' | 'typed';
  /** The label's and the message's heights as drawn (messageH null: no message). */
  labelH: number;
  messageH: number | null;
  /** How many names the list offers; how many keys each row of the on-screen keyboard has. */
  names: number;
  keyRows: readonly number[];
  nav: number;
}

/** The form's width: a little over half a wide screen, all of an upright one. */
export function boardFormWidth(L: Layout): number {
  return L.portrait ? L.body.w : L.body.w * 0.56;
}

export function boardLayout(L: Layout, o: BoardLayoutInput): BoardLayout {
  const bh = L.buttonH;
  const side = !L.portrait;
  const formW = boardFormWidth(L);
  const fx = L.body.x;
  const small = L.gap * 0.6;
  let y = L.body.y;
  const out: Omit<BoardLayout, 'panel' | 'nav'> = { label: null, names: [], field: null, save: null, message: null, keys: [], space: null, del: null };
  if (o.mode !== 'done') {
    out.label = { x: fx, y, w: formW };
    y += o.labelH + small;
  }
  if (o.mode === 'list') {
    const cols = L.portrait ? 2 : 3;
    const w = (formW - (cols - 1) * L.gap * 0.6) / cols;
    out.names = Array.from({ length: o.names }, (_, i) => ({ x: fx + (i % cols) * (w + small), y: y + Math.floor(i / cols) * (bh + small), w, h: bh }));
    y += Math.ceil(o.names / cols) * (bh + small) + L.gap;
  }
  if (o.mode === 'typed') {
    const saveW = Math.min(formW * 0.4, 300);
    out.field = { x: fx, y, w: formW - saveW - L.gap, h: bh };
    out.save = { x: fx + formW - saveW, y, w: saveW, h: bh };
    y += bh + small;
  }
  if (o.messageH !== null) {
    out.message = { x: fx, y, w: formW };
    y += o.messageH + L.gap;
  } else if (o.mode === 'typed') {
    y += L.font.body * 1.6;
  }
  if (o.mode === 'typed') {
    // On-screen keys, for a touch screen with no keyboard: ten a row across the form.
    const keyH = Math.max(48, Math.min(64, bh));
    const kw = (formW - 9 * small) / 10;
    const step = kw + small;
    out.keys = o.keyRows.map((n, ri) => Array.from({ length: n }, (_, ci) => ({ x: fx + ci * step, y: y + ri * (keyH + small), w: kw, h: keyH })));
    const ly = y + o.keyRows.length * (keyH + small);
    out.space = { x: fx, y: ly, w: 7 * step - small, h: keyH };
    out.del = { x: fx + 7 * step, y: ly, w: 3 * step - small, h: keyH };
    y = ly + keyH + L.gap * 1.5;
  }
  // The board, and where to go next.
  const navY = L.h - L.pad - bh;
  const panel = side
    ? { x: fx + formW + L.pad, y: L.body.y, w: L.body.w - formW - L.pad, h: navY - L.gap - L.body.y }
    : { x: fx, y, w: L.body.w, h: navY - L.gap - y };
  const nx = side ? panel.x : L.body.x;
  const nw = side ? panel.w : L.body.w;
  const bw = (nw - L.gap * (o.nav - 1)) / o.nav;
  const nav = Array.from({ length: o.nav }, (_, i) => ({ x: nx + i * (bw + L.gap), y: navY, w: bw, h: bh }));
  return { ...out, panel, nav };
}
