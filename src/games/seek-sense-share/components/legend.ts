// The key under the network (landscape): each tie kind's pattern, the two sides' shapes, and the role badges.
import type Phaser from 'phaser';
import type { Rect } from '../../../core/rect';
import { addText } from '../../../ui/widgets';
import { COLORS } from '../../../ui/theme';
import type { SssView } from '../present';
import { NODE_COLOR, starPoints, strokeTie } from './shapes';

export function drawLegend(scene: Phaser.Scene, r: Rect, fontSize: number, gap: number, legend: SssView['legend']): void {
  const g = scene.add.graphics();
  const items: Array<{ draw: (x: number, y: number) => number; text: string }> = [
    ...legend.ties.map(({ kind, label }) => ({
      text: label,
      draw: (x: number, y: number): number => {
        strokeTie(g, { x, y }, { x: x + 44, y }, kind, 0);
        return 52;
      },
    })),
    ...(['inside', 'outside'] as const).map((k) => ({
      text: legend[k],
      draw: (x: number, y: number): number => {
        g.fillStyle(NODE_COLOR[k], 1);
        if (k === 'inside') g.fillCircle(x + 10, y, 10);
        else g.fillRoundedRect(x, y - 10, 20, 20, 5);
        return 28;
      },
    })),
    {
      text: legend.source,
      draw: (x: number, y: number): number => {
        g.fillStyle(COLORS.star, 1);
        g.fillPoints(starPoints(x + 10, y, 12), true);
        return 28;
      },
    },
    {
      text: legend.audience,
      draw: (x: number, y: number): number => {
        g.fillStyle(COLORS.onBg, 1);
        g.fillCircle(x + 9, y, 9);
        g.fillStyle(COLORS.ink, 1);
        g.fillCircle(x + 9, y, 3.5);
        return 26;
      },
    },
  ];
  let x = r.x;
  let y = r.y + fontSize * 0.8;
  for (const it of items) {
    const label = addText(scene, 0, 0, it.text, { size: fontSize, color: COLORS.onBgSoft, originY: 0.5 });
    if (x + 56 + label.width + gap * 2 > r.x + r.w && x > r.x) {
      x = r.x;
      y += fontSize * 1.7;
    }
    x += it.draw(x, y);
    label.setPosition(x, y);
    x += label.width + gap * 2;
  }
}
