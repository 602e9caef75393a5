// Names beside the nodes where they fit (full, else short, else none: the DOM twin has it all), and each
// contact's sector mark inside it. The city and the chosen ends are placed first. Big networks draw neither.
import type Phaser from 'phaser';
import type { Rect } from '../../../core/rect';
import { addText } from '../../../ui/widgets';
import { placeLabel } from '../../../ui/labelPlacement';
import { COLORS, css } from '../../../ui/theme';
import { abbreviate, type GraphFrame, type Point } from '../graphLayout';
import type { NodeView } from '../presentNetwork';
import { CITY_SCALE } from './shapes';

export function drawNodeLabels(
  scene: Phaser.Scene,
  fontSize: number,
  nodes: readonly NodeView[],
  points: ReadonlyMap<string, Point>,
  frame: GraphFrame,
  area: Rect,
): void {
  const radius = (n: NodeView): number => (n.kind === 'city' ? frame.r * CITY_SCALE : frame.r);
  const taken: Rect[] = nodes.map((n) => {
    const p = points.get(n.id)!;
    const r = radius(n);
    return { x: p.x - r, y: p.y - r, w: 2 * r, h: 2 * r };
  });
  const markSize = Math.max(16, Math.round(frame.r * 0.95));
  const rank = (n: NodeView): number => (n.kind === 'city' ? 0 : n.pick ? 1 : 2);
  for (const n of [...nodes].sort((x, y) => rank(x) - rank(y))) {
    const p = points.get(n.id)!;
    const r = radius(n);
    if (n.mark && markSize <= frame.r * 1.4) addText(scene, p.x, p.y, n.mark, { size: markSize, bold: true, color: COLORS.ink, originX: 0.5, originY: 0.5 });
    const label = addText(scene, p.x, 0, n.name, { size: fontSize, color: COLORS.onBg, width: frame.labelW, align: 'center', originX: 0.5 });
    label.setStroke(css(COLORS.bg), 4);
    const below = p.y + r + (n.kind === 'city' ? 4 : r * 0.5 + 2);
    placeLabel(label, { x: p.x, below, above: p.y - r - 4 }, area, taken, (t) => abbreviate(t), fontSize * 2.6);
  }
}
