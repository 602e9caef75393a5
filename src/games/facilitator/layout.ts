// Pure layout of the facilitator role-play: named rectangles for 16:9, 4:3 and a phone held upright, from the
// screen's frame (ui/layout's Layout fits it) and, where text decides, widths and heights measured by the view.
import type { Rect, ScreenFrame } from '../../core/rect';

/** What this layout needs of the screen (core/rect ScreenFrame; ui/layout's Layout has all of it). */
export type Frame = ScreenFrame;

/** A meter's bar is never shorter than this, so its value never lies over it. */
export const METER_MIN_BAR = 40;
/** The clock's "118 of 120 min" is longer than a number: it weighs more when a row shares out its width. */
const METER_WEIGHTS = [1, 1, 1, 1, 1, 1.5] as const;
/** The wide screens' left column: the room, at most this share of the width and this many pixels. */
const STAGE_SHARE = 0.36;
const STAGE_MAX = 640;
/** The upright speaker row's portrait. */
const PHONE_PORTRAIT = 72;

export const barH = (f: Frame): number => Math.max(10, Math.round(f.font.small * 0.6));
export const meterCellH = (f: Frame): number => Math.round(f.font.small * 1.4) + 4 + barH(f);

/** Shares a row's width: every cell gets at least its need, the rest goes by weight. Null when the needs overflow. */
function shareRow(x: number, w: number, gap: number, needs: readonly number[], weights: readonly number[]): Array<{ x: number; w: number }> | null {
  const avail = w - gap * (needs.length - 1);
  if (needs.reduce((a, b) => a + b, 0) > avail + 0.5) return null;
  const fixed = new Set<number>();
  let widths: number[] = [];
  // Water-filling: cells whose share is under their need take their need; the others share what is left.
  for (let round = 0; round <= needs.length; round++) {
    const left = avail - [...fixed].reduce((a, i) => a + (needs[i] ?? 0), 0);
    const weight = weights.reduce((a, k, i) => (fixed.has(i) ? a : a + k), 0);
    widths = needs.map((n, i) => (fixed.has(i) ? n : (left * (weights[i] ?? 1)) / weight));
    const short = widths.findIndex((v, i) => !fixed.has(i) && v < (needs[i] ?? 0));
    if (short < 0) break;
    fixed.add(short);
  }
  let cx = x;
  return widths.map((cw) => {
    const r = { x: cx, w: cw };
    cx += cw + gap;
    return r;
  });
}

/**
 * The meters: one row on wide screens, two on phones (roles, then trust, energy and clock), more rows when the
 * measured needs (name, or value beside the shortest bar) do not fit. Cells come in METERS order.
 */
export function meterGrid(f: Frame, needs: readonly number[]): { area: Rect; cells: Rect[] } {
  const ch = meterCellH(f);
  const all = needs.map((_, i) => i);
  const plans = f.portrait
    ? [
        [
          [0, 1, 2],
          [3, 4, 5],
        ],
        [[0, 1, 2], [3, 4], [5]],
        [
          [0, 1],
          [2, 3],
          [4, 5],
        ],
        [[0, 1], [2, 3], [4], [5]],
        all.map((i) => [i]),
      ]
    : [
        [all],
        [
          [0, 1, 2],
          [3, 4, 5],
        ],
        [
          [0, 1],
          [2, 3],
          [4, 5],
        ],
        all.map((i) => [i]),
      ];
  const x = f.body.x;
  const w = f.body.w;
  const gap = f.portrait ? f.gap : f.pad;
  for (const [p, plan] of plans.entries()) {
    const cells: Rect[] = [];
    let fits = true;
    plan.forEach((row, r) => {
      const shared = shareRow(
        x,
        w,
        gap,
        row.map((i) => needs[i] ?? 0),
        row.map((i) => METER_WEIGHTS[i] ?? 1),
      );
      if (!shared) fits = false;
      const y = f.body.y + r * (ch + f.gap);
      // The last plan takes whatever it gets: one cell per row is as narrow as the meters can go.
      const spans = shared ?? row.map(() => ({ x, w }));
      row.forEach((i, k) => (cells[i] = { x: spans[k]!.x, y, w: spans[k]!.w, h: ch }));
    });
    if (fits || p === plans.length - 1) return { area: { x, y: f.body.y, w, h: plan.length * ch + (plan.length - 1) * f.gap }, cells };
  }
  throw new Error('unreachable');
}

