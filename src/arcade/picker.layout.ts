// Rectangles of the game picker, from the screen's layout and the number of games. Pure: the cards side by side on a
// wide screen (up to three across), one under another upright; inside a card, the title and description at the top,
// the cover where there is room, and the progress line at the foot.
import type { Rect } from '../core/rect';
import type { Layout } from '../ui/layout';

/** The covers' own proportions (310 x 190). */
const COVER_W = 310;
const COVER_H = 190;

export function pickerCards(L: Layout, count: number): Rect[] {
  const cols = L.portrait ? 1 : Math.min(3, count);
  const area = L.body;
  const cardH = L.portrait ? Math.min((area.h - L.gap * (count - 1)) / count, 260) : Math.min(area.h * 0.8, 560);
  const cw = (Math.min(area.w, 1400) - L.gap * (cols - 1)) / cols;
  const x0 = area.x + (area.w - (cw * cols + L.gap * (cols - 1))) / 2;
  const rows = Math.ceil(count / cols);
  const y0 = area.y + Math.max(0, (area.h - rows * cardH - (rows - 1) * L.gap) / 2);
  return Array.from({ length: count }, (_, i) => ({ x: x0 + (i % cols) * (cw + L.gap), y: y0 + Math.floor(i / cols) * (cardH + L.gap), w: cw, h: cardH }));
}

/** Where a card's title starts, the width its words wrap at, and the gap above the description. */
export function cardText(L: Layout, card: Rect): { x: number; titleY: number; w: number; descGap: number } {
  return { x: card.x + L.pad, titleY: card.y + L.pad * 0.8, w: card.w - 2 * L.pad, descGap: L.gap * 0.6 };
}

/**
 * The game's cover under the description (`descBottom`), where there is room: upright cards are short, so it sits
 * at the right above the progress line, at most 80 px tall; wide cards centre it in what the words leave. Null: no
 * room for it.
 */
export function cardCover(L: Layout, card: Rect, descBottom: number): Rect | null {
  const inner = card.w - 2 * L.pad;
  const artTop = descBottom + L.gap;
  if (L.portrait) {
    const bottom = card.y + card.h - L.pad - L.font.small * 1.4;
    const h = Math.min(bottom - artTop, 80);
    const w = (h * COVER_W) / COVER_H;
    return h > 40 ? { x: card.x + card.w - L.pad - w, y: bottom - h, w, h } : null;
  }
  const artBottom = card.y + card.h - L.pad - L.font.small * 2;
  if (artBottom - artTop <= 60) return null;
  const h = Math.min(artBottom - artTop, (inner * COVER_H) / COVER_W);
  const w = (h * COVER_W) / COVER_H;
  const cy = artTop + (artBottom - artTop) / 2;
  return { x: card.x + card.w / 2 - w / 2, y: cy - h / 2, w, h };
}

/** The progress line at the card's foot, where the description leaves room for it; null where it does not. */
export function cardProgress(L: Layout, card: Rect, descBottom: number): { x: number; y: number; w: number } | null {
  if (descBottom + L.font.body * 2 >= card.y + card.h) return null;
  return { x: card.x + L.pad, y: card.y + card.h - L.pad - L.font.body * 1.2, w: card.w - 2 * L.pad };
}
