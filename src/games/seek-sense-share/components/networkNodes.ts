// The nodes of the network on one Graphics, redrawn alone when focus or hover moves (one clear, not a rebuild):
// shape by side, rings for the chosen ends and the focused node, and role badges (star, target, diamond).
import type Phaser from 'phaser';
import { COLORS } from '../../../ui/theme';
import type { GraphFrame, Point } from '../graphLayout';
import type { NodeView } from '../presentNetwork';
import { CITY_SCALE, diamond, hexagon, NODE_COLOR, starPoints } from './shapes';

export class NodeLayer {
  private readonly g: Phaser.GameObjects.Graphics;

  constructor(
    scene: Phaser.Scene,
    private readonly nodes: readonly NodeView[],
    private readonly points: ReadonlyMap<string, Point>,
    private readonly frame: GraphFrame,
  ) {
    this.g = scene.add.graphics();
  }

  draw(hover: string | null): void {
    const { g, frame } = this;
    g.clear();
    for (const n of this.nodes) {
      const p = this.points.get(n.id);
      if (!p) continue;
      const r = n.kind === 'city' ? frame.r * CITY_SCALE : frame.r;
      if (n.pick === 'first') {
        g.lineStyle(5, COLORS.accent, 1);
        g.strokeCircle(p.x, p.y, r + 8);
      }
      if (n.pick === 'second') {
        g.lineStyle(5, COLORS.onBg, 1);
        g.strokeCircle(p.x, p.y, r + 8);
        g.lineStyle(2, COLORS.onBg, 1);
        g.strokeCircle(p.x, p.y, r + 14);
      }
      if (n.id === hover) {
        g.lineStyle(3, COLORS.focus, 1);
        g.strokeCircle(p.x, p.y, r + (n.pick ? 19 : 8));
      }
      g.fillStyle(NODE_COLOR[n.kind], 1);
      g.lineStyle(2, COLORS.ink, 1);
      if (n.kind === 'city') {
        const pts = hexagon(p, r);
        g.fillPoints(pts, true);
        g.strokePoints(pts, true);
        continue;
      }
      if (n.kind === 'inside') {
        g.fillCircle(p.x, p.y, r);
        g.strokeCircle(p.x, p.y, r);
      } else {
        const side = r * 1.8;
        g.fillRoundedRect(p.x - side / 2, p.y - side / 2, side, side, r * 0.35);
        g.strokeRoundedRect(p.x - side / 2, p.y - side / 2, side, side, r * 0.35);
      }
      this.badges(n, p, r);
    }
  }

  private badges(n: NodeView, p: Point, r: number): void {
    const g = this.g;
    const b = Math.max(5, r * 0.42);
    if (n.roles.source) {
      g.fillStyle(COLORS.star, 1);
      g.lineStyle(2, COLORS.ink, 1);
      const star = starPoints(p.x + r * 0.9, p.y - r * 0.9, b * 2.6);
      g.fillPoints(star, true);
      g.strokePoints(star, true);
    }
    if (n.roles.audience) {
      g.fillStyle(COLORS.onBg, 1);
      g.fillCircle(p.x + r * 0.9, p.y + r * 0.9, b);
      g.lineStyle(2, COLORS.ink, 1);
      g.strokeCircle(p.x + r * 0.9, p.y + r * 0.9, b);
      g.fillStyle(COLORS.ink, 1);
      g.fillCircle(p.x + r * 0.9, p.y + r * 0.9, b * 0.4);
    }
    if (n.roles.mustInclude) {
      g.fillStyle(COLORS.onBg, 1);
      g.lineStyle(2, COLORS.ink, 1);
      const d = diamond(p.x - r * 0.9, p.y + r * 0.9, b);
      g.fillPoints(d, true);
      g.strokePoints(d, true);
    }
  }
}