export interface ScreenRects {
  /** Wide: the room, with the speaker's portrait in it. Upright: the speaker row. */
  stage: Rect;
  portrait: Rect | null;
  /** Wide: the name and role under the room. Upright: beside the portrait. */
  nameplate: Rect;
  /** The line, the choices or Continue. */
  dialogue: Rect;
  /** Earlier lines, Step back. */
  footer: [Rect, Rect];
  transcript: Rect;
  closeTranscript: Rect;
  ending: EndingRects;
}

export interface EndingRects {
  /** Wide: the ending's words over the score panel; upright: one scrolling panel with words, scores and recap. */
  story: Rect;
  scores: Rect | null;
  recap: Rect | null;
  /** Debrief, Restart, Step back, Earlier lines. */
  buttons: Rect[];
}

/** Score panel height: heading and four rows of bars. */
export const scoresPanelH = (f: Frame): number => f.pad + Math.round(f.font.body * 1.4) + f.gap + (Math.round(f.font.body * 1.5) + f.gap) * 4 + f.pad;

function buttonGrid(r: Rect, count: number, cols: number, gap: number): Rect[] {
  const rows = Math.ceil(count / cols);
  const bw = (r.w - gap * (cols - 1)) / cols;
  const bh = (r.h - gap * (rows - 1)) / rows;
  return Array.from({ length: count }, (_, i) => ({ x: r.x + (i % cols) * (bw + gap), y: r.y + Math.floor(i / cols) * (bh + gap), w: bw, h: bh }));
}

/** Every region below the meters. */
export function screenRects(f: Frame, metersH: number): ScreenRects {
  const top = f.body.y + metersH + f.gap;
  const area: Rect = { x: f.body.x, y: top, w: f.body.w, h: f.body.y + f.body.h - top };
  const bh = f.buttonH;
  const closeW = Math.min(area.w, Math.max(280, f.font.body * 16));
  if (f.portrait) {
    const size = Math.round(Math.min(PHONE_PORTRAIT, area.w * 0.2));
    const rowH = Math.max(size, Math.round(f.font.large * 1.4 + f.font.small * 1.4 + 2));
    const stage: Rect = { x: area.x, y: area.y, w: area.w, h: rowH };
    const dy = area.y + rowH + f.gap;
    const fy = area.y + area.h - bh;
    const bw = (area.w - f.gap) / 2;
    const btns: Rect = { x: area.x, y: area.y + area.h - 2 * bh - f.gap, w: area.w, h: 2 * bh + f.gap };
    return {
      stage,
      portrait: { x: area.x, y: area.y + (rowH - size) / 2, w: size, h: size },
      nameplate: { x: area.x + size + f.gap, y: area.y, w: area.w - size - f.gap, h: rowH },
      dialogue: { x: area.x, y: dy, w: area.w, h: fy - f.gap - dy },
      footer: [
        { x: area.x, y: fy, w: bw, h: bh },
        { x: area.x + bw + f.gap, y: fy, w: bw, h: bh },
      ],
      transcript: { x: area.x, y: area.y, w: area.w, h: area.h - bh - f.gap },
      closeTranscript: { x: area.x, y: area.y + area.h - bh, w: closeW, h: bh },
      ending: { story: { x: area.x, y: area.y, w: area.w, h: btns.y - f.gap - area.y }, scores: null, recap: null, buttons: buttonGrid(btns, 4, 2, f.gap) },
    };
  }
  const leftW = Math.min(area.w * STAGE_SHARE, STAGE_MAX);
  const left: Rect = { x: area.x, y: area.y, w: leftW, h: area.h };
  const right: Rect = { x: area.x + leftW + f.pad, y: area.y, w: area.w - leftW - f.pad, h: area.h };
  // The name (one large line) and the role (up to two small lines) under the room.
  const nameH = Math.round(f.font.large * 1.4 + f.font.small * 1.4 * 2 + 4);
  const roomH = Math.min(left.h - nameH - f.gap, left.w * 0.95);
  const size = Math.min(left.w * 0.46, roomH * 0.62);
  const fy = right.y + right.h - bh;
  const bw = (right.w - f.gap) / 2;
  const scoresH = scoresPanelH(f);
  return {
    stage: { ...left, h: roomH },
    portrait: { x: left.x + (left.w - size) / 2, y: left.y + roomH * 0.56 - size / 2, w: size, h: size },
    nameplate: { x: left.x, y: left.y + roomH + f.gap, w: left.w, h: nameH },
    dialogue: { x: right.x, y: right.y, w: right.w, h: fy - f.gap - right.y },
    footer: [
      { x: right.x, y: fy, w: bw, h: bh },
      { x: right.x + bw + f.gap, y: fy, w: bw, h: bh },
    ],
    transcript: { x: right.x, y: right.y, w: right.w, h: right.h - bh - f.gap },
    closeTranscript: { x: right.x, y: right.y + right.h - bh, w: Math.min(right.w, closeW), h: bh },
    ending: {
      story: { x: left.x, y: left.y, w: left.w, h: left.h - scoresH - f.gap },
      scores: { x: left.x, y: left.y + left.h - scoresH, w: left.w, h: scoresH },
      recap: { x: right.x, y: right.y, w: right.w, h: right.h - bh - f.gap },
      buttons: buttonGrid({ x: right.x, y: fy, w: right.w, h: bh }, 4, 4, f.gap),
    },
  };
}

