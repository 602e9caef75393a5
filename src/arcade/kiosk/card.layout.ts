// Rectangles of the take-home card, from the screen's layout and the code's size in modules: the code beside the
// text on a wide screen, above it upright, drawn in whole pixels a module, at least 4 mm where the screen has room;
// its caption under it where it fits; the two ways on along the bottom. Pure.
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
  panel: Rect;
  nav: Rect[];
}

/** How far the white card reaches round the code, and its corners' radius. */
export const BACKING_MARGIN = 6;
export const BACKING_RADIUS = 10;

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
    ? Math.min(area.h, Math.max(area.w * 0.45, Math.min(area.w * 0.6, want)))
    : Math.min(area.w, Math.max(area.h * 0.5, Math.min(area.h * 0.8, want + caption)) - caption);
  const px = Math.max(1, Math.floor(room / Math.max(1, modules)));
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
  const bw = (L.body.w - L.gap * (o.nav - 1)) / o.nav;
  return {
    px,
    qr: hasQr ? { x: qx, y: area.y, w: qrSide, h: qrSide } : null,
    backing: hasQr ? { x: qx - m, y: area.y - m, w: qrSide + 2 * m, h: qrSide + 2 * m } : null,
    caption: hasQr && captionBelow ? { x: qx + qrSide / 2, y: area.y + qrSide + L.gap, w: Math.max(qrSide, 200) } : null,
    captionInText: hasQr && !captionBelow,
    panel,
    nav: Array.from({ length: o.nav }, (_, i) => ({ x: L.body.x + i * (bw + L.gap), y: navY, w: bw, h: bh })),
  };
}
