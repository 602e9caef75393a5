// The feedback on the card just answered: the card's text, each verdict line in its colour (with its symbol and
// word, so colour is not the only cue) and the explanations, fitted to a rectangle. The accessible layer gets
// the same paragraphs.
import type Phaser from 'phaser';
import type { Rect } from '../../../core/rect';
import type { A11yScope } from '../../../ui/a11y';
import type { Verdict } from '../../../core/round';
import { addText } from '../../../ui/widgets';
import { COLORS } from '../../../ui/theme';
import type { Layout } from '../../../ui/layout';
import type { FeedbackBlock } from '../present';

const VERDICT_COLOR: Record<Verdict, number> = { right: COLORS.right, partial: COLORS.partial, wrong: COLORS.wrong, info: COLORS.ink };
/** Fonts shrink to fit, never below this. */
const MIN_FONT = 16;
const RADIUS = 16;

export interface FeedbackHandle {
  /** Height actually used (the panel ends under its text). */
  height: number;
  /** The newest blocks' texts, for an entrance. */
  fresh: Phaser.GameObjects.Text[];
}

export function drawFeedback(scene: Phaser.Scene, dom: A11yScope, L: Layout, r: Rect, blocks: FeedbackBlock[]): FeedbackHandle {
  const w = r.w - 2 * L.pad;
  // Added before the texts, so it lies under them; filled once their height is known.
  const panel = scene.add.graphics();
  const sizeOf = (b: FeedbackBlock): number => (b.role === 'verdict' ? L.font.body : L.font.small);
  const texts = blocks.map((b) =>
    addText(scene, r.x + L.pad, 0, b.text, {
      size: sizeOf(b),
      bold: b.role === 'verdict',
      color: b.role === 'verdict' ? VERDICT_COLOR[b.verdict ?? 'info'] : b.role === 'card' ? COLORS.inkSoft : COLORS.ink,
      width: w,
    }),
  );
  const height = (): number => texts.reduce((n, x) => n + x.height, 0) + L.gap * 0.6 * (texts.length - 1) + L.pad * 1.6;
  let shrink = 0;
  while (height() > r.h && Math.min(L.font.small, L.font.body) - shrink > MIN_FONT) {
    shrink++;
    texts.forEach((x, i) => x.setFontSize(sizeOf(blocks[i]!) - shrink));
  }
  let y = r.y + L.pad * 0.8;
  for (const x of texts) {
    x.setY(y);
    y += x.height + L.gap * 0.6;
  }
  const h = Math.min(r.h, height());
  panel.fillStyle(0x000000, 0.25).fillRoundedRect(r.x + 3, r.y + 5, r.w, h, RADIUS);
  panel.fillStyle(COLORS.surface, 1).fillRoundedRect(r.x, r.y, r.w, h, RADIUS);
  for (const b of blocks) dom.text(b.text);
  return { height: h, fresh: texts.filter((_, i) => blocks[i]!.fresh) };
}
