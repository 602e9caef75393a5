// Rectangles of the booth's welcome screen, from the screen's layout and the measured height of its words. Pure: the
// arcade's name and promise at the top (left out on a totem, where the banner above the reach says them), Touch to
// play and the row of small controls at the bottom (the previous and next game, then the languages up to the
// operator's corner, which stays clear), and between them the game's cover or demo beside its words (one above the
// other when upright). Where the languages would be too narrow to tap beside the slide buttons (a phone), they get
// a row of their own above them.
import type { LineAt, Rect } from '../../core/rect';
import type { Layout } from '../../ui/layout';

/** The operator's corner at the bottom right (kiosk/operatorDoor): no visitor control in it. */
export const OPERATOR_CORNER = 88;
/** The smallest tap target, in CSS px. */
const MIN_TARGET = 44;
/** The least height a cover or demo is drawn at: under it, the words have the room. */
const MIN_COVER = 96;
/** The cover picture's own proportions (310 x 190). */
const ART_W = 310;
const ART_H = 190;

/** The arcade's name, centred at the top. */
export function nameAt(L: Layout): LineAt {
  return { x: L.w / 2, y: L.pad, w: L.w - 2 * L.pad };
}

/** Its promise, under the name (`nameBottom`: where the name ends). */
export function taglineAt(L: Layout, nameBottom: number): LineAt {
  return { ...nameAt(L), y: nameBottom + L.gap * 0.5 };
}

export interface AttractLayout {
  /** The game's cover or demo (null: no room for it), and its words. */
  cover: Rect | null;
  text: Rect;
  play: Rect;
  prev: Rect;
  next: Rect;
  langs: Rect[];
  /** The language buttons are wide enough for the languages' names (else their codes). */
  langsNamed: boolean;
}

/** The words' column width: beside the cover, or the whole width when upright (they are measured at it first). */
export function wordsWidth(L: Layout): number {
  const inner = L.w - 2 * L.pad;
  return L.portrait ? inner : inner * 0.48;
}

/** How tall the words come out down to what the game teaches, from their measured heights. */
export function wordsHeight(L: Layout, h: { count: number; title: number; description: number }): number {
  return h.count + L.gap * 0.5 + h.title + L.gap + h.description;
}

/**
 * `top`: where the middle starts (under the promise; the margin on a totem); `langs`: how many language buttons;
 * `words`: how tall the words come out (wordsHeight). Upright, the cover takes up to 0.42 of the middle and leaves
 * the words their room: on a crowded screen (a phone at the largest text) it is smaller, or left out.
 */
export function attractLayout(L: Layout, o: { top: number; langs: number; words: number }): AttractLayout {
  const inner = L.w - 2 * L.pad;
  const smallH = Math.max(48, L.buttonH);
  const rowY = L.h - L.pad - smallH;
  // Previous and next game, small and apart.
  const sw = Math.min(Math.max(120, L.font.body * 8), (inner - 2 * L.gap) / 3);
  const prev = { x: L.pad, y: rowY, w: sw, h: smallH };
  const next = { x: L.pad + sw + L.gap, y: rowY, w: sw, h: smallH };
  // The languages, after the slide buttons, up to the operator's corner; on a row of their own above them where
  // they would be too narrow to tap there.
  const end = L.w - L.pad - Math.max(L.pad, OPERATOR_CORNER - L.pad);
  const across = (from: number): number => (end - from - (o.langs - 1) * L.gap) / o.langs;
  const besideFrom = L.pad + 2 * (sw + L.gap);
  const own = o.langs > 0 && across(besideFrom) < MIN_TARGET;
  const from = own ? L.pad : besideFrom;
  const lw = o.langs > 0 ? across(from) : 0;
  const langsY = own ? rowY - L.gap - smallH : rowY;
  const langs = Array.from({ length: o.langs }, (_, i) => ({ x: from + i * (lw + L.gap), y: langsY, w: lw, h: smallH }));
  const playH = Math.max(L.buttonH * 1.6, 72);
  const playW = Math.min(inner, 640);
  const playY = (own ? langsY : rowY) - L.gap * 1.5 - playH;
  const mid = { x: L.pad, y: o.top, w: inner, h: playY - L.gap * 2 - o.top };
  // Cover and words side by side (landscape) or stacked (portrait).
  const coverH = L.portrait ? Math.min(mid.h * 0.42, mid.h - L.gap * 2 - o.words) : mid.h;
  const cover = coverH < MIN_COVER ? null : L.portrait ? { x: mid.x, y: mid.y, w: mid.w, h: coverH } : { x: mid.x, y: mid.y, w: mid.w * 0.48, h: mid.h };
  const text = !L.portrait
    ? { x: mid.x + mid.w * 0.52, y: mid.y, w: mid.w * 0.48, h: mid.h }
    : cover
      ? { x: mid.x, y: cover.y + cover.h + L.gap * 2, w: mid.w, h: mid.h - cover.h - L.gap * 2 }
      : mid;
  return {
    cover,
    text,
    play: { x: L.w / 2 - playW / 2, y: playY, w: playW, h: playH },
    prev,
    next,
    langs,
    langsNamed: lw >= L.font.small * 6,
  };
}

