// Geometry of the network picture for SeekSenseShareScene: fits the level's 0..1 positions into a screen rectangle,
// sizes nodes (tap targets of at least 44 px), and places name labels where they do not overlap. No Phaser here.
import type { Rect } from '../../core/rect';

export interface Point {
  x: number;
  y: number;
}

export interface GraphFrame {
  /** The box the positions are spread over (inside the area, aspect ratio kept sensible). */
  box: Rect;
  /** Drawn radius of a contact; the city is a little larger. */
  r: number;
  /** Side of the square DOM twin over each node: never under 44 px. */
  tap: number;
  /** Whether names are drawn next to nodes at all (large benchmark networks draw none). */
  labels: boolean;
  /** Width a name label may wrap to. */
  labelW: number;
  at(p: Point): Point;
}

/** Wider than this (or taller than its inverse) and the picture is squeezed to the middle rather than stretched. */
const MAX_ASPECT = 1.7;
const MIN_TAP = 44;

export function fitGraph(area: Rect, count: number, labelFont: number, withLabels = true): GraphFrame {
  const small = Math.min(area.w, area.h);
  const many = count > 80;
  // Crowded levels on small screens get smaller nodes (the tap target stays 44 px; the list of contacts in
  // the accessible layer is the precise way in).
  const crowded = count > 30 && small < 600;
  const r = many
    ? Math.max(7, Math.min(14, small / (Math.sqrt(count) * 4)))
    : crowded
      ? Math.max(11, Math.min(17, small / (Math.sqrt(count) * 3.2)))
      : Math.max(17, Math.min(30, small * 0.04));
  const tap = Math.max(MIN_TAP, 2 * r + 8);
  const labels = !many && withLabels;
  const labelW = Math.max(110, Math.min(220, area.w / 6));
  // Room around the edge for the node itself and, below it, a label of a couple of lines (labels slide sideways
  // to stay inside the area, so they need no side margin).
  const mx = tap / 2 + 4;
  const myTop = tap / 2 + 4;
  const myBottom = tap / 2 + (labels ? labelFont * 2.6 : 4);
  let w = area.w - 2 * mx;
  let h = area.h - myTop - myBottom;
  if (w > h * MAX_ASPECT) w = h * MAX_ASPECT;
  if (h > w * MAX_ASPECT) h = w * MAX_ASPECT;
  const box = { x: area.x + (area.w - w) / 2, y: area.y + myTop + (area.h - myTop - myBottom - h) / 2, w, h };
  return { box, r, tap, labels, labelW, at: (p) => ({ x: box.x + p.x * box.w, y: box.y + p.y * box.h }) };
}

/** A short form of a long name for crowded screens: its first words up to `max` characters, with an ellipsis. */
export function abbreviate(name: string, max = 14): string {
  if (name.length <= max) return name;
  const words = name.split(/\s+/);
  let out = '';
  for (const w of words) {
    if ((out ? out.length + 1 : 0) + w.length > max) break;
    out = out ? `${out} ${w}` : w;
  }
  return `${out || name.slice(0, max)}…`;
}

/** The node whose centre is nearest to `p` and no farther than `within`, for finding the node under a dragged pointer. */
export function nearest(points: ReadonlyMap<string, Point>, p: Point, within: number): string | null {
  let best: string | null = null;
  let bestD = within;
  for (const [id, q] of points) {
    const d = Math.hypot(q.x - p.x, q.y - p.y);
    if (d <= bestD) {
      best = id;
      bestD = d;
    }
  }
  return best;
}
