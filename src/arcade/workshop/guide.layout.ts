// Rectangles of a game's facilitator guide: the guide's panel, centred and up to 1000 px wide, over a row of its
// buttons (Done, Print, the paper kit) centred at the bottom, each up to 420 px wide; Print's and the kit's text is the
// small size on a screen held upright. Pure.
import type { Rect } from '../../core/rect';
import type { Layout } from '../../ui/layout';

/** The guide's widest column: lines a trainer reads without losing their place. */
const MAX_W = 1000;
const MAX_BUTTON_W = 420;

export interface GuideLayout {
  panel: Rect;
  buttons: Rect[];
  /** Print's and the paper kit's text size (undefined: the buttons' own); Done keeps its own. */
  buttonFont: number | undefined;
}

export function guideLayout(L: Layout, buttons: number): GuideLayout {
  const w = Math.min(MAX_W, L.body.w);
  const bw = Math.min(MAX_BUTTON_W, (w - L.gap * (buttons - 1)) / buttons);
  const x0 = L.w / 2 - (buttons * bw + (buttons - 1) * L.gap) / 2;
  return {
    panel: { x: L.w / 2 - w / 2, y: L.body.y, w, h: L.body.h - L.buttonH - L.gap },
    buttons: Array.from({ length: buttons }, (_, i) => ({ x: x0 + i * (bw + L.gap), y: L.h - L.pad - L.buttonH, w: bw, h: L.buttonH })),
    buttonFont: L.portrait ? L.font.small : undefined,
  };
}
