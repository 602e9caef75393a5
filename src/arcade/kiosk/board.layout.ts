// Rectangles of the booth's board after a round, from the screen's layout and the measured heights of the form's
// label and message: the form (a name list, or the field with Save and the on-screen keys) on the left of a wide
// screen with the board beside it, or above the board upright; the three ways on along the bottom. The on-screen keys
// are at least 48 px wide (a row that would make them narrower is split in two), shrink to 48 px tall where room is
// short, and scroll in their own area where even that does not fit, the board keeping a readable height. Pure.
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
  /** The on-screen keys' area (with room for the focus ring round them), the height of what it holds, and whether
   * that is more than the area shows (the keys then scroll in it). */
  keyArea: Rect | null;
  keysH: number;
  scrolls: boolean;
  /** The on-screen keys, row by row as given (a long row may take two lines), then Space and Delete under them: in
   * the key area's content coordinates. */
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

/** The narrowest and the shortest an on-screen key gets (over the 44 px a finger needs), and its usual height. */
const KEY_MIN = 48;
const KEY_MAX_H = 64;
/** The board's smallest height under the form upright: its title and three lines or so. */
export function boardMinH(L: Layout): number {
  return L.font.body * 6;
}

/** Where each key goes: its line and its place on it, a row wider than `cols` split into even lines. */
function keyPlaces(rows: readonly number[], cols: number): { at: Array<Array<{ line: number; col: number }>>; lines: number; widest: number } {
  let line = 0;
  let widest = 1;
  const at = rows.map((n) => {
    const parts = Math.max(1, Math.ceil(n / cols));
    const per = Math.ceil(n / parts);
    widest = Math.max(widest, Math.min(n, per));
    const places = Array.from({ length: n }, (_, i) => ({ line: line + Math.floor(i / per), col: i % per }));
    line += parts;
    return places;
  });
  return { at, lines: line, widest };
}

/** The on-screen keys from the top of their area in `room` (null: as tall as they need), in content coordinates. */
function keyboard(L: Layout, rows: readonly number[], formW: number, top: number, room: number) {
  const small = L.gap * 0.6;
  const ring = Math.min(8, L.gap);
  const cols = Math.max(1, Math.min(10, Math.floor((formW + small) / (KEY_MIN + small))));
  const p = keyPlaces(rows, cols);
  const lines = p.lines + 1;
  const stack = (h: number): number => lines * h + (lines - 1) * small;
  const usual = Math.max(KEY_MIN, Math.min(KEY_MAX_H, L.buttonH));
  const keyH = stack(usual) <= room ? usual : Math.max(KEY_MIN, (room - (lines - 1) * small) / lines);
  const kw = (formW - (p.widest - 1) * small) / p.widest;
  const step = kw + small;
  const keys = p.at.map((row) => row.map(({ line, col }) => ({ x: ring + col * step, y: ring + line * (keyH + small), w: kw, h: keyH })));
  const ly = ring + p.lines * (keyH + small);
  const delSteps = Math.max(1, Math.round(p.widest * 0.3));
  const spaceSteps = Math.max(1, p.widest - delSteps);
  const space = { x: ring, y: ly, w: spaceSteps * step - small, h: keyH };
  const del = { x: ring + spaceSteps * step, y: ly, w: formW - spaceSteps * step, h: keyH };
  const full = stack(keyH);
  const view = Math.max(Math.min(full, room), Math.min(full, keyH * 2 + small));
  return {
    area: { x: L.body.x - ring, y: top - ring, w: formW + 2 * ring, h: view + 2 * ring },
    keysH: full + 2 * ring,
    scrolls: full > view + 0.5,
    keys,
    space,
    del,
    view,
  };
}

export function boardLayout(L: Layout, o: BoardLayoutInput): BoardLayout {
  const bh = L.buttonH;
  const side = !L.portrait;
  const formW = boardFormWidth(L);
  const fx = L.body.x;
  const small = L.gap * 0.6;
  const navY = L.h - L.pad - bh;
  let y = L.body.y;
  const out: Omit<BoardLayout, 'panel' | 'nav'> = {
    label: null,
    names: [],
    field: null,
    save: null,
    message: null,
    keyArea: null,
    keysH: 0,
    scrolls: false,
    keys: [],
    space: null,
    del: null,
  };
  if (o.mode !== 'done') {
    out.label = { x: fx, y, w: formW };
    y += o.labelH + small;
  }
  if (o.mode === 'list') {
    const cols = L.portrait ? 2 : 3;
    const w = (formW - (cols - 1) * L.gap * 0.6) / cols;
    // The names' buttons get shorter (not under 48 px) where the board would be left less than its readable height.
    const lines = Math.ceil(o.names / cols);
    const room = side ? L.h - L.pad - y : navY - L.gap - boardMinH(L) - L.gap - y;
    const h = Math.min(bh, Math.max(KEY_MIN, room / Math.max(1, lines) - small));
    out.names = Array.from({ length: o.names }, (_, i) => ({ x: fx + (i % cols) * (w + small), y: y + Math.floor(i / cols) * (h + small), w, h }));
    y += lines * (h + small) + L.gap;
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
    // On-screen keys, for a touch screen with no keyboard: down to the foot beside the board, above its smallest
    // height upright.
    const room = side ? L.h - L.pad - y : navY - L.gap - boardMinH(L) - L.gap * 1.5 - y;
    const k = keyboard(L, o.keyRows, formW, y, room);
    Object.assign(out, { keyArea: k.area, keysH: k.keysH, scrolls: k.scrolls, keys: k.keys, space: k.space, del: k.del });
    y += k.view + L.gap * 1.5;
  }
  // The board, and where to go next.
  const panel = side
    ? { x: fx + formW + L.pad, y: L.body.y, w: L.body.w - formW - L.pad, h: navY - L.gap - L.body.y }
    : { x: fx, y, w: L.body.w, h: navY - L.gap - y };
  const nx = side ? panel.x : L.body.x;
  const nw = side ? panel.w : L.body.w;
  const bw = (nw - L.gap * (o.nav - 1)) / o.nav;
  const nav = Array.from({ length: o.nav }, (_, i) => ({ x: nx + i * (bw + L.gap), y: navY, w: bw, h: bh }));
  return { ...out, panel, nav };
}
