// Rectangles of the take-home card, from the screen's layout and the code's size in modules: the code beside the
// text on a wide screen, above it upright, drawn in whole pixels a module, at least 4 mm where the screen has room;
// its caption under it where it fits; the two ways on along the bottom. Where 4 mm modules do not fit under the
// header on a wide screen (a laptop: version 4 or 5, or text at 1.5), the code takes the screen's whole height at
// the left, and the header, the card's text (it scrolls) and the ways on share the column beside it. Pure.
import type { Rect } from '../../core/rect';
import type { Layout } from '../../ui/layout';
import { MIN_MODULE_PX, QR_QUIET } from './qr';

export interface CardLayout {
  /** CSS px a module, and the code's square with its quiet zone (null with no code). */
  px: number;
  qr: Rect | null;
  /** The white card behind the code, so it scans on the dark page. */
  backing: Rect | null;
  /** The caption under the code: its centre, top and width; null where it goes at the top of the text. */
  caption: { x: number; y: number; w: number } | null;
  /** There is a code but no room under it: its caption opens the text instead. */
  captionInText: boolean;
  /** The header bar: the screen's, or the text column's where the code takes the whole height beside it. */
  header: Rect;
  panel: Rect;
  nav: Rect[];
}

/** How far the white card reaches round the code, and its corners' radius. */
export const BACKING_MARGIN = 6;
export const BACKING_RADIUS = 10;
/** The most of a wide screen's width the code takes (the card's text keeps the rest). */
const MAX_SIDE_SHARE = 0.6;

/** Buttons side by side across `w` from `x`, along the bottom. */
function navRow(L: Layout, n: number, x: number, w: number): Rect[] {
  const bw = (w - L.gap * (n - 1)) / n;
  return Array.from({ length: n }, (_, i) => ({ x: x + i * (bw + L.gap), y: L.h - L.pad - L.buttonH, w: bw, h: L.buttonH }));
}

/** The code at the left from the top of the screen to its foot, 4 mm a module; the rest beside it. */
function fullHeight(L: Layout, modules: number, nav: number): CardLayout {
  const px = MIN_MODULE_PX;
  const side = modules * px;
  const qx = L.pad;
  const qy = Math.round((L.h - side) / 2);
  const m = BACKING_MARGIN;
  const colX = qx + side + L.pad * 1.5;
  const colW = L.w - L.pad - colX;
  const navY = L.h - L.pad - L.buttonH;
  return {
    px,
    qr: { x: qx, y: qy, w: side, h: side },
    backing: { x: qx - m, y: qy - m, w: side + 2 * m, h: side + 2 * m },
    caption: null,
    captionInText: true,
    header: { x: colX - L.pad, y: 0, w: L.w - colX + L.pad, h: L.header.h },
    panel: { x: colX, y: L.body.y, w: colW, h: navY - L.gap - L.body.y },
    nav: navRow(L, nav, colX, colW),
  };
}

/** `modules`: the code's modules a side, without its quiet zone (null when no code could be made). */
export function cardLayout(L: Layout, o: { modules: number | null; nav: number }): CardLayout {
  const bh = L.buttonH;
  const navY = L.h - L.pad - bh;
  const side = !L.portrait;
  const area = { x: L.body.x, y: L.body.y, w: L.body.w, h: navY - L.gap - L.body.y };
  const caption = L.font.body * 2.4;
  const hasQr = o.modules !== null;
  // The code is sized from its module count: whole pixels a module, at least 4 mm where the screen has room.
  const modules = (o.modules ?? 0) + 2 * QR_QUIET;
  // Beside the text it takes up to 45% of the width, more (up to 60%) if that is what 4 mm modules need; above the
  // text, half the height, up to 80% with its caption where 4 mm need it (a totem's reach leaves a squarish area).
  const want = modules * MIN_MODULE_PX;
  const room = side
    ? Math.min(area.h, Math.max(area.w * 0.45, Math.min(area.w * MAX_SIDE_SHARE, want)))
    : Math.min(area.w, Math.max(area.h * 0.5, Math.min(area.h * 0.8, want + caption)) - caption);
  const px = Math.max(1, Math.floor(room / Math.max(1, modules)));
  // A wide screen too short for 4 mm under the header (a laptop) gives the code its whole height, if that holds it.
  if (hasQr && side && px < MIN_MODULE_PX && want <= L.h - 2 * L.pad && want <= area.w * MAX_SIDE_SHARE) return fullHeight(L, modules, o.nav);
  const qrSide = hasQr ? modules * px : 0;
  // The caption goes under the code when there is room, else at the top of the text beside it.
  const captionBelow = !side || area.h - qrSide >= caption;
  const qx = side ? area.x : area.x + (area.w - qrSide) / 2;
  const m = BACKING_MARGIN;
  const below = captionBelow ? caption : 0;
  const gapX = hasQr ? L.pad * 1.5 : 0;
  const panel = side
    ? { x: qx + qrSide + gapX, y: area.y, w: area.w - qrSide - gapX, h: area.h }
    : { x: area.x, y: area.y + qrSide + below, w: area.w, h: area.h - qrSide - below };
  return {
    px,
    qr: hasQr ? { x: qx, y: area.y, w: qrSide, h: qrSide } : null,
    backing: hasQr ? { x: qx - m, y: area.y - m, w: qrSide + 2 * m, h: qrSide + 2 * m } : null,
    caption: hasQr && captionBelow ? { x: qx + qrSide / 2, y: area.y + qrSide + L.gap, w: Math.max(qrSide, 200) } : null,
    captionInText: hasQr && !captionBelow,
    header: L.header,
    panel,
    nav: navRow(L, o.nav, L.body.x, L.body.w),
  };
}
