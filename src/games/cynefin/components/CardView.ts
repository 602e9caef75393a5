// The situation card on the canvas: its text, the hint under it, and a highlight while picked up or over a domain.
// Its button (the DOM twin) is the scene's, since the card is also what is dragged.
import type Phaser from 'phaser';
import type { Rect } from '../../../core/rect';
import { addText, fitText } from '../../../ui/widgets';
import { COLORS } from '../../../ui/theme';
import type { Layout } from '../../../ui/layout';

const RADIUS = 18;

export interface CardHandle {
  /** Holds every drawn part, so a drag moves the whole card. */
  container: Phaser.GameObjects.Container;
  /** Thick accent outline: picked up, or over a domain while dragged. */
  setHot(on: boolean): void;
}

export function drawCard(scene: Phaser.Scene, L: Layout, r: Rect, vm: { text: string; hint: string; holding: boolean }): CardHandle {
  const g = scene.add.graphics();
  const setHot = (hot: boolean): void => {
    g.clear();
    g.fillStyle(0x000000, 0.3);
    g.fillRoundedRect(r.x + 4, r.y + 6, r.w, r.h, RADIUS);
    g.fillStyle(COLORS.surface, 1);
    g.fillRoundedRect(r.x, r.y, r.w, r.h, RADIUS);
    g.lineStyle(hot ? 5 : 2, hot ? COLORS.accent : COLORS.inkSoft, 1);
    g.strokeRoundedRect(r.x, r.y, r.w, r.h, RADIUS);
  };
  setHot(vm.holding);
  const inner = r.w - 2 * L.pad;
  const size = L.portrait ? L.font.large : L.font.title;
  const hint = addText(scene, r.x + L.pad, 0, vm.hint, { size: L.portrait ? Math.min(L.font.small, 18) : L.font.small, color: COLORS.inkSoft, width: inner });
  hint.setY(r.y + r.h - L.pad * 0.6 - hint.height);
  const text = addText(scene, r.x + L.pad, r.y + L.pad, vm.text, { size, color: COLORS.ink, width: inner });
  // The situation matters more than the hint (which is also the button's description): drop the hint first.
  fitText(text, inner, hint.y - r.y - L.pad - 4, Math.min(size, L.font.body));
  if (text.y + text.height > hint.y - 4) {
    hint.setVisible(false);
    fitText(text, inner, r.h - 2 * L.pad);
  }
  const container = scene.add.container(0, 0, [g, text, hint]);
  return { container, setHot };
}
