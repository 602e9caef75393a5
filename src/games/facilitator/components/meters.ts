// The meters row: for each meter a name (with its word where it fits), a 0..100 bar and its value.
import type Phaser from 'phaser';
import type { A11yScope, Rect } from '../../../ui/a11y';
import type { Layout } from '../../../ui/layout';
import { COLORS } from '../../../ui/theme';
import { addText } from '../../../ui/widgets';
import { measureWidth } from '../../../ui/textFit';
import { METER_MIN_BAR, barH } from '../layout';
import type { MeterView } from '../present';

const BAR_TRACK = 0x2b3b63;

/** How wide each meter must be: its name, or its value beside the shortest bar. */
export function meterNeeds(scene: Phaser.Scene, L: Layout, meters: readonly MeterView[]): number[] {
  const size = L.font.small;
  return meters.map((m) => Math.ceil(Math.max(measureWidth(scene, m.head, size, true), measureWidth(scene, m.num, size, true) + L.gap + METER_MIN_BAR)));
}

function drawMeter(scene: Phaser.Scene, L: Layout, r: Rect, c: MeterView): void {
  const size = L.font.small;
  // The warning replaces the name, so "Over time" is always seen; otherwise the word follows the name if it fits.
  const head = c.headWithWord && measureWidth(scene, c.headWithWord, size, true) <= r.w ? c.headWithWord : c.head;
  addText(scene, r.x, r.y, head, { size, bold: true, color: c.warn ? COLORS.accent : COLORS.onBg });
  const num = addText(scene, r.x + r.w, r.y + r.h, c.num, { size, bold: true, color: c.warn ? COLORS.accent : COLORS.onBgSoft, originX: 1, originY: 1 });
  const bh = barH(L);
  const bw = Math.max(METER_MIN_BAR, r.w - num.width - L.gap);
  const by = r.y + r.h - bh - Math.max(0, (num.height - bh) / 2);
  const g = scene.add.graphics();
  g.fillStyle(BAR_TRACK, 1);
  g.fillRoundedRect(r.x, by, bw, bh, bh / 2);
  g.lineStyle(1, COLORS.onBgSoft, 0.6);
  g.strokeRoundedRect(r.x, by, bw, bh, bh / 2);
  if (c.value !== null && c.value > 0) {
    g.fillStyle(c.warn ? COLORS.wrong : COLORS.accent, 1);
    g.fillRoundedRect(r.x, by, Math.max(bh, (bw * c.value) / 100), bh, bh / 2);
  }
}

/** Draws every meter in its cell; the DOM layer reads them as one sentence. */
export function drawMeters(scene: Phaser.Scene, dom: A11yScope, L: Layout, cells: readonly Rect[], meters: readonly MeterView[], said: string): void {
  meters.forEach((m, i) => {
    const r = cells[i];
    if (r) drawMeter(scene, L, r, m);
  });
  dom.text(said);
}
