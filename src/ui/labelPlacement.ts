// Text fitting for labels beside points (names next to nodes of a network): below the point, else above it, kept
// inside an area and off every rectangle already taken; else a shorter form; else no label (a DOM twin has it all).
import type Phaser from 'phaser';
import type { Rect } from '../core/rect';

export interface LabelSpot {
  x: number;
  /** Top of the label when below the point, and bottom when above it. */
  below: number;
  above: number;
}

function overlaps(a: Rect, b: Rect, margin = 2): boolean {
  return a.x < b.x + b.w + margin && b.x < a.x + a.w + margin && a.y < b.y + b.h + margin && b.y < a.y + a.h + margin;
}

/**
 * Moves `label` (origin x 0.5, y 0) to the first spot that fits, adding its box to `taken`; tries `shorter` text
 * next; destroys the label when nothing fits. `slack` lets a label hang that far below the area (room left for it).
 */
export function placeLabel(label: Phaser.GameObjects.Text, spot: LabelSpot, area: Rect, taken: Rect[], shorter: (text: string) => string, slack = 0): boolean {
  const fits = (): boolean => {
    const w = label.width;
    const x = Math.max(area.x + w / 2, Math.min(area.x + area.w - w / 2, spot.x));
    label.setX(x);
    const rect = { x: x - w / 2, y: label.y, w, h: label.height };
    if (rect.y < area.y || rect.y + rect.h > area.y + area.h + slack) return false;
    if (taken.some((q) => overlaps(q, rect))) return false;
    taken.push(rect);
    return true;
  };
  const tryAt = (): boolean => {
    label.setY(spot.below);
    if (fits()) return true;
    label.setY(spot.above - label.height);
    return fits();
  };
  if (tryAt()) return true;
  label.setText(shorter(label.text));
  if (tryAt()) return true;
  label.destroy();
  return false;
}
