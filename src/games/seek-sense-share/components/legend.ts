// The key under the network (landscape): each tie kind's pattern, the two sides' shapes, and the role badges,
// wrapped into as many rows as the width needs and set on the bottom of the area; returns the height it took.
import type Phaser from 'phaser';
import type { Rect } from '../../../core/rect';
import { addText } from '../../../ui/widgets';
import { COLORS } from '../../../ui/theme';
import type { SssView } from '../present';
import { NODE_COLOR, starPoints, strokeTie } from './shapes';

/** Room a symbol takes before its label (the widest, a tie's pattern). */
const ROOM = 56;

export function drawLegend(scene: Phaser.Scene, r: Rect, fontSize: number, gap: number, legend: SssView['legend']): number {
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
  // Measure first, wrap into rows, then place the rows from the bottom of the area up.
  const labels = items.map((it) => addText(scene, 0, 0, it.text, { size: fontSize, color: COLORS.onBgSoft, originY: 0.5 }));
  const rows: number[] = [];
  let x = r.x;
  labels.forEach((label) => {
    if (x + ROOM + label.width + gap * 2 > r.x + r.w && x > r.x) x = r.x;
    rows.push(x === r.x ? (rows.at(-1) ?? -1) + 1 : (rows.at(-1) ?? 0));
    x += ROOM + label.width + gap * 2;
  });
  const rowH = fontSize * 1.7;
  const height = ((rows.at(-1) ?? 0) + 1) * rowH;
  x = r.x;
  items.forEach((it, i) => {
    if (i > 0 && rows[i] !== rows[i - 1]) x = r.x;
    const y = r.y + r.h - height + rowH * ((rows[i] ?? 0) + 0.5);
    x += it.draw(x, y);
    labels[i]!.setPosition(x, y);
    x += labels[i]!.width + gap * 2;
  });
  return height;
}
