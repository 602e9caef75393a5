// Time and goodwill left: a text and a bar each, side by side; the DOM layer reads the same as one sentence.
import type Phaser from 'phaser';
import type { A11yScope } from '../../../ui/a11y';
import { addText } from '../../../ui/widgets';
import { COLORS } from '../../../ui/theme';
import { meterBars } from '../layout';
import type { SssView } from '../present';
import { GOODWILL_COLOR } from './shapes';

/** Draws the meters from `y` down; returns the y under them. */
export function drawBudgetMeters(
  scene: Phaser.Scene,
  dom: A11yScope,
  x: number,
  y: number,
  w: number,
  fontSize: number,
  gap: number,
  budget: SssView['budget'],
): number {
  const half = (w - gap) / 2;
  const texts = budget.meters.map((m, i) => addText(scene, x + i * (half + gap), y, m.text, { size: fontSize, bold: true, width: half }));
  const textH = Math.max(...texts.map((t) => t.height));
  const bars = meterBars(x, y, w, gap, textH);
  const g = scene.add.graphics();
  budget.meters.forEach((m, i) => {
    const bar = bars[i]!;
    g.fillStyle(COLORS.buttonQuiet, 1);
    g.fillRoundedRect(bar.x, bar.y, bar.w, bar.h, bar.h / 2);
    g.fillStyle(m.key === 'time' ? COLORS.accent : GOODWILL_COLOR, 1);
    if (m.max > 0 && m.left > 0) g.fillRoundedRect(bar.x, bar.y, Math.max(bar.h, (bar.w * m.left) / m.max), bar.h, bar.h / 2);
  });
  dom.text(budget.summary);
  return y + textH + 16 + gap;
}