/** Where a game's demo plays: the cover's place, a little inside it. */
export function demoRect(cover: Rect): Rect {
  const m = Math.min(cover.w, cover.h) * 0.04;
  return { x: cover.x + m, y: cover.y + m, w: cover.w - 2 * m, h: cover.h - 2 * m };
}

/** The cover picture, at its own proportions, nine tenths of the room it has, centred in it. */
export function coverArt(cover: Rect): Rect {
  const w = Math.min(cover.w, (cover.h * ART_W) / ART_H) * 0.9;
  const h = (w * ART_H) / ART_W;
  return { x: cover.x + cover.w / 2 - w / 2, y: cover.y + cover.h / 2 - h / 2, w, h };
}

/** The game's name is shrunk to fit this height (two lines and a bit at its largest). */
export function titleMaxH(L: Layout): number {
  return L.font.hero * 2.6;
}

/** The game's words: left-aligned beside the cover, centred under it when upright. */
export interface WordsColumn {
  x: number;
  w: number;
  originX: 0 | 0.5;
  align: 'left' | 'center';
}

/** How the words are aligned: centred when upright, else from the left. */
export function wordsAlign(L: Layout): Pick<WordsColumn, 'originX' | 'align'> {
  return L.portrait ? { originX: 0.5, align: 'center' } : { originX: 0, align: 'left' };
}

export function wordsColumn(L: Layout, text: Rect): WordsColumn {
  return { x: L.portrait ? text.x + text.w / 2 : text.x, w: text.w, ...wordsAlign(L) };
}

/**
 * Where the words go down the column, from the measured height of the slide's place and the game's name: the name
 * under the place, what it teaches under the name (shrunk to fit `descriptionMaxH`, the room left above the
 * buttons).
 */
export function wordsAt(
  L: Layout,
  text: Rect,
  h: { count: number; title: number },
): { count: number; title: number; description: number; descriptionMaxH: number } {
  const title = text.y + h.count + L.gap * 0.5;
  const description = title + h.title + L.gap;
  return { count: text.y, title, description, descriptionMaxH: text.y + text.h - description };
}

/**
 * Today's best under what the game teaches (`after`: where that ends), where there is room for the heading and a
 * line: the heading's top, and the room the names have under it (at least a small line's). Null: no room.
 */
export function bestAt(L: Layout, text: Rect, after: number): { y: number; room: number } | null {
  const y = after + L.gap * 1.5;
  const room = text.y + text.h - y;
  return room > L.font.body * 3 ? { y, room } : null;
}

/** The names under the best's heading (`headH`: its height): their top, and the height they are shrunk to fit. */
export function bestListAt(L: Layout, best: { y: number; room: number }, headH: number): { y: number; maxH: number } {
  return { y: best.y + headH + 4, maxH: Math.max(L.font.small * 1.4, best.room - headH - 4) };
}

/** The middle starts under the promise (`taglineBottom`), or at the margin where the banner above says it. */
export function middleTop(L: Layout, taglineBottom: number | null): number {
  return taglineBottom === null ? L.pad : taglineBottom + L.gap * 2;
}