/** The Continue button under text that used `usedH` of the dialogue area, never below the area. */
export function continueRect(f: Frame, area: Rect, usedH: number): Rect {
  const w = Math.min(area.w, Math.max(280, f.font.body * 14));
  return { x: area.x, y: Math.min(area.y + usedH + f.gap, area.y + area.h - f.buttonH), w, h: f.buttonH };
}

/** The most the line may take above the choices: all it needs, but at least three short lines or 40% of the area. */
export function lineBudget(f: Frame, area: Rect, askH: number, choiceHs: readonly number[]): number {
  const list = choiceHs.reduce((a, b) => a + b, 0) + f.gap * (choiceHs.length - 1);
  const minLine = f.font.small * 1.4 * 3 + 2 * f.gap;
  const room = Math.max(minLine, area.h - list - askH - 2 * f.gap, area.h * 0.4);
  return Math.min(room, area.h - askH - f.gap - f.buttonH);
}

/** Does the list of choices at these heights leave room for three lines of the prompt? */
export function choicesFit(f: Frame, area: Rect, askH: number, choiceHs: readonly number[]): boolean {
  const list = choiceHs.reduce((a, b) => a + b, 0) + f.gap * (choiceHs.length - 1);
  return list + askH + 2 * f.gap + f.font.small * 1.4 * 3 + 2 * f.gap <= area.h;
}

/** The ask ("What do you do?") and the choices under a line box of `usedH`; a list too tall scrolls in `list`. */
export function choiceRects(
  f: Frame,
  area: Rect,
  usedH: number,
  askH: number,
  choiceHs: readonly number[],
): { ask: Rect | null; list: Rect; scroll: boolean; choices: Rect[] } {
  let y = area.y + usedH + f.gap;
  const ask = askH > 0 ? { x: area.x, y, w: area.w, h: askH } : null;
  if (ask) y += askH + f.gap;
  const listH = choiceHs.reduce((a, b) => a + b, 0) + f.gap * (choiceHs.length - 1);
  const list: Rect = { x: area.x, y, w: area.w, h: area.y + area.h - y };
  const scroll = listH > list.h;
  // In a scroll area, rects are in its content coordinates, with room for the focus ring.
  const ring = scroll ? SCROLL_RING : 0;
  let cy = scroll ? ring : y;
  const choices = choiceHs.map((h) => {
    const r = { x: scroll ? ring : area.x, y: cy, w: area.w, h };
    cy += h + f.gap;
    return r;
  });
  return { ask, list, scroll, choices };
}

/** Room for the focus ring inside a scrolling list of choices. */
export const SCROLL_RING = 8;
