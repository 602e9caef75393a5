// Rectangles of the before-and-after check: a column up to 980 px wide, centred; the panel at its top (a line's
// worth, down to the button, or above the options), the options stacked under the question, each tall enough for
// two lines, and one large button at the bottom. Pure.
import type { Rect } from '../../core/rect';
import type { Layout } from '../../ui/layout';

const MAX_W = 980;
const MAX_BUTTON_W = 420;

export interface CheckLayout {
  /** The loading line's left, top and wrapping width. */
  message: { x: number; y: number; w: number };
  panel: Rect;
  /** The options' places, top to bottom. */
  options: Rect[];
  /** The button at the bottom (Start, Back to the levels), and its text size. */
  bottom: Rect;
  bottomFont: number;
}

/** `panel`: how tall the panel is drawn (CheckPanel.size); `options`: how many option places the question takes. */
export function checkLayout(L: Layout, o: { panel: 'short' | 'question' | 'full'; options: number }): CheckLayout {
  const w = Math.min(L.body.w, MAX_W);
  const x = L.body.x + (L.body.w - w) / 2;
  const bh = L.buttonH * 1.2;
  const bw = Math.min(MAX_BUTTON_W, w);
  // Down to the button at the bottom.
  const fullH = L.h - L.pad - bh - L.gap - L.body.y;
  const optH = Math.max(L.buttonH, L.font.body * 3.2);
  const optsH = o.options * (optH + L.gap);
  const promptH = Math.max(L.font.body * 6, L.h - L.pad - optsH - L.body.y - L.gap);
  const h = o.panel === 'short' ? Math.min(fullH, L.font.large * 4) : o.panel === 'full' ? fullH : promptH;
  const y0 = L.body.y + promptH + L.gap;
  return {
    message: { x, y: L.body.y, w },
    panel: { x, y: L.body.y, w, h },
    options: Array.from({ length: o.options }, (_, i) => ({ x, y: y0 + i * (optH + L.gap), w, h: optH })),
    bottom: { x: x + (w - bw) / 2, y: L.h - L.pad - bh, w: bw, h: bh },
    bottomFont: L.font.large,
  };
}
