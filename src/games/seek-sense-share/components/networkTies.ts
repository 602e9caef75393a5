// The ties of the network, baked into one reused texture (Canvas replays every Graphics command each frame, and a
// big network's dotted ties are thousands of them): each in its kind's pattern, the pair being tied outlined, and
// where knowledge went so far an arrow (carried) or a cross (failed) on the tie.
import Phaser from 'phaser';
import { bakeGraphics } from '../../../ui/bake';
import { COLORS } from '../../../ui/theme';
import { pairKey } from '../schema';
import type { GraphFrame, Point } from '../graphLayout';
import type { SssView } from '../present';
import { FLOW_FAIL, FLOW_OK, strokeTie, TIE_STYLE } from './shapes';

/** One reused texture key (a new key per redraw would grow texture memory). */
export const TIES_TEXTURE = 'sss-ties';

export function drawNetworkTies(
  scene: Phaser.Scene,
  view: Pick<SssView, 'ties' | 'flows' | 'pairKey'>,
  points: ReadonlyMap<string, Point>,
  frame: GraphFrame,
): void {
  const g = scene.add.graphics();
  const hl = new Map(view.flows.map((f) => [pairKey(f.from, f.to), f]));
  for (const tie of view.ties) {
    const a = points.get(tie.a);
    const b = points.get(tie.b);
    if (!a || !b) continue;
    const key = pairKey(tie.a, tie.b);
    const h = hl.get(key);
    if (h || key === view.pairKey) {
      g.lineStyle(TIE_STYLE[tie.kind].width + 10, h ? (h.ok ? FLOW_OK : FLOW_FAIL) : 0xffffff, h ? 0.55 : 0.35);
      g.lineBetween(a.x, a.y, b.x, b.y);
    }
    strokeTie(g, a, b, tie.kind, frame.r);
  }
  // Markers after the lines: an arrow shows the way knowledge went, a cross where it failed (not colour alone).
  for (const h of hl.values()) {
    const a = points.get(h.from);
    const b = points.get(h.to);
    if (!a || !b) continue;
    const mx = (a.x + b.x) / 2;
    const my = (a.y + b.y) / 2;
    const size = Math.max(7, frame.r * 0.45);
    g.fillStyle(COLORS.bg, 1);
    g.fillCircle(mx, my, size + 3);
    if (h.ok) {
      const ang = Math.atan2(b.y - a.y, b.x - a.x);
      const p = (k: number): [number, number] => [mx + Math.cos(ang + k) * size, my + Math.sin(ang + k) * size];
      const [x1, y1] = p(0);
      const [x2, y2] = p(2.5);
      const [x3, y3] = p(-2.5);
      g.fillStyle(FLOW_OK, 1);
      g.fillTriangle(x1, y1, x2, y2, x3, y3);
    } else {
      g.lineStyle(4, FLOW_FAIL, 1);
      g.lineBetween(mx - size * 0.7, my - size * 0.7, mx + size * 0.7, my + size * 0.7);
      g.lineBetween(mx - size * 0.7, my + size * 0.7, mx + size * 0.7, my - size * 0.7);
    }
  }
  bakeGraphics(scene, g, TIES_TEXTURE, scene.scale.width, scene.scale.height);
  scene.add.image(0, 0, TIES_TEXTURE).setOrigin(0, 0);
}

/** Frees the baked texture (on scene shutdown). */
export function releaseTiesTexture(scene: Phaser.Scene): void {
  if (scene.textures.exists(TIES_TEXTURE)) scene.textures.remove(TIES_TEXTURE);
}
