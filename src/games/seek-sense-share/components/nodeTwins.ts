// The DOM twin of every node: a real button over it (name, description, pressed when chosen), arrow keys move
// among them; focus or hover rings the node; dragging from one node to another chooses the pair.
import type Phaser from 'phaser';
import type { A11yScope } from '../../../ui/a11y';
import { addDragGesture } from '../../../ui/dragGesture';
import { COLORS } from '../../../ui/theme';
import { nearest, type GraphFrame, type Point } from '../graphLayout';
import type { NodeView } from '../presentNetwork';

export interface TwinHandlers {
  /** May a drag start (only while building). */
  canDrag(): boolean;
  pick(id: string): void;
  pair(a: string, b: string): void;
  hover(id: string | null): void;
}

/** A click right after a drag is the drag's own end, not a pick. */
const CLICK_AFTER_DRAG_MS = 300;
/** When the last drag ended: kept across rebuilds, since the drop itself rebuilds the twins. */
let dragEndedAt = 0;

export function addNodeTwins(
  scene: Phaser.Scene,
  dom: A11yScope,
  nodes: readonly NodeView[],
  points: ReadonlyMap<string, Point>,
  frame: GraphFrame,
  h: TwinHandlers,
): void {
  const dragG = scene.add.graphics();
  let hovered: string | null = null;
  for (const n of nodes) {
    const p = points.get(n.id)!;
    const el = dom.button({
      id: n.twinId,
      label: n.name,
      description: n.description,
      group: 'nodes',
      pressed: n.pick !== null,
      rect: { x: p.x - frame.tap / 2, y: p.y - frame.tap / 2, w: frame.tap, h: frame.tap },
      onActivate: () => {
        if (performance.now() - dragEndedAt >= CLICK_AFTER_DRAG_MS) h.pick(n.id);
      },
      onFocus: () => {
        hovered = n.id;
        h.hover(n.id);
      },
      onBlur: () => {
        if (hovered !== n.id) return;
        hovered = null;
        h.hover(null);
      },
    });
    addDragGesture(el, dom.el, {
      enabled: h.canDrag,
      move: (q) => {
        dragG.clear();
        dragG.lineStyle(4, COLORS.accent, 1);
        dragG.lineBetween(p.x, p.y, q.x, q.y);
        dragG.fillStyle(COLORS.accent, 1);
        dragG.fillCircle(q.x, q.y, 6);
      },
      end: (at) => {
        dragG.clear();
        const target = at ? nearest(points, at, frame.tap / 2) : null;
        if (target && target !== n.id) h.pair(n.id, target);
        dragEndedAt = performance.now();
      },
    });
  }
}
