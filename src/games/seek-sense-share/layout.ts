// Where things go on the "Seek, sense, share" screen, pure: named rectangles for the brief, the network picture,
// the side (or lower) panel, its budget meters, pair chooser and action row, from the screen's size. Landscape
// (16:9, 4:3) puts the panel beside the network; a phone held upright puts it below. graphLayout.ts places nodes.
import type { Rect, ScreenFrame } from '../../core/rect';

/** What this layout needs of the screen (core/rect ScreenFrame; ui/layout's Layout has all of it). */
export type Screen = ScreenFrame;

/** The smallest tap target (WCAG 2.5.5). */
export const MIN_TARGET = 44;
/** The brief's column and start button never grow wider than this. */
const BRIEF_MAX_W = 960;
const START_MAX_W = 420;

export interface BriefRects {
  panel: Rect;
  start: Rect;
}

export function briefLayout(L: Screen): BriefRects {
  const r = L.body;
  const w = Math.min(BRIEF_MAX_W, r.w);
  const col = { x: r.x + (r.w - w) / 2, y: r.y, w, h: r.h };
  const bh = Math.round(L.buttonH * 1.1);
  const bw = Math.min(col.w, START_MAX_W);
  return { panel: { x: col.x, y: col.y, w: col.w, h: col.h - bh - L.gap }, start: { x: col.x + (col.w - bw) / 2, y: col.y + col.h - bh, w: bw, h: bh } };
}

export interface PlayRects {
  /** The network picture with its caption (and, in landscape, the legend under it). */
  graph: Rect;
  /** Landscape: the legend goes under the network, inside `graph`, taking the rows it needs (upright, the
   * objectives list has it in words). */
  legendBelow: boolean;
  /** The panel: budget, the pair chooser or flow text, objectives. */
  panel: Rect;
  /** The row of actions at the bottom of the panel. */
  actions: Rect;
}

/**
 * The play screen. Upright, a crowded network gets most of the height and the panel below scrolls; while a pair is
 * chosen the tie kinds need the room more than the picture does.
 */
export function playLayout(L: Screen, o: { pairOpen: boolean; contacts: number }): PlayRects {
  const b = L.body;
  let graph: Rect;
  let panel: Rect;
  if (!L.portrait) {
    const panelW = Math.min(640, Math.max(360, b.w * 0.34));
    graph = { x: b.x, y: b.y, w: b.w - panelW - L.pad, h: b.h };
    panel = { x: graph.x + graph.w + L.pad, y: b.y, w: panelW, h: b.h };
  } else {
    const share = o.pairOpen ? 0.4 : o.contacts > 30 ? 0.62 : 0.5;
    const graphH = Math.max(o.pairOpen ? 250 : 260, Math.min(b.h * share, b.w * 1.4));
    graph = { x: b.x, y: b.y, w: b.w, h: graphH };
    panel = { x: b.x, y: graph.y + graph.h + L.gap, w: b.w, h: b.h - graphH - L.gap };
  }
  const actions = { x: panel.x, y: panel.y + panel.h - L.buttonH, w: panel.w, h: L.buttonH };
  return { graph, legendBelow: !L.portrait, panel, actions };
}

/** `n` buttons side by side across `r`. */
export function actionRow(r: Rect, n: number, gap: number): Rect[] {
  const w = (r.w - gap * (n - 1)) / n;
  return Array.from({ length: n }, (_, i) => ({ x: r.x + i * (w + gap), y: r.y, w, h: r.h }));
}

/** Two budget meters side by side: a bar each, under its text of height `textH`. */
export function meterBars(x: number, y: number, w: number, gap: number, textH: number): Rect[] {
  const half = (w - gap) / 2;
  return [0, 1].map((i) => ({ x: x + i * (half + gap), y: y + textH + 4, w: half, h: 12 }));
}

export interface ChooserRects {
  /** Whether the "choose the kind" hint fits above the buttons (large text on a phone: the buttons win). */
  hint: boolean;
  buttons: Rect[];
  /** Where the next thing may start. */
  bottom: number;
}

/**
 * The tie-kind buttons in the room between `top` and `bottom`: tall (room for a description) in landscape, one
 * line upright; when even that does not fit, the hint goes and the buttons share the room, never under 44 px.
 */
export function chooserLayout(L: Screen, x: number, w: number, top: number, bottom: number, count: number, hintH: number): ChooserRects {
  const step = L.gap * 0.6;
  let bh = L.portrait ? L.buttonH : Math.round(L.buttonH * 1.45);
  let hint = true;
  let y = top;
  const room = bottom - L.gap - top;
  if (hintH + L.gap * 0.5 + count * (bh + step) > room) {
    hint = false;
    bh = Math.max(MIN_TARGET, Math.floor(room / count - step));
  } else {
    y += hintH + L.gap * 0.5;
  }
  const buttons = Array.from({ length: count }, (_, i) => ({ x, y: y + i * (bh + step), w, h: bh }));
  return { hint, buttons, bottom: y + count * (bh + step) + L.gap * 0.4 };
}
