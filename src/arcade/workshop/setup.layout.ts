// Rectangles of the workshop screen, from the screen's layout and how many rows the options have. Pure: two rows of
// buttons along the bottom (four and three or four, the text small where upright); above them the options in a
// scroll area (on the left of a wide screen, on top otherwise), and beside or under them the link's QR code with
// the link written out, over the session's panel (left out where there is no room for it).
import type { Rect } from '../../core/rect';
import type { Layout } from '../../ui/layout';

/** Room for the focus ring inside the options' scroll area. */
export const RING = 8;
/** The QR code's least and greatest side (CSS px), and the white margin around it (it scans on a dark page). */
const QR_MIN = 96;
const QR_MAX = 360;
export const QR_MARGIN = 6;

export interface SetupLayout {
  /** The options' scroll area (with room for the focus ring) and the height of what it holds. */
  scroll: Rect;
  contentH: number;
  /** Each option row, in the scroll area's content coordinates. */
  rows: Rect[];
  /** The QR code's white card, and the link's panel beside it. */
  qr: Rect;
  link: Rect;
  /** The link panel's title size. */
  linkTitle: number;
  /** The session's panel; null where it would be too short to read. */
  status: Rect | null;
  /** The two rows of buttons along the bottom. */
  actions: [Rect[], Rect[]];
  /** The buttons' text size (undefined: the buttons' own), and whether their short labels are shown. */
  actionFont: number | undefined;
  narrow: boolean;
}

/** A wide screen: the options on the left, the link and the session on the right. */
function side(L: Layout): boolean {
  return !L.portrait && L.w >= 900;
}

/** `rows`: how many rows the options have; `actions`: how many buttons each bottom row has. */
export function setupLayout(L: Layout, o: { rows: number; actions: [number, number] }): SetupLayout {
  const bh = L.buttonH;
  const wide = side(L);
  // Bottom: two rows of buttons (start, poll, copy, guide; the three exports and a new session).
  const navH = 2 * bh + L.gap;
  const navY = L.h - L.pad - navH;
  const leftW = wide ? Math.min(600, L.body.w * 0.46) : L.body.w;
  const optH = wide ? navY - L.gap - L.body.y : Math.max(bh * 3, (navY - L.body.y) * 0.42);
  const area = { x: L.body.x, y: L.body.y, w: leftW, h: optH };
  const step = bh + L.gap;
  const right = wide
    ? { x: L.body.x + leftW + L.pad, y: L.body.y, w: L.body.w - leftW - L.pad, h: navY - L.gap - L.body.y }
    : { x: L.body.x, y: L.body.y + optH + L.gap, w: L.body.w, h: navY - L.gap - (L.body.y + optH + L.gap) };
  const q = Math.floor(Math.max(QR_MIN, Math.min(right.w * (L.portrait ? 0.32 : 0.4), right.h * 0.55, QR_MAX)));
  const status = { x: right.x, y: right.y + q + L.gap, w: right.w, h: right.h - q - L.gap };
  const row = (items: number, y: number): Rect[] => {
    const w = (L.body.w - L.gap * (items - 1)) / items;
    return Array.from({ length: items }, (_, i) => ({ x: L.body.x + i * (w + L.gap), y, w, h: bh }));
  };
  return {
    scroll: { x: area.x - RING, y: area.y - RING, w: area.w + 2 * RING, h: area.h + 2 * RING },
    contentH: o.rows * step - L.gap + 2 * RING,
    rows: Array.from({ length: o.rows }, (_, i) => ({ x: RING, y: RING + i * step, w: area.w, h: bh })),
    qr: { x: right.x, y: right.y, w: q, h: q },
    link: { x: right.x + q + L.gap, y: right.y, w: right.w - q - L.gap, h: q },
    linkTitle: L.portrait ? L.font.small : L.font.body,
    status: status.h < L.font.body * 3 ? null : status,
    actions: [row(o.actions[0], navY), row(o.actions[1], navY + bh + L.gap)],
    actionFont: L.portrait ? L.font.small : undefined,
    narrow: L.portrait,
  };
}

/** Where the QR code itself is drawn, inside its white card. */
export function qrCode(card: Rect): Rect {
  return { x: card.x + QR_MARGIN, y: card.y + QR_MARGIN, w: card.w - 2 * QR_MARGIN, h: card.h - 2 * QR_MARGIN };
}

/** A team's row: its name field (a little inside the row), and who plays next at its right when teams take turns. */
export function teamRow(L: Layout, row: Rect, turns: boolean): { field: Rect; next: Rect | null } {
  const nw = turns ? Math.min(row.w * 0.34, Math.max(96, L.font.body * 5)) : 0;
  return {
    field: { x: row.x, y: row.y + 2, w: row.w - (nw ? nw + L.gap : 0), h: row.h - 4 },
    next: turns ? { x: row.x + row.w - nw, y: row.y, w: nw, h: row.h } : null,
  };
}
