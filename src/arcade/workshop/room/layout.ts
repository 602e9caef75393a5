// Rectangles of the workshop room's three views (answering, the reveal, the end), from the screen's layout. Pure:
// a projector shows everything at once side by side; a phone held upright stacks it, and the teams scroll.
import type { Rect } from '../../../core/rect';
import type { Layout } from '../../../ui/layout';

export interface Controls {
  rects: Rect[];
  /** Top of the controls: the views end a gap above it. */
  top: number;
}

/** The trainer's buttons along the bottom: one row where they fit at a readable width, else two. */
export function controls(L: Layout, count: number): Controls {
  const minW = Math.max(120, L.font.body * 6);
  const rows = count * minW + (count - 1) * L.gap <= L.body.w ? 1 : 2;
  const perRow = Math.ceil(count / rows);
  const w = (L.body.w - (perRow - 1) * L.gap) / perRow;
  const top = L.h - L.pad - rows * L.buttonH - (rows - 1) * L.gap;
  const rects = Array.from({ length: count }, (_, i) => {
    const r = Math.floor(i / perRow);
    const c = i % perRow;
    return { x: L.body.x + c * (w + L.gap), y: top + r * (L.buttonH + L.gap), w, h: L.buttonH };
  });
  return { rects, top };
}

function main(L: Layout, c: Controls): Rect {
  return { x: L.body.x, y: L.body.y, w: L.body.w, h: c.top - L.gap - L.body.y };
}

/** Side by side on a wide screen, else stacked. */
function wide(L: Layout): boolean {
  return !L.portrait && L.w >= 900;
}

export interface VoteLayout {
  status: Rect;
  /** The card's countdown, large enough to read from the back of the room (a wide screen with the timer on). */
  clock?: Rect;
  card: Rect;
  options: Rect[];
  /** The teams' scroll area, and each team's button in the area's own coordinates. */
  teamsArea: Rect;
  teams: Rect[];
  teamsH: number;
  /** The option's cue fits under its name. */
  cues: boolean;
  /** A live room's join panel (its QR code and code), above the teams on a wide screen. */
  join?: Rect;
}

function grid(area: Rect, count: number, cols: number, rowH: number, gap: number): Rect[] {
  const w = (area.w - (cols - 1) * gap) / cols;
  return Array.from({ length: count }, (_, i) => ({ x: area.x + (i % cols) * (w + gap), y: area.y + Math.floor(i / cols) * (rowH + gap), w, h: rowH }));
}

