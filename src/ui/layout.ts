// Layout computed from the current size and text scale: projector 16:9, 4:3, phone held upright.
// Scenes take every position from here, never from scattered magic numbers.
import type { Rect } from './a11y';
import { TYPE } from './theme';

export interface Layout {
  w: number;
  h: number;
  /** Taller than wide: stack things vertically. */
  portrait: boolean;
  /** Outer margin. */
  pad: number;
  gap: number;
  /** Font sizes in CSS px after the text scale. */
  font: { small: number; body: number; large: number; title: number; hero: number };
  /** Height of a standard button (>= 44 CSS px tap target). */
  buttonH: number;
  /** The title bar across the top. */
  header: Rect;
  /** Everything below the header. */
  body: Rect;
}

export function computeLayout(w: number, h: number, textScale = 1): Layout {
  const portrait = h > w;
  const short = Math.min(w, h);
  const pad = Math.round(Math.max(12, Math.min(32, short * 0.03)));
  const gap = Math.round(pad * 0.6);
  // Large screens (projectors seen from afar) get a bigger base; phones keep the 16 px floor.
  const k = Math.max(1, Math.min(1.5, short / 720)) * textScale;
  const font = {
    small: Math.round(TYPE.small * k),
    body: Math.round(TYPE.body * k),
    large: Math.round(TYPE.large * k),
    title: Math.round(TYPE.title * Math.min(k, portrait ? 1.1 : 1.6)),
    hero: Math.round(TYPE.hero * Math.min(k, portrait ? 0.9 : 1.6)),
  };
  const buttonH = Math.max(48, Math.round(font.body * 2.6));
  const headerH = Math.max(64, Math.round(font.title * 2.1));
  const header = { x: 0, y: 0, w, h: headerH };
  const body = { x: pad, y: headerH + gap, w: w - 2 * pad, h: h - headerH - gap - pad };
  return { w, h, portrait, pad, gap, font, buttonH, header, body };
}
