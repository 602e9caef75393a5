// Rectangles of the game picker, from the screen's layout, the number of games and the measured height of their
// words. Pure: the cards side by side on a wide screen (up to three across, in rows as even as can be: four games two
// by two), one under another upright; each card tall enough for its words, and where the cards do not all fit, they
// scroll under the header. Inside a card, the title and description at the top, the cover where there is room, and
// the progress line at the foot.
import type { Rect } from '../core/rect';
import type { Layout } from '../ui/layout';

/** The covers' own proportions (310 x 190). */
const COVER_W = 310;
const COVER_H = 190;

/** How many cards go to a row, and how wide each is: a single row at most 1400 px wide; rows of shorter cards on a
 * wide screen take its whole width, so their words take fewer lines. */
export function pickerGrid(L: Layout, count: number): { cols: number; w: number } {
  const rows = L.portrait ? count : Math.ceil(count / 3);
  const cols = Math.max(1, Math.ceil(count / Math.max(1, rows)));
  const across = rows > 1 && !L.portrait ? L.body.w : Math.min(L.body.w, 1400);
  return { cols, w: (across - L.gap * (cols - 1)) / cols };
}

/** How tall the words of the tallest card came out at the card's text width (cardText): the title, the gap and the
 * description, and the progress line. */
export interface CardWords {
  words: number;
  progress: number;
}

/** The progress line's room at a card's foot: a line of body text, or more for a line that wraps. */
function footH(L: Layout, progressH: number): number {
  return Math.max(L.font.body * 1.2, progressH);
}

/** The shortest card that holds its words and, a gap under them, its progress line. */
export function minCardH(L: Layout, need: CardWords): number {
  return Math.ceil(L.pad * 0.8 + need.words + L.gap + footH(L, need.progress) + L.pad);
}

export interface PickerLayout {
  /** In the screen's coordinates, or in the scroll area's content coordinates when the cards scroll. */
  cards: Rect[];
  /** Null: every card is on the screen. Else the area the cards scroll in (the screen under the header), and the
   * height they take. */
  scroll: { rect: Rect; contentH: number } | null;
}

export function pickerLayout(L: Layout, count: number, need: CardWords): PickerLayout {
  const { cols, w } = pickerGrid(L, count);
  const rows = Math.ceil(count / cols);
  const area = L.body;
  const shared = (area.h - L.gap * (rows - 1)) / rows;
  const usual = L.portrait ? Math.min(shared, 260) : rows === 1 ? Math.min(area.h * 0.8, 560) : Math.min(shared, 560);
  const h = Math.max(usual, minCardH(L, need));
  const blockH = rows * h + (rows - 1) * L.gap;
  const scrolls = blockH > area.h + 0.5;
  const x0 = area.x + (area.w - (w * cols + L.gap * (cols - 1))) / 2;
  const y0 = scrolls ? area.y - L.header.h : area.y + Math.max(0, (area.h - blockH) / 2);
  const cards = Array.from({ length: count }, (_, i) => {
    const row = Math.floor(i / cols);
    // A last row with fewer cards is centred under the others.
    const shift = ((cols - Math.min(cols, count - row * cols)) * (w + L.gap)) / 2;
    return { x: x0 + shift + (i % cols) * (w + L.gap), y: y0 + row * (h + L.gap), w, h };
  });
  const rect = { x: 0, y: L.header.h, w: L.w, h: L.h - L.header.h };
  return { cards, scroll: scrolls ? { rect, contentH: y0 + blockH + L.pad } : null };
}

/** Where a card's title starts, the width its words wrap at, and the gap above the description. */
export function cardText(L: Layout, card: Pick<Rect, 'x' | 'y' | 'w'>): { x: number; titleY: number; w: number; descGap: number } {
  return { x: card.x + L.pad, titleY: card.y + L.pad * 0.8, w: card.w - 2 * L.pad, descGap: L.gap * 0.6 };
}

/**
 * The game's cover under the description (`descBottom`), where there is room above the progress line (`progressH`:
 * its measured height): upright cards are short, so it sits at the right above the progress line, at most 80 px
 * tall; wide cards centre it in what the words leave. Null: no room for it.
 */
export function cardCover(L: Layout, card: Rect, descBottom: number, progressH = 0): Rect | null {
  const inner = card.w - 2 * L.pad;
  const artTop = descBottom + L.gap;
  // A progress line that wraps takes the room of its extra lines from the cover.
  const extra = footH(L, progressH) - L.font.body * 1.2;
  if (L.portrait) {
    const bottom = card.y + card.h - L.pad - L.font.small * 1.4 - extra;
    const h = Math.min(bottom - artTop, 80);
    const w = (h * COVER_W) / COVER_H;
    return h > 40 ? { x: card.x + card.w - L.pad - w, y: bottom - h, w, h } : null;
  }
  const artBottom = card.y + card.h - L.pad - L.font.small * 2 - extra;
  if (artBottom - artTop <= 60) return null;
  const h = Math.min(artBottom - artTop, (inner * COVER_H) / COVER_W);
  const w = (h * COVER_W) / COVER_H;
  const cy = artTop + (artBottom - artTop) / 2;
  return { x: card.x + card.w / 2 - w / 2, y: cy - h / 2, w, h };
}

/** The progress line at the card's foot (its top), where it is clear of the description; null where it is not. */
export function cardProgress(L: Layout, card: Rect, descBottom: number, progressH = 0): { x: number; y: number; w: number } | null {
  const y = card.y + card.h - L.pad - footH(L, progressH);
  if (y < descBottom + L.gap / 2) return null;
  return { x: card.x + L.pad, y, w: card.w - 2 * L.pad };
}
