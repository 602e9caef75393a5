// Rectangles of a game's level select, from the screen's layout and how many things it shows. Pure: the learning row
// across the top, the levels' cards in a scrolling grid (one column upright, two or three across), the buttons along
// the bottom (in two rows where one would squeeze them), the About panel, and where the words sit inside a card.
import type { Rect } from '../core/rect';
import type { Layout } from '../ui/layout';

/** Narrowest a bottom button may get before the row splits in two. */
const MIN_BOTTOM_W = 110;
/** Room for the focus ring inside the scroll area. */
export const RING = 8;
/** A card's stars: three of this size, and the room they take at the card's right. */
export const CARD_STAR = 24;
const STARS_W = 3 * CARD_STAR + 16;

export interface LevelSelectLayout {
  /** The primer and check buttons above the levels. */
  learn: Rect[];
  /** The levels' scroll area (with room for the focus ring around the cards), and the height of what it holds. */
  scroll: Rect;
  contentH: number;
  /** Each level's card, in the scroll area's content coordinates. */
  cards: Rect[];
  bottom: Rect[];
  /** More than two bottom buttons to a row: their text is the small size. */
  bottomSmall: boolean;
}

/** A row of buttons up to 420 px wide each, centred. */
function centredRow(L: Layout, count: number, y: number): Rect[] {
  const bw = Math.min(420, (L.body.w - L.gap * (count - 1)) / count);
  const x0 = L.w / 2 - (bw * count + L.gap * (count - 1)) / 2;
  return Array.from({ length: count }, (_, i) => ({ x: x0 + i * (bw + L.gap), y, w: bw, h: L.buttonH }));
}

export function levelSelectLayout(L: Layout, n: { levels: number; learn: number; bottom: number }): LevelSelectLayout {
  const nb = n.bottom;
  const perRow = (L.body.w - L.gap * (nb - 1)) / nb >= MIN_BOTTOM_W ? nb : Math.ceil(nb / 2);
  const bottomRows = Math.ceil(nb / perRow);
  const openH = bottomRows * L.buttonH + (bottomRows - 1) * L.gap;
  const learn = n.learn > 0 ? centredRow(L, n.learn, L.body.y) : [];
  const learnH = n.learn > 0 ? L.buttonH + L.gap : 0;
  const area = { ...L.body, y: L.body.y + learnH, h: L.body.h - openH - L.gap - learnH };
  const cols = L.portrait ? 1 : L.w > 1500 ? 3 : 2;
  const rows = Math.ceil(n.levels / cols);
  // Room for a two-line title and a status line with the stars, at the current text size.
  const cellH = Math.max(L.buttonH * 1.3, L.font.body * 1.25 * 2 + L.font.small * 1.3 + L.pad * 2.2, Math.min(150, (area.h - L.gap * (rows - 1)) / rows));
  const cw = (Math.min(area.w, 1500) - L.gap * (cols - 1)) / cols;
  const x0 = (area.w - (cw * cols + L.gap * (cols - 1))) / 2;
  const cards = Array.from({ length: n.levels }, (_, i) => ({
    x: RING + x0 + (i % cols) * (cw + L.gap),
    y: RING + Math.floor(i / cols) * (cellH + L.gap),
    w: cw,
    h: cellH,
  }));
  const bw = Math.min(420, (L.body.w - L.gap * (perRow - 1)) / perRow);
  const bottom = Array.from({ length: nb }, (_, i) => {
    const r = Math.floor(i / perRow);
    const inRow = Math.min(perRow, nb - r * perRow);
    const bx = L.w / 2 - (bw * inRow + L.gap * (inRow - 1)) / 2;
    const y = L.h - L.pad - openH + r * (L.buttonH + L.gap);
    return { x: bx + (i % perRow) * (bw + L.gap), y, w: bw, h: L.buttonH };
  });
  return {
    learn,
    scroll: { x: area.x - RING, y: area.y - RING, w: area.w + 2 * RING, h: area.h + 2 * RING },
    contentH: rows * (cellH + L.gap) - L.gap + 2 * RING,
    cards,
    bottom,
    bottomSmall: perRow > 2,
  };
}

/** Where a card's words and stars go: the title at the top, the status line at the bottom, the stars beside it. */
export interface CardParts {
  title: { x: number; y: number; w: number };
  /** The status line's left, width, and the bottom it sits on (it is drawn bottom up, its height measured). */
  status: { x: number; w: number; bottom: number };
  /** The stars' centre x (their centre y is the status line's). */
  starsX: number;
}

export function cardParts(L: Layout, card: Rect): CardParts {
  return {
    title: { x: card.x + L.pad, y: card.y + L.pad * 0.6, w: card.w - 2 * L.pad },
    status: { x: card.x + L.pad, w: card.w - 2 * L.pad - STARS_W, bottom: card.y + card.h - L.pad * 0.6 },
    starsX: card.x + card.w - L.pad - STARS_W / 2,
  };
}

/** The About panel over the list, and its Close button at the bottom. */
export function aboutLayout(L: Layout): { panel: Rect; close: Rect } {
  const w = Math.min(860, L.body.w);
  const bw = Math.min(320, L.body.w);
  return {
    panel: { x: L.w / 2 - w / 2, y: L.body.y, w, h: L.body.h - L.buttonH - L.gap },
    close: { x: L.w / 2 - bw / 2, y: L.h - L.pad - L.buttonH, w: bw, h: L.buttonH },
  };
}

/** The one line shown while the levels load (centred on x, at y). */
export function messageAt(L: Layout): { x: number; y: number } {
  return { x: L.w / 2, y: L.body.y + L.pad };
}
