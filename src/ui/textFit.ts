// Measuring canvas text and fitting blocks of it into a box: shrink step by step (never under 16 px), and when it
// still does not fit, hand the words to a scrolling DOM panel so a long line is never cut.
import type Phaser from 'phaser';
import type { A11yScope, Rect } from './a11y';
import type { Layout } from './layout';
import { addPanel, addText } from './widgets';
import { fillBlocks } from './domText';

/** The smallest canvas text the arcade draws (CSS px). */
export const MIN_TEXT = 16;

/** Height of `content` wrapped at `width`. */
export function measureHeight(scene: Phaser.Scene, content: string, size: number, width: number, bold = false): number {
  const o = addText(scene, 0, 0, content, { size, width, bold });
  const h = o.height;
  o.destroy();
  return h;
}

/** Width of `content` on one line. */
export function measureWidth(scene: Phaser.Scene, content: string, size: number, bold = false): number {
  const o = addText(scene, 0, 0, content, { size, bold });
  const w = o.width;
  o.destroy();
  return w;
}

/** One block of a text stack, at its preferred size. */
export interface StackPiece {
  text: string;
  size: number;
  bold?: boolean;
  color: number;
}

/**
 * Pieces of text stacked in a surface panel at the top of r, shrunk a pixel at a time (never under 16 px) until they
 * fit; if they still do not, a scrolling DOM panel named `label` holds them. The DOM layer gets each piece as its own
 * paragraph either way, so it says what the canvas shows. Returns the height used.
 */
export function addTextStack(scene: Phaser.Scene, dom: A11yScope, L: Layout, r: Rect, pieces: readonly StackPiece[], id: string, label: string): number {
  const inner = r.w - 2 * L.pad;
  const pad = L.pad * 0.8;
  const spacing = L.gap * 0.6;
  for (let shrink = 0; ; shrink++) {
    const sizes = pieces.map((p) => Math.max(MIN_TEXT, p.size - shrink));
    const heights = pieces.map((p, i) => measureHeight(scene, p.text, sizes[i] ?? MIN_TEXT, inner, p.bold));
    const total = heights.reduce((a, b) => a + b, 0) + (pieces.length - 1) * spacing + 2 * pad;
    if (total <= r.h) {
      addPanel(scene, { x: r.x, y: r.y, w: r.w, h: total });
      let y = r.y + pad;
      pieces.forEach((p, i) => {
        const o = addText(scene, r.x + L.pad, y, p.text, { size: sizes[i] ?? MIN_TEXT, bold: p.bold, color: p.color, width: inner });
        y += o.height + spacing;
        dom.text(p.text);
      });
      return total;
    }
    if (sizes.every((s) => s <= MIN_TEXT)) break;
  }
  addPanel(scene, r);
  dom.panel(id, r, label, (el) => {
    el.style.setProperty('--text-body', `${MIN_TEXT}px`);
    fillBlocks(
      el,
      pieces.map((p) => ({ kind: 'para', text: p.text, bold: p.bold })),
    );
  });
  return r.h;
}