export function voteLayout(L: Layout, c: Controls, nOptions: number, nTeams: number, long = false, clock = false, live = false): VoteLayout {
  const m = main(L, c);
  const big = clock && wide(L);
  const statusH = Math.round(big ? L.font.hero * 1.25 : L.font.body * 1.7);
  // Options that carry a sentence each (a decision's choices) take a row each.
  const optCols = long ? 1 : 2;
  const optRows = Math.ceil(nOptions / optCols);
  if (wide(L)) {
    const leftW = Math.round(m.w * 0.6);
    const clockW = big ? Math.round(L.font.hero * 2.8) : 0;
    const status = { x: m.x, y: m.y, w: leftW - clockW, h: statusH };
    const below = m.h - statusH - L.gap;
    const optH = Math.min(L.buttonH * (long ? 2.4 : 1.8), Math.max(L.buttonH, (below * (long ? 0.58 : 0.5) - (optRows - 1) * L.gap) / optRows));
    const optsH = optRows * optH + (optRows - 1) * L.gap;
    const card = { x: m.x, y: m.y + statusH + L.gap, w: leftW, h: below - optsH - L.gap };
    const options = grid({ x: m.x, y: card.y + card.h + L.gap, w: leftW, h: optsH }, nOptions, optCols, optH, L.gap);
    const rightX = m.x + leftW + L.pad;
    const rightW = m.w - leftW - L.pad;
    // The join panel: a QR code as large as the column allows, up to half its height, and its words under it.
    const joinH = live ? Math.round(Math.min(m.h * 0.55, rightW * 0.62 + L.font.large * 4)) : 0;
    const join = live ? { x: rightX, y: m.y, w: rightW, h: joinH } : undefined;
    const teamsArea = { x: rightX, y: m.y + (live ? joinH + L.gap : 0), w: rightW, h: m.h - (live ? joinH + L.gap : 0) };
    const cols = nTeams * (L.buttonH + L.gap) - L.gap > teamsArea.h ? 2 : 1;
    const teams = grid({ x: 0, y: 0, w: teamsArea.w, h: 0 }, nTeams, cols, L.buttonH, L.gap);
    return {
      status,
      ...(big ? { clock: { x: m.x + leftW - clockW, y: m.y, w: clockW, h: statusH } } : {}),
      card,
      options,
      teamsArea,
      teams,
      teamsH: Math.ceil(nTeams / cols) * (L.buttonH + L.gap) - L.gap,
      cues: optH >= L.buttonH * 1.4,
      ...(join ? { join } : {}),
    };
  }
  // Upright: the card takes what the options and the teams leave, at least a third; the teams scroll past that.
  const status = { x: m.x, y: m.y, w: m.w, h: statusH };
  const optH = long ? Math.round(L.buttonH * 1.6) : L.buttonH;
  const optsH = optRows * optH + (optRows - 1) * L.gap;
  const teamsH = Math.ceil(nTeams / 2) * (L.buttonH + L.gap) - L.gap;
  const free = m.h - statusH - optsH - 3 * L.gap;
  const cardH = Math.round(Math.max(free * 0.34, free - teamsH));
  const card = { x: m.x, y: m.y + statusH + L.gap, w: m.w, h: cardH };
  const optsY = card.y + card.h + L.gap;
  const options = grid({ x: m.x, y: optsY, w: m.w, h: 0 }, nOptions, optCols, optH, L.gap);
  const teamsArea = { x: m.x, y: optsY + optsH + L.gap, w: m.w, h: m.y + m.h - (optsY + optsH + L.gap) };
  const teams = grid({ x: 0, y: 0, w: teamsArea.w, h: 0 }, nTeams, 2, L.buttonH, L.gap);
  return { status, card, options, teamsArea, teams, teamsH, cues: false };
}

export interface RevealLayout {
  card: Rect;
  answers: Rect;
  detail: Rect;
}

export function revealLayout(L: Layout, c: Controls): RevealLayout {
  const m = main(L, c);
  if (wide(L)) {
    const leftW = Math.round(m.w * 0.5);
    const cardH = Math.round(m.h * 0.3);
    return {
      card: { x: m.x, y: m.y, w: leftW, h: cardH },
      answers: { x: m.x, y: m.y + cardH + L.gap, w: leftW, h: m.h - cardH - L.gap },
      detail: { x: m.x + leftW + L.pad, y: m.y, w: m.w - leftW - L.pad, h: m.h },
    };
  }
  const cardH = Math.round(m.h * 0.2);
  const answersH = Math.round(m.h * 0.34);
  return {
    card: { x: m.x, y: m.y, w: m.w, h: cardH },
    answers: { x: m.x, y: m.y + cardH + L.gap, w: m.w, h: answersH },
    detail: { x: m.x, y: m.y + cardH + answersH + 2 * L.gap, w: m.w, h: m.h - cardH - answersH - 2 * L.gap },
  };
}

export interface EndLayout {
  summary: Rect;
  listArea: Rect;
  items: Rect[];
  listH: number;
}

export function endLayout(L: Layout, c: Controls, nItems: number): EndLayout {
  const m = main(L, c);
  const ring = 8;
  const item = (w: number): Rect[] => grid({ x: ring, y: ring, w: w - 2 * ring, h: 0 }, nItems, 1, L.buttonH, L.gap);
  const listH = nItems * (L.buttonH + L.gap) - L.gap + 2 * ring;
  if (wide(L)) {
    const leftW = Math.round(m.w * 0.45);
    const listArea = { x: m.x + leftW + L.pad, y: m.y, w: m.w - leftW - L.pad, h: m.h };
    return { summary: { x: m.x, y: m.y, w: leftW, h: m.h }, listArea, items: item(listArea.w), listH };
  }
  const sumH = Math.round(m.h * 0.45);
  const listArea = { x: m.x, y: m.y + sumH + L.gap, w: m.w, h: m.h - sumH - L.gap };
  return { summary: { x: m.x, y: m.y, w: m.w, h: sumH }, listArea, items: item(listArea.w), listH };
}
